// Which folder `generate` may replace. It replaces its output folder whole, so a wrong "out" would delete the
// user's work: the folder may not be or overlap the inputs (headers root, include dirs), may not hold the config
// or sit inside a .git or node_modules folder, and an existing non-empty folder must carry the marker file that
// generate itself writes — tsbindgen only ever removes what it wrote.
// Problems come back as messages; generate.ts reports them as out-unsafe at the "out" key (or names --out).

import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { OutputFile } from '../emit/view-model.ts';

/** Written into every output folder; its presence is what allows a later run to replace the folder. */
export const OUTPUT_MARKER = '.tsbindgen-output';
export const MARKER_CONTENT =
  'This folder is written by `tsbindgen generate`, which replaces it as a whole on every run.\n' +
  'Keep nothing else here: files of your own would be removed. tsbindgen refuses to replace a folder without this file.\n';

export function withMarker(files: readonly OutputFile[]): OutputFile[] {
  return [...files.filter((f) => f.path !== OUTPUT_MARKER), { path: OUTPUT_MARKER, content: MARKER_CONTENT }].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
}

/** The real path of `p`, also when (its tail) does not exist yet: symlinks and `..` of the existing part resolved. */
export function realPath(p: string): string {
  let head = resolve(p);
  const tail: string[] = [];
  for (;;) {
    try {
      return join(realpathSync.native(head), ...tail.reverse());
    } catch {
      const up = dirname(head);
      if (up === head) return resolve(p);
      tail.push(basename(head));
      head = up;
    }
  }
}

/** a is b or lies inside b (both real paths). */
function within(a: string, b: string): boolean {
  const r = relative(b, a);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

export interface OutGuardRequest {
  /** The output folder, absolute or relative to cwd. */
  out: string;
  cwd: string;
  /** Folders the output must not be, contain or lie inside, with what each is (for the message). */
  inputs: readonly { dir: string; what: string }[];
  /** The config file's folder: the output may lie inside it, but may not be or contain it. */
  configDir: string;
  /** Input files the output may not contain (the .config). */
  files: readonly { path: string; what: string }[];
}

const PROTECTED = ['.git', 'node_modules'];

/** Finds a protected folder under `dir` (an existing tsbindgen output should have none). */
function protectedInside(dir: string): string | undefined {
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      continue;
    }
    for (const n of names) {
      const p = join(d, n);
      if (PROTECTED.includes(n)) return p;
      const st = statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) stack.push(p);
    }
  }
  return undefined;
}

/** Why `req.out` may not be replaced, or undefined when it may. */
export function outProblem(req: OutGuardRequest): string | undefined {
  const out = realPath(resolve(req.cwd, req.out));
  const shown = req.out;
  for (const { dir, what } of req.inputs) {
    const d = realPath(resolve(req.cwd, dir));
    if (out === d) return `the output folder "${shown}" is ${what} "${dir}": generate would replace it`;
    if (within(out, d)) return `the output folder "${shown}" lies inside ${what} "${dir}"`;
    if (within(d, out)) return `the output folder "${shown}" contains ${what} "${dir}": generate would replace it`;
  }
  const configDir = realPath(resolve(req.cwd, req.configDir));
  if (within(configDir, out)) {
    return `the output folder "${shown}" ${out === configDir ? 'is' : 'contains'} the config's folder "${req.configDir}": generate would replace it`;
  }
  for (const { path, what } of req.files) {
    if (within(realPath(resolve(req.cwd, path)), out)) return `the output folder "${shown}" contains ${what} "${path}": generate would replace it`;
  }
  const parts = out.split(sep);
  const bad = parts.find((p) => PROTECTED.includes(p));
  if (bad) return `the output folder "${shown}" lies inside a ${bad} folder`;
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `the output path "${shown}" exists and is not a folder`;
  const entries = readdirSync(out);
  if (entries.length === 0) return undefined;
  if (!entries.includes(OUTPUT_MARKER)) {
    return `the folder "${shown}" is not empty and has no ${OUTPUT_MARKER} marker, so tsbindgen did not write it; generate replaces its output folder whole, so choose a new or empty folder, or delete this one yourself if it holds nothing of yours (output of a tsbindgen without the marker)`;
  }
  const inner = protectedInside(out);
  if (inner) return `the output folder "${shown}" contains ${relative(out, inner)}, which generate would delete`;
  return undefined;
}
