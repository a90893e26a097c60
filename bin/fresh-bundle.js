// Which CLI the bin runs: the prebuilt bundle (dist/bin/tsbindgen.mjs, `npm run build`) when it is at
// least as new as every file it was built from, the TypeScript sources through tsx otherwise — so editing
// the generator never runs stale code, and a fresh clone after `npm ci` (whose `prepare` builds) starts fast.
// An installed tsbindgen (from its tarball) ships the bundle without the sources or tsx: nothing there can
// be newer than the bundle, so it always runs it.
import { existsSync, readFileSync, statSync } from 'node:fs';

/**
 * @param {URL} root the package root, ending in '/'
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ bundle: URL } | { reason: string }}
 */
export function chooseBundle(root, env = process.env) {
  if (env.TSBINDGEN_FROM_SOURCE === '1') return { reason: 'TSBINDGEN_FROM_SOURCE=1' };
  const bundle = new URL('dist/bin/tsbindgen.mjs', root);
  if (!existsSync(new URL('generator/', root))) {
    return existsSync(bundle) ? { bundle } : { reason: 'neither the bundle nor the sources are installed' };
  }
  let built;
  let inputs;
  try {
    built = statSync(bundle).mtimeMs;
    inputs = JSON.parse(readFileSync(new URL('dist/bin/inputs.json', root), 'utf8'));
  } catch {
    return { reason: 'no bundle (npm run build)' };
  }
  for (const input of inputs) {
    let changed;
    try {
      changed = statSync(new URL(input, root)).mtimeMs;
    } catch {
      return { reason: `${input} is gone since the bundle was built` };
    }
    if (changed > built) return { reason: `${input} is newer than the bundle` };
  }
  return { bundle };
}
