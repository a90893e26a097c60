// The benchmark's input, set up once per run in a temporary directory:
// - include/libdrm/: byte-identical copies of Debian's four libdrm uapi headers. Both tools read these
//   copies; the linux/asm uapi headers they include come from /usr/include for both, as a compiler finds them.
// - wrapper.h including the four copies: what bindgen (and gcc, for the truth) is pointed at.
// - tsbindgen.config.json: one subsystem owning the four headers. The linux/asm headers stay outside
//   headersRoot because `generate` treats every header under headersRoot as a root of one translation unit,
//   and several asm/asm-generic uapi headers are not self-contained in that order (asm-generic/posix_types.h
//   before asm/posix_types_64.h redefines __kernel_old_uid_t), so they cannot form a subsystem of their own.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LIBDRM_HEADERS = ['drm.h', 'drm_mode.h', 'i915_drm.h', 'amdgpu_drm.h'] as const;
export const LIBDRM_DIR = '/usr/include/libdrm';

export interface Stage {
  dir: string;
  wrapper: string;
  includeDir: string;
  config: string;
  bindgenOut: string;
  tsbindgenOut: string;
  /** Every file gcc reads for the wrapper (its -M list): the four headers and what they include. */
  headers: string[];
  problem?: string;
}

function dependencies(wrapper: string): string[] | string {
  const r = spawnSync('gcc', ['-M', wrapper], { encoding: 'utf8' });
  if (r.status !== 0) return `gcc -M failed: ${r.stderr}`;
  const files = r.stdout.replace(/\\\n/g, ' ').split(/\s+/).slice(1).filter(Boolean);
  // stdc-predef.h is gcc's own implicit pre-include, not part of the headers' text.
  return [...new Set(files.filter((f) => f !== wrapper && !f.endsWith('/stdc-predef.h')))];
}

function projectConfig(): object {
  return {
    $comment: 'written by bench/generate: Debian libdrm uapi headers; linux/asm uapi found on the system include path',
    headersRoot: 'include/libdrm',
    includeDirs: ['include/libdrm'],
    nostdinc: false,
    targets: ['x86_64'],
    out: 'out-tsbindgen',
    subsystems: [
      {
        name: 'libdrm-uapi',
        headers: ['*.h'],
        dependsOn: [],
        maintainers: ['bench'],
        description: 'DRM uapi headers as installed by libdrm-dev',
      },
    ],
  };
}

export function createStage(): Stage {
  const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-bench-'));
  const includeDir = join(dir, 'include');
  mkdirSync(join(includeDir, 'libdrm'), { recursive: true });
  for (const h of LIBDRM_HEADERS) copyFileSync(join(LIBDRM_DIR, h), join(includeDir, 'libdrm', h));
  const wrapper = join(dir, 'wrapper.h');
  writeFileSync(wrapper, LIBDRM_HEADERS.map((h) => `#include "include/libdrm/${h}"\n`).join(''));
  const stage: Stage = {
    dir,
    wrapper,
    includeDir,
    config: join(dir, 'tsbindgen.config.json'),
    bindgenOut: join(dir, 'bindings.rs'),
    tsbindgenOut: join(dir, 'out-tsbindgen'),
    headers: [],
  };
  const deps = dependencies(wrapper);
  if (typeof deps === 'string') return { ...stage, problem: deps };
  stage.headers = deps;
  writeFileSync(stage.config, `${JSON.stringify(projectConfig(), null, 2)}\n`);
  return stage;
}
