// schema/tsbindgen.config.schema.json and the config parser (generator/subsystems/manifest.ts) describe the same
// keys, the same required ones and the same defaults.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { TARGET_NAMES } from '../../../generator/layout/targets.ts';
import { parseProjectConfig, PER_TARGET_KEYS, SUB_KEYS, TOP_KEYS } from '../../../generator/subsystems/manifest.ts';

interface SchemaNode {
  properties: Record<string, SchemaNode & { default?: unknown; items?: SchemaNode; additionalProperties?: SchemaNode }>;
  required?: string[];
  items?: SchemaNode;
  additionalProperties?: SchemaNode;
}

const schema = JSON.parse(readFileSync('schema/tsbindgen.config.schema.json', 'utf8')) as SchemaNode;

/**
 * Keys the schema documents whose parsing lands in other branches of this round (package metadata; gcc flags and
 * declaration selection). Remove each from here once the parser accepts it: the test then holds both ways again.
 */
const PARSED_ELSEWHERE: string[] = [];

function parse(obj: unknown) {
  const sink = new DiagnosticSink();
  return { config: parseProjectConfig(JSON.stringify(obj), 'cfg.json', sink), sink };
}

describe('config schema', () => {
  test('lists exactly the top-level keys the parser accepts', () => {
    expect(new Set(Object.keys(schema.properties))).toEqual(new Set([...TOP_KEYS, ...PARSED_ELSEWHERE]));
  });

  test('lists exactly the subsystem keys the parser accepts', () => {
    expect(new Set(Object.keys(schema.properties.subsystems.items!.properties))).toEqual(new Set(SUB_KEYS));
  });

  test('lists exactly the perTarget keys the parser accepts, for exactly the known targets', () => {
    const perTarget = schema.properties.perTarget as unknown as { propertyNames: { enum: string[] }; additionalProperties: SchemaNode };
    expect(new Set(Object.keys(perTarget.additionalProperties.properties))).toEqual(new Set(PER_TARGET_KEYS));
    expect(perTarget.propertyNames.enum).toEqual([...TARGET_NAMES]);
    expect((schema.properties.targets.items as unknown as { enum: string[] }).enum).toEqual([...TARGET_NAMES]);
  });

  test('requires what the parser requires, and nothing more', () => {
    const minimal = { headersRoot: 'h', subsystems: [{ name: 'a', headers: ['a.h'] }] };
    expect(parse(minimal).sink.items).toEqual([]);
    expect(schema.required).toEqual(['headersRoot', 'subsystems']);
    expect(schema.properties.subsystems.items!.required).toEqual(['name', 'headers']);
    for (const key of schema.required!) {
      const { [key]: _gone, ...rest } = minimal as Record<string, unknown>;
      expect(parse(rest).sink.items.map((d) => d.code)).toContain('manifest-missing-key');
    }
    for (const key of schema.properties.subsystems.items!.required!) {
      const { [key]: _gone, ...sub } = minimal.subsystems[0] as Record<string, unknown>;
      expect(parse({ ...minimal, subsystems: [sub] }).sink.items.map((d) => d.code)).toContain('manifest-missing-key');
    }
  });

  test("states the parser's defaults", () => {
    const { config } = parse({ headersRoot: 'h', subsystems: [{ name: 'a', headers: ['a.h'] }] });
    const p = schema.properties;
    expect(config).toMatchObject({
      nostdinc: p.nostdinc.default,
      systemHeaderWarnings: p.systemHeaderWarnings.default,
      exclude: p.exclude.default,
      targets: p.targets.default,
      out: p.out.default,
      scope: p.scope.default,
      defines: p.defines.default,
      perTarget: p.perTarget.default,
    });
    const sub = schema.properties.subsystems.items!.properties;
    expect(config!.subsystems[0]).toMatchObject({ dependsOn: sub.dependsOn.default, maintainers: sub.maintainers.default, reviewers: sub.reviewers.default });
  });

  test("the project's own config names the schema's keys only", () => {
    const own = JSON.parse(readFileSync('tsbindgen.config.json', 'utf8')) as Record<string, unknown>;
    for (const k of Object.keys(own)) expect(Object.keys(schema.properties)).toContain(k);
  });
});
