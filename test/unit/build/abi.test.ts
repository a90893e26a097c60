// The support package ships compiled files (runtime/abi/dist) committed beside its sources: they must be exactly
// what the sources compile to, and name the .js/.d.ts files (never a .ts) so Node and tsc outside the repo load them.

import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildAbi, readAbiDist, staleAbiFiles } from '../../../scripts/build/abi.ts';

describe('@tsbindgen/abi build', () => {
  const built = buildAbi();

  test('the sources compile without errors', () => {
    expect(built.errors).toEqual([]);
  });

  test('runtime/abi/dist is what the sources compile to (npm run build:abi)', () => {
    expect(staleAbiFiles(built.files, readAbiDist())).toEqual([]);
  });

  test('no compiled file imports a .ts specifier', () => {
    for (const [name, text] of built.files) expect(text, name).not.toMatch(/from ['"][^'"]+\.ts['"]/);
  });

  test('it is released in lockstep with tsbindgen (generated packages depend on ^ the generator version)', () => {
    const root = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    const abi = JSON.parse(readFileSync(new URL('../../../runtime/abi/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(abi.version).toBe(root.version);
  });
});
