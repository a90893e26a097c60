// Where tsbindgen's own compiler-provided headers (builtin-include/ at the package root) are, and a SourceFs
// layer that serves them: the project's SourceFs (disk, or a Map in tests) may not contain them, yet every
// front end must find them. Found from this module's own location, so the sources (generator/source/), the
// bundle (dist/bin/) and an installed package (node_modules/tsbindgen/dist/bin/) all resolve it the same way:
// the first folder upwards that holds a package.json is the package root.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFs } from './source-fs.ts';

export const BUILTIN_HEADER_NAMES = [
  'float.h',
  'iso646.h',
  'limits.h',
  'stdalign.h',
  'stdarg.h',
  'stdbool.h',
  'stddef.h',
  'stdint.h',
  'stdnoreturn.h',
] as const;

let cached: string | undefined;

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

/** Absolute path of builtin-include/ (it need not exist: then nothing is found there, as with a missing dir). */
export function builtinIncludeDir(): string {
  cached ??= join(packageRoot(dirname(fileURLToPath(import.meta.url))), 'builtin-include');
  return cached;
}

const texts = new Map<string, string | undefined>();

function builtinText(p: string): string | undefined {
  if (!texts.has(p)) {
    let text: string | undefined;
    try {
      text = readFileSync(p, 'utf8');
    } catch {
      text = undefined;
    }
    texts.set(p, text);
  }
  return texts.get(p);
}

/** `fs`, plus the builtin headers under builtinIncludeDir() (read once per process). */
export function withBuiltinHeaders(fs: SourceFs): SourceFs {
  const dir = builtinIncludeDir() + '/';
  const names = new Set<string>(BUILTIN_HEADER_NAMES);
  const mine = (p: string) => p.startsWith(dir) && names.has(p.slice(dir.length));
  return {
    readFile: (p) => (mine(p) ? builtinText(p) : fs.readFile(p)),
    isFile: (p) => (mine(p) ? builtinText(p) !== undefined : fs.isFile(p)),
  };
}
