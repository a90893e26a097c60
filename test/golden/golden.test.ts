// One test per folder of test/golden/: the case's output must equal expected/ file for file (missing and extra
// files fail), or, for a failing case, its diagnostics must equal diagnostics.txt.
// Update: `TSBINDGEN_UPDATE_GOLDEN=1 npx vitest run test/golden` (or `npx vitest run test/golden -u`), then read the
// diff before committing.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readTree } from '../../generator/fs/tree.ts';
import { runCase } from './run-case.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const CASES = readdirSync(HERE)
  .filter((n) => statSync(join(HERE, n)).isDirectory() && existsSync(join(HERE, n, 'input.h')))
  .sort();

function updating(): boolean {
  if (process.env.TSBINDGEN_UPDATE_GOLDEN === '1') return true;
  const state = expect.getState() as unknown as { snapshotState?: { _updateSnapshot?: string } };
  return state.snapshotState?._updateSnapshot === 'all';
}

function update(dir: string, result: ReturnType<typeof runCase>): void {
  rmSync(join(dir, 'expected'), { recursive: true, force: true });
  rmSync(join(dir, 'diagnostics.txt'), { force: true });
  if (result.ok) {
    for (const f of result.files) {
      const p = join(dir, 'expected', f.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, f.content);
    }
  }
  if (!result.ok || result.diagnostics !== '') writeFileSync(join(dir, 'diagnostics.txt'), result.diagnostics);
}

describe('golden cases', () => {
  test('at least one case exists', () => {
    expect(CASES.length).toBeGreaterThan(0);
  });

  for (const name of CASES) {
    test(`${name} generates exactly its expected output`, () => {
      const dir = join(HERE, name);
      const result = runCase(dir, name);
      if (updating()) update(dir, result);
      const wantDiagnostics = existsSync(join(dir, 'diagnostics.txt')) ? readFileSync(join(dir, 'diagnostics.txt'), 'utf8') : '';
      expect(result.diagnostics).toBe(wantDiagnostics);
      const expected = readTree(join(dir, 'expected'));
      if (!result.ok) {
        expect(expected.size, 'a failing case has no expected/ files').toBe(0);
        return;
      }
      const actual = new Map(result.files.map((f) => [f.path, f.content]));
      expect([...actual.keys()].sort(), 'file list (missing or extra files)').toEqual([...expected.keys()].sort());
      for (const [path, content] of expected) expect(actual.get(path), path).toBe(content);
    });
  }
});
