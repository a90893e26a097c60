// Builds the preload library with the system gcc into runtime/shim/build/ (git-ignored), again
// whenever a source is newer than the library. `npm ci` builds it (prepare); the shim command
// and the tests build it on first use.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

const HERE = import.meta.dirname;
const SOURCES = join(HERE, 'preload');
export const BUILD_DIR = join(HERE, 'build');
export const LIBRARY = join(BUILD_DIR, 'libtsbindgen-shim.so');

function sources(): string[] {
  return readdirSync(SOURCES).filter((f) => f.endsWith('.c') || f.endsWith('.h')).map((f) => join(SOURCES, f));
}

/** Whether `gcc` runs here. */
export function haveGcc(): boolean {
  try {
    execFileSync('gcc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function isStale(): boolean {
  if (!existsSync(LIBRARY)) return true;
  const built = statSync(LIBRARY).mtimeMs;
  return sources().some((f) => statSync(f).mtimeMs > built);
}

/** The library's path, built if missing or stale; throws gcc's message when the build fails. */
export function ensureShimLibrary(): string {
  if (!isStale()) return LIBRARY;
  mkdirSync(BUILD_DIR, { recursive: true });
  const tmp = `${LIBRARY}.${process.pid}.tmp`;
  const cfiles = sources().filter((f) => f.endsWith('.c'));
  execFileSync('gcc', ['-shared', '-fPIC', '-O2', '-Wall', '-Wextra', '-o', tmp, ...cfiles, '-ldl', '-lpthread'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  renameSync(tmp, LIBRARY);
  return LIBRARY;
}
