// The config keys of the kernel example: ${NAME} variables, cflags, mainHeaders, allowlist, kconfigDefines.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { variableExpander } from '../../../generator/flags/variables.ts';
import { parseProjectConfig } from '../../../generator/subsystems/manifest.ts';

const SUB = { name: 'core', headers: ['**'], dependsOn: [], maintainers: ['m'], description: 'd' };

function parse(extra: object, env: Record<string, string> = {}) {
  const sink = new DiagnosticSink();
  const c = parseProjectConfig(JSON.stringify({ headersRoot: 'h', subsystems: [SUB], ...extra }), 'cfg.json', sink, env);
  return { c, codes: sink.items.map((d) => `${d.code}: ${d.message}`) };
}

describe('config variables', () => {
  it('expands ${NAME} from the environment first, then from "variables", which may use each other', () => {
    const v = variableExpander({ V: '57', ROOT: '/usr/src/h-${V}' }, { V: '58' });
    expect(v.expand('${ROOT}/include')).toEqual({ value: '/usr/src/h-58/include' });
    expect(variableExpander({ V: '57', ROOT: '/usr/src/h-${V}' }, {}).expand('${ROOT}')).toEqual({ value: '/usr/src/h-57' });
  });

  it('reports a variable without a value, and one that refers to itself', () => {
    expect(variableExpander({}, {}).expand('${NOPE}')).toHaveProperty('problem');
    expect(variableExpander({ A: '${A}' }, {}).expand('${A}')).toHaveProperty('problem');
  });

  it('keeps headersRoot as written for display and expanded for reading', () => {
    const { c } = parse({ headersRoot: '${R}/include', variables: { R: '/abs' }, kconfig: '${R}/.config', cflags: ['-I${R}/x'] });
    expect([c?.headersRoot, c?.headersRootShown, c?.kconfig, c?.cflags]).toEqual(['/abs/include', '${R}/include', '/abs/.config', ['-I/abs/x']]);
  });
});

describe('config keys for a named translation unit', () => {
  it('takes mainHeaders, kconfigDefines and merges the project and subsystem allowlists', () => {
    const { c, codes } = parse({
      mainHeaders: ['drm/drm_gem.h'],
      kconfigDefines: false,
      allowlist: { types: ['struct a'] },
      subsystems: [{ ...SUB, allowlist: { functions: ['/f_\\w+/'] } }],
    });
    expect(codes).toEqual([]);
    expect([c?.mainHeaders, c?.kconfigDefines, c?.allowlist?.types, c?.allowlist?.functions]).toEqual([['drm/drm_gem.h'], false, ['struct a'], ['/f_\\w+/']]);
  });

  it('rejects unknown allowlist keys and invalid regexes at their key', () => {
    const { c, codes } = parse({ allowlist: { typez: ['x'], types: ['/(/'] } });
    expect(c).toBeUndefined();
    expect(codes.map((m) => m.split(':')[0])).toEqual(['manifest-invalid', 'manifest-invalid']);
  });
});
