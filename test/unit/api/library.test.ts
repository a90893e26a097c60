// The library API (`import { layout, generate } from 'tsbindgen'`): values in, values out, nothing printed,
// nothing written unless asked.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { formatDiagnostic, generate, layout, version } from '../../../generator/index.ts';

const HEADER = '#define N sizeof(struct s)\nstruct s { char c; long long x; void *p; };\n';
const CONFIG = {
  headersRoot: 'h',
  includeDirs: ['h'],
  targets: ['x86_64', 'i386'],
  version: '2.0.0',
  subsystems: [{ name: 'lib', description: 'd', headers: ['*.h'], dependsOn: [], maintainers: ['m'] }],
};

const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-api-'));
mkdirSync(join(dir, 'h'));
writeFileSync(join(dir, 'h/s.h'), HEADER);
writeFileSync(join(dir, 'tsbindgen.config.json'), JSON.stringify(CONFIG));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function silently<T>(f: () => T): { value: T; printed: number } {
  const out = vi.spyOn(process.stdout, 'write');
  const err = vi.spyOn(process.stderr, 'write');
  try {
    const value = f();
    return { value, printed: out.mock.calls.length + err.mock.calls.length };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('layout()', () => {
  test('lays out in-memory headers for the asked target and prints nothing', () => {
    const { value: r, printed } = silently(() => layout({ headers: ['s.h'], target: 'i386', files: { 's.h': HEADER } }));
    expect(printed).toBe(0);
    expect(r.ok).toBe(true);
    // gcc -m32: long long is 4-aligned inside a struct, pointers are 4 bytes.
    expect(r.dump.records['struct s']).toMatchObject({ size: 16, align: 4 });
    expect(r.dump.constants.N).toBe('16');
  });

  test('macros apply in order, and an error comes back as a located value', () => {
    const r = layout({ headers: ['m.h'], files: { 'm.h': '#ifdef A\n#error A is set\n#endif\n' }, macros: ['A', { undef: 'A' }, 'A=2'] });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual(['m.h:2:1: error error-directive: #error A is set']);
  });
});

describe('generate()', () => {
  test('returns the tree without writing it or printing', () => {
    const { value: g, printed } = silently(() => generate({ cwd: dir }));
    expect(printed).toBe(0);
    expect(g.ok).toBe(true);
    expect(g.written).toBe(false);
    expect(existsSync(join(dir, 'generated'))).toBe(false);
    expect(g.files.map((f) => f.path)).toContain('lib/i386.d.ts');
    const pkg = JSON.parse(g.files.find((f) => f.path === 'lib/package.json')!.content) as { version: string };
    expect(pkg.version).toBe('2.0.0');
  });

  test('check reports a missing tree as stale; write writes it; check then passes', () => {
    const before = generate({ cwd: dir, check: true });
    expect(before.ok).toBe(false);
    expect(before.stale?.missing).toContain('lib/x86_64.js');
    expect(before.diagnostics.map((d) => d.code)).toContain('generate-stale');
    const w = generate({ cwd: dir, write: true });
    expect(w.written).toBe(true);
    expect(readFileSync(join(dir, 'generated/lib/x86_64.ts'), 'utf8')).toContain('export class s');
    expect(generate({ cwd: dir, check: true })).toMatchObject({ ok: true, stale: { missing: [], extra: [], different: [] } });
  });

  test('a config that cannot be read is a diagnostic, not an exception', () => {
    const g = generate({ cwd: dir, config: 'nope.json' });
    expect(g.ok).toBe(false);
    expect(g.diagnostics.map((d) => d.code)).toEqual(['project-config-unreadable']);
  });

  test('the version is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(version).toBe(pkg.version);
  });
});
