// Where `#include "x"` / `<x>` / `#include_next` finds its file, the way gcc searches: the includer's own
// directory for quoted names, then -iquote directories (quoted names only), then -I directories, then the system
// directories, then -idirafter ones. wasm32 has no kernel arch
// headers, so `<asm/X.h>` falls back to `<asm-generic/X.h>` as a generic Linux architecture does.

import { posix as path } from 'node:path';
import type { SourceFs } from './source-fs.ts';

export interface IncludeSearch {
  includeDirs: string[];
  systemIncludeDirs: string[];
  asmGenericFallback: boolean;
  /** -iquote: searched for "…" only; they head the combined list so #include_next indices stay one numbering. */
  quoteDirs?: string[];
  /** -idirafter: searched after the system directories. */
  afterDirs?: string[];
}

export interface FoundInclude {
  path: string;
  /** Index in the combined search list where it was found (-1: the includer's directory or absolute). */
  dirIndex: number;
}

function joinPath(dir: string, name: string): string {
  return path.normalize(dir === '' || dir === '.' ? name : path.join(dir, name));
}

export function searchDirs(s: IncludeSearch): string[] {
  return [...(s.quoteDirs ?? []), ...s.includeDirs, ...s.systemIncludeDirs, ...(s.afterDirs ?? [])];
}

export function resolveInclude(
  name: string,
  angled: boolean,
  includer: string | undefined,
  s: IncludeSearch,
  fs: SourceFs,
  startAfter = -1,
): FoundInclude | undefined {
  if (path.isAbsolute(name)) return fs.isFile(name) ? { path: path.normalize(name), dirIndex: -1 } : undefined;
  if (!angled && includer !== undefined && startAfter < 0) {
    const local = joinPath(path.dirname(includer), name);
    if (fs.isFile(local)) return { path: local, dirIndex: -1 };
  }
  const dirs = searchDirs(s);
  const first = Math.max(startAfter + 1, angled ? (s.quoteDirs?.length ?? 0) : 0);
  for (let k = first; k < dirs.length; k++) {
    const p = joinPath(dirs[k], name);
    if (fs.isFile(p)) return { path: p, dirIndex: k };
  }
  if (s.asmGenericFallback && name.startsWith('asm/')) {
    return resolveInclude('asm-generic/' + name.slice(4), angled, includer, s, fs, startAfter);
  }
  return undefined;
}
