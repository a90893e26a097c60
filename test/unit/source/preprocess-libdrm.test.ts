// The preprocessor on Debian's real libdrm headers gives the same token stream as each gcc's -E.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { nodeSourceFs } from '../../../generator/fs/source-fs.ts';
import { TARGETS, type TargetName } from '../../../generator/layout/targets.ts';
import { tokenize } from '../../../generator/source/lexer.ts';
import { preprocess } from '../../../generator/source/preprocess.ts';
import { COMPILERS, hasCompiler } from './compiler-truth.ts';

const HEADERS = ['drm.h', 'drm_mode.h', 'i915_drm.h', 'amdgpu_drm.h', 'drm_fourcc.h'].map((h) => `/usr/include/libdrm/${h}`);
const GCC_TARGETS: TargetName[] = ['x86_64', 'i386', 'aarch64', 'armhf'];

for (const target of GCC_TARGETS) {
  describe.skipIf(!hasCompiler(target) || !HEADERS.every(existsSync))(`libdrm headers preprocessed for ${target}`, () => {
    for (const header of HEADERS) {
      it(`${header.split('/').pop()} gives gcc's tokens and no diagnostics`, () => {
        const sink = new DiagnosticSink();
        const pp = preprocess([header], { target: TARGETS[target], includeDirs: [], defines: [], undefines: [] }, nodeSourceFs, sink);
        const [cc, ...flags] = COMPILERS[target];
        const gcc = execFileSync(cc, [...flags, '-E', '-P', '-x', 'c', header], { encoding: 'utf8' });
        expect(sink.items).toEqual([]);
        expect(tokenize(pp.text, 'ours').map((t) => t.text)).toEqual(tokenize(gcc, 'gcc').map((t) => t.text));
      });
    }
  });
}
