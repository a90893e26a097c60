// Reading and writing whole output trees. The generator only ever replaces its output directory as a unit, so a
// failed run never leaves a half-written generated/.
// Failures come back as messages; generate.ts reports them as out-unwritable.

import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from '../emit/view-model.ts';

/** Every regular file under `dir`, relative with '/' separators, sorted; empty when dir does not exist. */
export function listFiles(dir: string, accept: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  // Symlinked folders are followed, each real folder once: a link back up the tree must not loop.
  const seen = new Set<string>();
  const walk = (abs: string, rel: string): void => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: string[];
    try {
      entries = readdirSync(abs);
    } catch {
      return;
    }
    for (const name of entries) {
      const a = join(abs, name);
      const r = rel === '' ? name : `${rel}/${name}`;
      const st = statSync(a, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) {
        if (name !== 'node_modules') walk(a, r);
      } else if (st.isFile() && accept(r)) out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

export function readTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
}

/**
 * Builds the whole tree in a sibling temp directory, then swaps it in with renames, so on any failure the old
 * output stays as it was. Files of the old tree that are not in `files` disappear with it (stale output).
 * Returns an error message instead of throwing.
 */
export function replaceTree(outDir: string, files: readonly OutputFile[]): string | undefined {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const tmp = join(parent, `.${name}.tmp-${process.pid}`);
  const old = join(parent, `.${name}.old-${process.pid}`);
  try {
    mkdirSync(parent, { recursive: true });
    rmSync(tmp, { recursive: true, force: true });
    for (const f of files) {
      const p = join(tmp, f.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, f.content);
    }
    mkdirSync(tmp, { recursive: true });
    rmSync(old, { recursive: true, force: true });
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(tmp, outDir);
    rmSync(old, { recursive: true, force: true });
    return undefined;
  } catch (e) {
    // Best-effort cleanup: the path itself may be what is broken (a file where a directory should be).
    try {
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
    } catch {
      /* the original error is the one worth reporting */
    }
    return `cannot write ${outDir}: ${(e as Error).message}`;
  }
}

/** Writes only the files whose content differs (watch mode); returns the paths written. */
export function writeChanged(outDir: string, files: readonly OutputFile[]): string[] {
  const written: string[] = [];
  for (const f of files) {
    const p = join(outDir, f.path);
    const before = existsSync(p) ? readFileSync(p, 'utf8') : undefined;
    if (before === f.content) continue;
    mkdirSync(dirname(p), { recursive: true });
    const tmp = `${p}.tmp-${process.pid}`;
    writeFileSync(tmp, f.content);
    renameSync(tmp, p);
    written.push(f.path);
  }
  return written;
}

/** Removes files under `dirs` (relative to outDir) that are not in `keep`: stale output of a regenerated package. */
export function removeStale(outDir: string, dirs: readonly string[], keep: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  for (const d of dirs) {
    for (const rel of listFiles(join(outDir, d))) {
      const p = `${d}/${rel}`;
      if (!keep.has(p)) {
        rmSync(join(outDir, p), { force: true });
        removed.push(p);
      }
    }
  }
  return removed;
}

/** Removes every file under outDir that is not in `keep` (after a full regeneration, whole packages may be gone). */
export function removeAllStale(outDir: string, keep: ReadonlySet<string>): string[] {
  const removed = listFiles(outDir).filter((p) => !keep.has(p));
  for (const p of removed) rmSync(join(outDir, p), { force: true });
  return removed;
}
