// Every constant tsbindgen derives from Debian's libdrm uapi headers, compared with each target's compiler
// (value and C type, read from assembly, so cross targets never run). Skipped without compiler or headers.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { runFrontEnd } from '../../../generator/frontend.ts';
import { nodeSourceFs } from '../../../generator/fs/source-fs.ts';
import type { ConstantDecl } from '../../../generator/ir/types.ts';
import { TARGET_NAMES } from '../../../generator/layout/targets.ts';
import { compilerValues, hasCompiler } from '../source/compiler-truth.ts';

const HEADERS = ['drm.h', 'drm_mode.h', 'i915_drm.h', 'amdgpu_drm.h', 'drm_fourcc.h'].map((h) => `/usr/include/libdrm/${h}`);

for (const target of TARGET_NAMES) {
  describe.skipIf(!hasCompiler(target) || !HEADERS.every(existsSync))(`libdrm constants on ${target}`, () => {
    for (const header of HEADERS) {
      it(`${header.split('/').pop()}: every constant has the compiler's value and type`, () => {
        const sink = new DiagnosticSink();
        const r = runFrontEnd({ headers: [header], target, includeDirs: [], defines: [], undefines: [] }, nodeSourceFs, sink);
        const consts = r.ir.decls.filter((d): d is ConstantDecl => d.kind === 'constant');
        expect(consts.length).toBeGreaterThan(100);
        const truth = compilerValues(target, `#include "${header}"`, consts.map((c) => c.name));
        const mismatches = consts
          .map((c, k) => {
            const mine = BigInt.asUintN(64, c.value);
            const t = truth[k];
            return mine === t.value && c.type === t.type ? undefined : `${c.name}: ours ${mine}/${c.type}, compiler ${t.value}/${t.type}`;
          })
          .filter((m) => m !== undefined);
        expect(mismatches).toEqual([]);
      });
    }

    it('DRM_IOCTL_GEM_FLINK keeps its _IOC fields and argument type', () => {
      const sink = new DiagnosticSink();
      const r = runFrontEnd({ headers: [HEADERS[0]], target, includeDirs: [], defines: [], undefines: [] }, nodeSourceFs, sink);
      const c = r.ir.byId.get('DRM_IOCTL_GEM_FLINK') as ConstantDecl;
      const [dir, type, nr, size] = compilerValues(target, `#include "${HEADERS[0]}"`, [
        '_IOC_DIR(DRM_IOCTL_GEM_FLINK)',
        '_IOC_TYPE(DRM_IOCTL_GEM_FLINK)',
        '_IOC_NR(DRM_IOCTL_GEM_FLINK)',
        '_IOC_SIZE(DRM_IOCTL_GEM_FLINK)',
      ]).map((v) => Number(v.value));
      expect(c.ioctl).toEqual({ dir, type, nr, size, argType: { kind: 'record', id: 'struct drm_gem_flink' } });
    });
  });
}
