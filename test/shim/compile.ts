// Compiles the C programs the shim tests run, natively with the system gcc, into .tmp/shim-test/.
// Tests skip, saying why, when gcc (or libdrm-dev, for the libdrm program) is missing.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { haveGcc } from '../../runtime/shim/build.ts';

export const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, '.tmp', 'shim-test');

/** Why the shim tests cannot run here, or null when they can. */
export function missingTools(needLibdrm = false): string | null {
  if (!haveGcc()) return 'gcc is not installed';
  if (needLibdrm && !existsSync('/usr/include/xf86drm.h')) return 'libdrm-dev is not installed';
  return null;
}

/** `gcc -O2 SOURCE -o .tmp/shim-test/NAME FLAGS…`; returns the binary. */
export function compile(name: string, source: string, flags: readonly string[] = []): string {
  mkdirSync(OUT, { recursive: true });
  const out = join(OUT, name);
  execFileSync('gcc', ['-O2', '-Wall', '-o', out, source, ...flags], { stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}
