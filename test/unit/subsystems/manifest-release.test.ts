// The config keys that end up in every generated package.json: version, license, private.

import { describe, expect, test } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { parseProjectConfig } from '../../../generator/subsystems/manifest.ts';

const sub = { name: 'a', description: 'd', headers: ['a.h'], dependsOn: [], maintainers: ['m'] };

function parse(extra: Record<string, unknown>) {
  const sink = new DiagnosticSink();
  const config = parseProjectConfig(JSON.stringify({ ...extra, headersRoot: 'h', subsystems: [sub] }, null, 2), 'cfg.json', sink);
  return { sink, config };
}

describe('release keys of the project config', () => {
  test('without them packages are version 0.0.0, unlicensed in package.json and publishable', () => {
    expect(parse({}).config).toMatchObject({ version: '0.0.0', license: undefined, private: false });
  });

  test('version, license and private are read as given', () => {
    expect(parse({ version: '2.1.0-rc.1', license: 'MIT OR Apache-2.0', private: true }).config).toMatchObject({
      version: '2.1.0-rc.1',
      license: 'MIT OR Apache-2.0',
      private: true,
    });
  });

  test('a version that is not semver is an error at its key', () => {
    const { sink, config } = parse({ version: 'v1' });
    expect(config).toBeUndefined();
    expect(sink.items.map((d) => [d.code, d.loc?.line])).toEqual([['manifest-invalid', 2]]);
  });

  test('private must be a boolean', () => {
    expect(parse({ private: 'yes' }).sink.items.map((d) => d.code)).toEqual(['manifest-invalid']);
  });
});
