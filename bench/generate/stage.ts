// The benchmark's input, set up once per run in a temporary directory:
// - wrapper.h including Debian's four libdrm uapi headers, what bindgen is pointed at (its usual way in);
// - include/: byte-identical copies of exactly the headers gcc reads for that wrapper (its `-M` list), under
//   the paths an #include names them by, so tsbindgen's project config can assign each one to a subsystem
//   without spanning all of /usr/include;
// - tsbindgen.config.json: two subsystems, libdrm's uapi and the linux/asm uapi it includes.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const LIBDRM_HEADERS = ['drm.h', 'drm_mode.h', 'i915_drm.h', 'amdgpu_drm.h'] as const;
export const LIBDRM_DIR = '/usr/include/libdrm';

/** Where gcc finds a system header → the name #include uses for it (multiarch asm/ folds into asm/). */
const SYSTEM_ROOTS = ['/usr/include/x86_64-linux-gnu/', '/usr/include/'];

export interface Stage {
  dir: string;
  wrapper: string;
  includeDir: string;
  config: string;
  bindgenOut: string;
  tsbindgenOut: string;
  /** Headers copied, as include names (e.g. "asm/ioctl.h"). */
  headers: string[];
  problem?: string;
}

function dependencies(wrapper: string): string[] | string {
  const r = spawnSync('gcc', ['-M', `-I${LIBDRM_DIR}`, wrapper], { encoding: 'utf8' });
  if (r.status !== 0) return `gcc -M failed: ${r.stderr}`;
  const files = r.stdout.replace(/\\\n/g, ' ').split(/\s+/).slice(1).filter(Boolean);
  // stdc-predef.h is gcc's own implicit pre-include, not part of the headers' text.
  return [...new Set(files.filter((f) => f !== wrapper && !f.endsWith('/stdc-predef.h')))];
}

function includeName(file: string): string | undefined {
  for (const root of SYSTEM_ROOTS) if (file.startsWith(root)) return file.slice(root.length);
  return undefined;
}

function projectConfig(): object {
  return {
    $comment: 'written by bench/generate: Debian libdrm uapi headers and the linux uapi they include',
    headersRoot: 'include',
    includeDirs: ['include', 'include/libdrm'],
    nostdinc: true,
    targets: ['x86_64'],
    out: 'out-tsbindgen',
    subsystems: [
      {
        name: 'linux-uapi',
        headers: ['linux/**', 'asm/**', 'asm-generic/**'],
        dependsOn: [],
        maintainers: ['bench'],
        description: 'linux uapi types and ioctl encoding, as installed by linux-libc-dev',
      },
      {
        name: 'libdrm-uapi',
        headers: ['libdrm/**'],
        dependsOn: ['linux-uapi'],
        maintainers: ['bench'],
        description: 'DRM uapi headers as installed by libdrm-dev',
      },
    ],
  };
}

export function createStage(): Stage {
  const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-bench-'));
  const wrapper = join(dir, 'wrapper.h');
  writeFileSync(wrapper, LIBDRM_HEADERS.map((h) => `#include <libdrm/${h}>\n`).join(''));
  const stage: Stage = {
    dir,
    wrapper,
    includeDir: join(dir, 'include'),
    config: join(dir, 'tsbindgen.config.json'),
    bindgenOut: join(dir, 'bindings.rs'),
    tsbindgenOut: join(dir, 'out-tsbindgen'),
    headers: [],
  };
  const deps = dependencies(wrapper);
  if (typeof deps === 'string') return { ...stage, problem: deps };
  for (const file of deps) {
    const name = includeName(file);
    if (!name) return { ...stage, problem: `gcc read ${file}, outside the system include roots` };
    mkdirSync(dirname(join(stage.includeDir, name)), { recursive: true });
    copyFileSync(file, join(stage.includeDir, name));
    stage.headers.push(name);
  }
  writeFileSync(stage.config, `${JSON.stringify(projectConfig(), null, 2)}\n`);
  return stage;
}
