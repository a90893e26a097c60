// The whole front end (preprocess → parse → lower → layout) on Debian's libdrm uapi headers, every named
// record compared member by member with the target's compiler.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { runFrontEnd } from '../../../generator/frontend.ts';
import { cwdSourceFs } from '../../../generator/generate.ts';
import { TARGET_NAMES, type TargetName } from '../../../generator/layout/targets.ts';
import { COMPILERS, compilerAvailable } from './compilers.ts';
import { describeDifference, namedRecords, observeLayouts, ourView } from './probe.ts';

const HEADERS = ['drm.h', 'drm_mode.h', 'i915_drm.h', 'amdgpu_drm.h'].map((h) => `/usr/include/libdrm/${h}`);

/**
 * What the compiler needs to find the same headers the generator finds: i386 has no multiarch kernel
 * headers installed here (x86's asm/ headers serve both), and wasm32 has none at all, so it gets Linux's
 * generic asm/ headers, as the project's preprocessor does for it.
 */
function compilerArgs(target: TargetName): string[] {
  if (target === 'i386' && !existsSync('/usr/include/i386-linux-gnu/asm')) return ['-isystem', '/usr/include/x86_64-linux-gnu'];
  if (target !== 'wasm32') return [];
  const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-asm-'));
  mkdirSync(join(dir, 'asm'));
  for (const f of readdirSync('/usr/include/asm-generic')) writeFileSync(join(dir, 'asm', f), `#include <asm-generic/${f}>\n`);
  return ['-D__linux__', '-isystem', dir, '-isystem', '/usr/include'];
}

const missing = HEADERS.filter((h) => !existsSync(h));

describe('libdrm uapi headers', () => {
  if (missing.length) {
    it.skip(`SKIPPED: libdrm-dev is not installed (${missing.join(', ')} missing)`, () => {});
    return;
  }
  for (const target of TARGET_NAMES) {
    const compiler = COMPILERS[target].join(' ');
    if (!compilerAvailable(target)) {
      it.skip(`SKIPPED: ${compiler} is not installed, so libdrm on ${target} is unchecked`, () => {});
      continue;
    }
    it(`lay out every record as ${compiler} does on ${target}`, async () => {
      const sink = new DiagnosticSink();
      const result = runFrontEnd({ headers: HEADERS, target, includeDirs: [], defines: [], undefines: [] }, cwdSourceFs(process.cwd()), sink);
      expect(sink.items.filter((d) => d.severity === 'error')).toEqual([]);
      const records = namedRecords(result.layout);
      expect(records.length).toBeGreaterThan(200);
      const source = HEADERS.map((h) => `#include "${h}"`).join('\n');
      const truth = await observeLayouts(target, source, records, compilerArgs(target));
      const mismatches = records.flatMap((r) => {
        const diff = describeDifference(ourView(r), truth.get(r.id)!);
        return diff.length ? [`${r.id}\n  ${diff.join('\n  ')}`] : [];
      });
      expect(mismatches).toEqual([]);
    });
  }
});
