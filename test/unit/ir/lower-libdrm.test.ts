// Debian's libdrm uapi headers (package libdrm-dev) lower without a single error on every target.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DiagnosticSink, formatDiagnostic } from '../../../generator/diagnostics.ts';
import { lower } from '../../../generator/ir/lower.ts';
import { TARGET_NAMES, TARGETS } from '../../../generator/layout/targets.ts';
import { parseC, syntaxDiagnostics } from '../../../generator/source/parse.ts';
import { preprocess } from '../../../generator/source/preprocess.ts';
import type { SourceFs } from '../../../generator/source/source-fs.ts';
import { gccValues } from './lower-gcc.ts';

const DIR = '/usr/include/libdrm';
const HEADERS = ['drm.h', 'drm_mode.h', 'i915_drm.h', 'amdgpu_drm.h', 'drm_fourcc.h'];

const diskFs: SourceFs = {
  readFile: (p) => (existsSync(p) && statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined),
  isFile: (p) => existsSync(p) && statSync(p).isFile(),
};

function lowerHeader(header: string, target: (typeof TARGET_NAMES)[number]) {
  const sink = new DiagnosticSink();
  const pp = preprocess([`${DIR}/${header}`], { target: TARGETS[target], includeDirs: [], defines: [], undefines: [] }, diskFs, sink);
  const tree = parseC(pp.text);
  syntaxDiagnostics(tree, pp, sink);
  const ir = lower(tree, pp, TARGETS[target], sink);
  return { ir, errors: sink.items.filter((d) => d.severity === 'error').map(formatDiagnostic) };
}

describe.skipIf(!existsSync(`${DIR}/drm.h`))('libdrm uapi headers', () => {
  for (const target of TARGET_NAMES) {
    for (const header of HEADERS) {
      test(`${header} on ${target} lowers with no error`, () => {
        const { ir, errors } = lowerHeader(header, target);
        expect(errors).toEqual([]);
        expect(ir.decls.some((d) => d.kind === 'record' && d.complete)).toBe(true);
      });
    }
  }

  test('every enumerator of i915_drm.h and amdgpu_drm.h has the value gcc gives it', () => {
    for (const header of ['i915_drm.h', 'amdgpu_drm.h']) {
      const { ir } = lowerHeader(header, 'x86_64');
      const enumerators = ir.decls.flatMap((d) => (d.kind === 'enum' ? d.enumerators : []));
      const truth = gccValues(`#include <${DIR}/${header}>`, enumerators.map((e) => e.name));
      expect(enumerators.map((e) => e.value)).toEqual(truth);
    }
  });

  test('every array length in drm_mode.h equals gcc on armhf', () => {
    const { ir } = lowerHeader('drm_mode.h', 'armhf');
    const arrays = ir.decls.flatMap((d) =>
      d.kind === 'record' && d.complete && d.name
        ? d.fields.filter((f) => f.name && f.type.kind === 'array' && f.type.length).map((f) => ({ record: d.id, field: f.name!, type: f.type }))
        : [],
    );
    const lengths = arrays.map((a) => (a.type.kind === 'array' ? BigInt(a.type.length!) : 0n));
    const truth = gccValues(
      `#include <${DIR}/drm_mode.h>`,
      arrays.map((a) => `sizeof(((${a.record} *)0)->${a.field}) / sizeof(((${a.record} *)0)->${a.field}[0])`),
      'armhf',
    );
    expect(arrays.length).toBeGreaterThan(3);
    expect(lengths).toEqual(truth);
  });
});
