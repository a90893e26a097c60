import { describe, expect, test } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import type { Decl, IrModule } from '../../../generator/ir/types.ts';
import { assignHeaders, headerKey } from '../../../generator/subsystems/assign.ts';
import { checkDeclaredCycles, checkReferences } from '../../../generator/subsystems/graph.ts';
import { enabledSymbols, gatesOff } from '../../../generator/subsystems/kconfig.ts';
import { parseProjectConfig, type ProjectConfig } from '../../../generator/subsystems/manifest.ts';

function config(subsystems: { name: string; headers: string[]; dependsOn?: string[]; gate?: string }[]): ProjectConfig {
  const sink = new DiagnosticSink();
  const text = JSON.stringify({
    headersRoot: 'h',
    subsystems: subsystems.map((s) => ({ description: 'd', maintainers: ['m'], dependsOn: [], ...s })),
  });
  const c = parseProjectConfig(text, 'cfg.json', sink);
  if (!c) throw new Error(JSON.stringify(sink.items));
  return c;
}

const loc = { file: 'h/x.h', line: 1, column: 1 };
function ir(decls: Decl[]): IrModule {
  return { decls, byId: new Map(decls.map((d) => [d.id, d])), staticAsserts: [], skipped: [] };
}
const record = (name: string, header: string, fields: Decl extends never ? never : { name: string; type: unknown }[] = []): Decl =>
  ({ kind: 'record', id: `struct ${name}`, tag: 'struct', name, complete: true, packed: false, header, loc, fields: fields.map((f) => ({ ...f, loc })) }) as Decl;

describe('header assignment', () => {
  test('each header goes to the one subsystem whose glob matches it', () => {
    const sink = new DiagnosticSink();
    const a = assignHeaders(config([{ name: 'x', headers: ['uapi/*.h'] }, { name: 'y', headers: ['drm/*.h'] }]), ['uapi/a.h', 'drm/b.h'], sink);
    expect([...a.owner]).toEqual([['drm/b.h', 'y'], ['uapi/a.h', 'x']]);
    expect(sink.items).toEqual([]);
  });

  test('a header no glob matches is an error naming it', () => {
    const sink = new DiagnosticSink();
    assignHeaders(config([{ name: 'x', headers: ['uapi/*.h'] }]), ['uapi/a.h', 'linux/k.h'], sink);
    expect(sink.items.map((d) => d.code)).toEqual(['header-unassigned']);
    expect(sink.items[0]!.message).toContain('h/linux/k.h');
  });

  test('a header two subsystems match is an error naming both', () => {
    const sink = new DiagnosticSink();
    assignHeaders(config([{ name: 'x', headers: ['*/*.h'] }, { name: 'y', headers: ['drm/*.h'] }]), ['drm/b.h'], sink);
    expect(sink.items.map((d) => d.code)).toEqual(['header-multiply-assigned']);
    expect(sink.items[0]!.message).toContain('x, y');
  });

  test('header paths from the front end are keyed relative to headersRoot', () => {
    expect(headerKey('headers', 'headers/uapi/../uapi/drm/drm.h')).toBe('uapi/drm/drm.h');
    expect(headerKey('headers', '/usr/include/linux/types.h')).toBeUndefined();
    expect(headerKey('.', './input.h')).toBe('input.h');
  });
});

describe('gates', () => {
  test('=y and =m are on; =n, "is not set" and absent are off', () => {
    const on = enabledSymbols('CONFIG_A=y\nCONFIG_B=m\nCONFIG_C=n\n# CONFIG_D is not set\nCONFIG_E="str"\n');
    expect(gatesOff(['CONFIG_A', 'CONFIG_B', 'CONFIG_C', 'CONFIG_D', 'CONFIG_E', 'CONFIG_F'], on)).toEqual(['CONFIG_C', 'CONFIG_D', 'CONFIG_E', 'CONFIG_F']);
  });

  test('without a .config every gate is off', () => {
    expect(gatesOff(['CONFIG_A'], undefined)).toEqual(['CONFIG_A']);
  });
});

describe('dependency graph', () => {
  test('a cycle of declared dependencies is reported with its path', () => {
    const sink = new DiagnosticSink();
    checkDeclaredCycles(config([{ name: 'a', headers: ['a.h'], dependsOn: ['b'] }, { name: 'b', headers: ['b.h'], dependsOn: ['c'] }, { name: 'c', headers: ['c.h'], dependsOn: ['a'] }]), sink);
    expect(sink.items.map((d) => d.message)).toEqual(['subsystem dependencies form a cycle: a → b → c → a']);
  });

  test('an acyclic graph passes', () => {
    const sink = new DiagnosticSink();
    checkDeclaredCycles(config([{ name: 'a', headers: ['a.h'], dependsOn: ['b'] }, { name: 'b', headers: ['b.h'] }]), sink);
    expect(sink.items).toEqual([]);
  });

  const owners = { 'h/a.h': 'a', 'h/b.h': 'b' } as Record<string, string>;
  const module = ir([record('base', 'h/b.h'), record('user', 'h/a.h', [{ name: 'b', type: { kind: 'record', id: 'struct base' } }]), record('ptr_user', 'h/a.h', [{ name: 'p', type: { kind: 'pointer', pointee: { kind: 'record', id: 'struct base' } } }])]);

  test('a by-value reference along an undeclared edge is an error naming both subsystems', () => {
    const sink = new DiagnosticSink();
    checkReferences({ config: config([{ name: 'a', headers: ['a.h'] }, { name: 'b', headers: ['b.h'] }]), ir: module, ownerOf: (d) => owners[d.header], gatesOffOf: () => [], seen: new Set() }, sink);
    expect(sink.items.map((d) => d.code)).toEqual(['subsystem-undeclared-edge']);
    expect(sink.items[0]!.message).toContain('a → b');
  });

  test('a reference into a gated-off subsystem names the gate and the declaration', () => {
    const sink = new DiagnosticSink();
    checkReferences({ config: config([{ name: 'a', headers: ['a.h'], dependsOn: ['b'] }, { name: 'b', headers: ['b.h'], gate: 'CONFIG_B' }]), ir: module, ownerOf: (d) => owners[d.header], gatesOffOf: (s) => (s === 'b' ? ['CONFIG_B'] : []), seen: new Set() }, sink);
    expect(sink.items.map((d) => d.code)).toEqual(['gate-off-dependency']);
    expect(sink.items[0]!.message).toMatch(/struct user .*struct base.*CONFIG_B/);
  });

  test('pointers to records of other subsystems need no edge', () => {
    const sink = new DiagnosticSink();
    const onlyPtr = ir([record('base', 'h/b.h'), record('ptr_user', 'h/a.h', [{ name: 'p', type: { kind: 'pointer', pointee: { kind: 'record', id: 'struct base' } } }])]);
    checkReferences({ config: config([{ name: 'a', headers: ['a.h'] }, { name: 'b', headers: ['b.h'] }]), ir: onlyPtr, ownerOf: (d) => owners[d.header], gatesOffOf: () => [], seen: new Set() }, sink);
    expect(sink.items).toEqual([]);
  });
});
