// The bin runs the prebuilt bundle only while it is at least as new as every file it was built from.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without declarations (the bin runs before any TypeScript tooling)
import { chooseBundle } from '../../../bin/fresh-bundle.js';

type Choice = { bundle: URL } | { reason: string };
const choose = chooseBundle as (root: URL, env?: Record<string, string>) => Choice;

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A package root with one source file and a bundle built from it; times in seconds since the epoch. */
function root(sourceTime: number, bundleTime: number): URL {
  dir = mkdtempSync(join(tmpdir(), 'tsbindgen-bin-'));
  mkdirSync(join(dir, 'generator'));
  mkdirSync(join(dir, 'dist/bin'), { recursive: true });
  writeFileSync(join(dir, 'generator/cli.ts'), '');
  writeFileSync(join(dir, 'dist/bin/inputs.json'), JSON.stringify(['generator/cli.ts']));
  writeFileSync(join(dir, 'dist/bin/tsbindgen.mjs'), '');
  utimesSync(join(dir, 'generator/cli.ts'), sourceTime, sourceTime);
  utimesSync(join(dir, 'dist/bin/tsbindgen.mjs'), bundleTime, bundleTime);
  return pathToFileURL(`${dir}/`);
}

describe('chooseBundle', () => {
  it('takes a bundle built after its sources', () => {
    const r = root(1_000_000, 1_000_100);
    const c = choose(r, {});
    expect('bundle' in c && c.bundle.href).toBe(new URL('dist/bin/tsbindgen.mjs', r).href);
  });

  it('refuses a bundle older than a source file, naming the file', () => {
    expect(choose(root(1_000_100, 1_000_000), {})).toEqual({ reason: 'generator/cli.ts is newer than the bundle' });
  });

  it('refuses a bundle whose input is gone', () => {
    const r = root(1_000_000, 1_000_100);
    rmSync(join(dir, 'generator/cli.ts'));
    expect(choose(r, {})).toEqual({ reason: 'generator/cli.ts is gone since the bundle was built' });
  });

  it('refuses when nothing was built', () => {
    const r = root(1_000_000, 1_000_100);
    rmSync(join(dir, 'dist'), { recursive: true });
    expect(choose(r, {})).toEqual({ reason: 'no bundle (npm run build)' });
  });

  it('takes the bundle of an installed package, which ships no sources to compare with', () => {
    const r = root(1_000_100, 1_000_000);
    rmSync(join(dir, 'generator'), { recursive: true });
    rmSync(join(dir, 'dist/bin/inputs.json'));
    const c = choose(r, {});
    expect('bundle' in c && c.bundle.href).toBe(new URL('dist/bin/tsbindgen.mjs', r).href);
  });

  it('says so when an installed package has lost its bundle', () => {
    const r = root(1_000_000, 1_000_100);
    rmSync(join(dir, 'generator'), { recursive: true });
    rmSync(join(dir, 'dist'), { recursive: true });
    expect(choose(r, {})).toEqual({ reason: 'neither the bundle nor the sources are installed' });
  });

  it('runs the sources when TSBINDGEN_FROM_SOURCE=1', () => {
    expect(choose(root(1_000_000, 1_000_100), { TSBINDGEN_FROM_SOURCE: '1' })).toEqual({ reason: 'TSBINDGEN_FROM_SOURCE=1' });
  });
});
