// Finds the generated package's x86_64 module the way a user's import would, and falls back to the
// package.json "exports" of generated/<subsystem>/ when the npm workspace links are not installed yet.

import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function exportTarget(pkgDir: string, subpath: string): string | undefined {
  const pkgFile = join(pkgDir, 'package.json');
  if (!existsSync(pkgFile)) return undefined;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports?: unknown; main?: string };
  let entry: unknown = typeof pkg.exports === 'string' || subpath !== '.' ? undefined : pkg.main;
  if (typeof pkg.exports === 'string' && subpath === '.') entry = pkg.exports;
  else if (pkg.exports && typeof pkg.exports === 'object') entry = (pkg.exports as Record<string, unknown>)[subpath];
  // Conditional exports: take the first string among import/default/types.
  while (entry && typeof entry === 'object') {
    const cond = entry as Record<string, unknown>;
    entry = cond.import ?? cond.default ?? cond.types;
  }
  return typeof entry === 'string' ? join(pkgDir, entry) : undefined;
}

export interface Loaded {
  module: Record<string, unknown>;
  from: string;
}

/** `subsystem` is the manifest name, e.g. "uapi-drm"; `target` picks "./<target>" instead of ".". */
export async function loadGenerated(subsystem: string, target?: string): Promise<Loaded | { error: string }> {
  const spec = `@tsbindgen/${subsystem}${target ? `/${target}` : ''}`;
  try {
    return { module: (await import(spec)) as Record<string, unknown>, from: spec };
  } catch (first) {
    const file = exportTarget(join(ROOT, 'generated', subsystem), target ? `./${target}` : '.');
    if (!file) return { error: `cannot import ${spec} (${String(first)}) and generated/${subsystem}/package.json has no such export` };
    try {
      return { module: (await import(pathToFileURL(file).href)) as Record<string, unknown>, from: file.slice(ROOT.length + 1) };
    } catch (second) {
      return { error: `cannot import ${spec} (${String(first)}) nor ${file} (${String(second)}); are the npm workspaces linked (npm install)?` };
    }
  }
}

/**
 * Any module exporting the view classes, e.g. another target's file: `--module generated/uapi-drm/i386.js`.
 * The benchmark runs under tsx, which loads `x.ts` for an import of `x.js` when both exist — the generated .ts
 * through tsx's own transform (keepNames static blocks), measured 3–6× slower on the pointer row than the .js a
 * user imports. So a .js is imported from a copy beside no .ts (in .tmp/, where package imports still resolve).
 */
export async function loadModuleFile(file: string): Promise<Loaded | { error: string }> {
  try {
    let path = resolve(file);
    if (path.endsWith('.js') && existsSync(path.replace(/\.js$/, '.ts'))) {
      const dir = join(ROOT, '.tmp', 'bench-views');
      mkdirSync(dir, { recursive: true });
      const copy = join(dir, basename(path));
      copyFileSync(path, copy);
      path = copy;
    }
    return { module: (await import(pathToFileURL(path).href)) as Record<string, unknown>, from: file };
  } catch (e) {
    return { error: `cannot import ${file}: ${String(e)}` };
  }
}
