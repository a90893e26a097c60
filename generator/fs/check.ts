// `generate --check`: compare the would-be output with what is on disk and describe every difference as a
// unified diff (a missing file diffs against nothing, an extra file against nothing the other way).

import { createTwoFilesPatch } from 'diff';
import type { OutputFile } from '../emit/view-model.ts';

export interface TreeDiff {
  missing: string[];
  extra: string[];
  different: string[];
  /** Unified diff of all three kinds, `a/` = on disk, `b/` = freshly generated. */
  patch: string;
}

export function diffTrees(outName: string, onDisk: ReadonlyMap<string, string>, fresh: readonly OutputFile[]): TreeDiff {
  const want = new Map(fresh.map((f) => [f.path, f.content]));
  const paths = [...new Set([...onDisk.keys(), ...want.keys()])].sort();
  const result: TreeDiff = { missing: [], extra: [], different: [], patch: '' };
  const patches: string[] = [];
  for (const p of paths) {
    const have = onDisk.get(p);
    const should = want.get(p);
    if (have === should) continue;
    if (have === undefined) result.missing.push(p);
    else if (should === undefined) result.extra.push(p);
    else result.different.push(p);
    patches.push(
      createTwoFilesPatch(
        have === undefined ? '/dev/null' : `a/${outName}/${p}`,
        should === undefined ? '/dev/null' : `b/${outName}/${p}`,
        have ?? '',
        should ?? '',
        undefined,
        undefined,
        { context: 3 },
      ).replace(/^=+\n/, ''),
    );
  }
  result.patch = patches.join('');
  return result;
}

export function isClean(d: TreeDiff): boolean {
  return d.missing.length + d.extra.length + d.different.length === 0;
}
