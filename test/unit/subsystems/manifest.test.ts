import { describe, expect, test } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { parseLocatedJson } from '../../../generator/subsystems/json-locate.ts';
import { parseProjectConfig } from '../../../generator/subsystems/manifest.ts';

const sub = (extra: Record<string, unknown> = {}) => ({ name: 'a', description: 'd', headers: ['a.h'], dependsOn: [], maintainers: ['m'], ...extra });

function parse(obj: unknown): { sink: DiagnosticSink; config: ReturnType<typeof parseProjectConfig> } {
  const sink = new DiagnosticSink();
  const config = parseProjectConfig(JSON.stringify(obj, null, 2), 'cfg.json', sink);
  return { sink, config };
}

describe('located JSON', () => {
  test('keys carry the line and column where they are written', () => {
    const r = parseLocatedJson('{\n  "a": {\n    "bb": [1, 2]\n  }\n}');
    if ('message' in r) throw new Error(r.message);
    expect(r.at.get('/a/bb')).toEqual({ line: 3, column: 5 });
    expect(r.at.get('/a/bb/1')).toEqual({ line: 3, column: 15 });
  });

  test('a syntax error reports where it happened', () => {
    const r = parseLocatedJson('{\n  "a": 1,\n}');
    expect(r).toMatchObject({ pos: { line: 3, column: 1 } });
  });

  test('values read the same as JSON.parse', () => {
    const text = '{"s":"x\\n\\u0041","n":-1.5e3,"t":true,"f":false,"z":null,"a":[{}]}';
    const r = parseLocatedJson(text);
    if ('message' in r) throw new Error(r.message);
    expect(r.value).toEqual(JSON.parse(text));
  });
});

describe('project config', () => {
  test('a minimal config gets the documented defaults', () => {
    const { config, sink } = parse({ headersRoot: 'h', subsystems: [sub()] });
    expect(sink.items).toEqual([]);
    expect(config).toMatchObject({ targets: ['x86_64'], out: 'generated', scope: '@tsbindgen', includeDirs: ['h'], nostdinc: true });
  });

  test('a single gate string becomes a one-element list', () => {
    const { config } = parse({ headersRoot: 'h', subsystems: [sub({ gate: 'CONFIG_X' })] });
    expect(config?.subsystems[0]?.gates).toEqual(['CONFIG_X']);
  });

  test('an unknown key is reported at its own line', () => {
    const { sink, config } = parse({ headersRoot: 'h', subsystems: [sub({ colour: 1 })] });
    expect(config).toBeUndefined();
    const d = sink.items.find((x) => x.code === 'manifest-unknown-key');
    // Line 14 of JSON.stringify(…, null, 2): after name, description, headers (3 lines), dependsOn, maintainers (3 lines).
    expect(d?.loc).toEqual({ file: 'cfg.json', line: 14, column: 7 });
    expect(d?.message).toContain('"colour"');
  });

  test('a missing required key names the key', () => {
    const { sink } = parse({ subsystems: [sub()] });
    expect(sink.items.map((d) => [d.code, d.message])).toContainEqual(['manifest-missing-key', 'missing key "headersRoot"']);
  });

  test('a dependency on an undeclared subsystem is an error', () => {
    const { sink } = parse({ headersRoot: 'h', subsystems: [sub({ dependsOn: ['ghost'] })] });
    expect(sink.items.map((d) => d.code)).toEqual(['manifest-unknown-dependency']);
  });

  test('two subsystems with one name are an error', () => {
    const { sink } = parse({ headersRoot: 'h', subsystems: [sub(), sub({ headers: ['b.h'] })] });
    expect(sink.items.map((d) => d.code)).toEqual(['manifest-duplicate-subsystem']);
  });

  test('the shipped project config is valid', async () => {
    const { readFileSync } = await import('node:fs');
    const sink = new DiagnosticSink();
    const config = parseProjectConfig(readFileSync('tsbindgen.config.json', 'utf8'), 'tsbindgen.config.json', sink);
    expect(sink.items).toEqual([]);
    expect(config?.subsystems.map((s) => s.name)).toEqual(
      expect.arrayContaining(['uapi-drm', 'uapi-vgem', 'linux-kref', 'drm-mm', 'drm-vma', 'drm-gem', 'drm-file', 'drm-prime']),
    );
  });
});
