// The folders `generate --watch` listens to, each watched on its own (never `recursive`): an editor's rename-style
// save (write a temp file, rename it over the header) replaces the file's inode, which a watcher on the file or
// Node's recursive emulation on Linux loses, while a watcher on its folder keeps reporting. A new subfolder is
// picked up when its parent reports it; a removed one is dropped.

import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface DirWatch {
  /** Replaces the watched roots (after a config reload); `deep` roots are watched with all their subfolders. */
  set(roots: { dir: string; deep: boolean }[]): void;
  close(): void;
  /** Folders watched now, relative to cwd (tests). */
  folders(): string[];
}

function subfolders(abs: string): string[] {
  const out: string[] = [abs];
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    const p = join(abs, e);
    try {
      if (statSync(p).isDirectory()) out.push(...subfolders(p));
    } catch {
      // Vanished between readdir and stat: nothing to watch.
    }
  }
  return out;
}

/** `onChange(rel)` gets each changed path relative to cwd ('/' separators). */
export function watchDirs(cwd: string, onChange: (rel: string) => void, skip: (rel: string) => boolean): DirWatch {
  const watchers = new Map<string, FSWatcher>();
  let roots: { dir: string; deep: boolean }[] = [];
  const rel = (abs: string) => relative(cwd, abs).split('\\').join('/') || '.';

  const add = (abs: string) => {
    if (watchers.has(abs) || skip(rel(abs))) return;
    let w: FSWatcher;
    try {
      w = watch(abs, (_event, name) => {
        if (name === null) return;
        const p = join(abs, name.toString());
        const r = rel(p);
        if (skip(r)) return;
        if (deepUnder(abs)) refreshFolder(p);
        onChange(r);
      });
    } catch {
      return; // not there (yet): the parent's events bring it in
    }
    w.on('error', () => drop(abs));
    watchers.set(abs, w);
  };
  const drop = (abs: string) => {
    for (const [d, w] of watchers)
      if (d === abs || d.startsWith(abs + '/')) {
        w.close();
        watchers.delete(d);
      }
  };
  const deepUnder = (abs: string) => roots.some((r) => r.deep && (abs === resolve(cwd, r.dir) || abs.startsWith(resolve(cwd, r.dir) + '/')));
  const refreshFolder = (p: string) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) for (const d of subfolders(p)) add(d);
    else if (watchers.has(p)) drop(p);
  };

  return {
    set(next) {
      roots = next;
      const want = new Set<string>();
      for (const r of next) {
        const abs = resolve(cwd, r.dir);
        for (const d of r.deep ? subfolders(abs) : [abs]) want.add(d);
      }
      for (const d of [...watchers.keys()]) if (!want.has(d)) drop(d);
      for (const d of want) add(d);
    },
    close() {
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
    folders: () => [...watchers.keys()].map(rel).sort(),
  };
}
