// The generator's side of the comparison: its LayoutDump for one unit and target, computed in-process.

import { readFileSync, statSync } from 'node:fs';
import type { LayoutDump } from '../../../generator/dump/types.ts';
import type { TargetName } from '../../../generator/layout/targets.ts';
import type { SourceFs } from '../../../generator/source/source-fs.ts';
import type { UnitSpec } from './sets.ts';

const diskFs: SourceFs = {
  readFile(p) {
    try {
      return statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  isFile(p) {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  },
};

/** Paths are relative to the project root, so callers run with it as the working directory. */
export async function generatorDump(unit: UnitSpec, target: TargetName): Promise<LayoutDump> {
  const { buildLayoutDump } = await import('../../../generator/commands/layout.ts');
  const { dump } = buildLayoutDump(
    {
      headers: unit.headers,
      target,
      kconfigFile: unit.config,
      includeDirs: unit.includeDirs,
      systemIncludeDirs: unit.systemIncludeDirs,
      defines: unit.defines,
      undefines: unit.undefines,
    },
    diskFs,
  );
  return dump;
}
