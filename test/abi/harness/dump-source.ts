// The generator's side of the comparison: its LayoutDump for one unit and target, computed in-process.

import { readFileSync, statSync } from 'node:fs';
import type { LayoutDump } from '../../../generator/dump/types.ts';
import type { TargetName } from '../../../generator/layout/targets.ts';
import type { SourceFs } from '../../../generator/source/source-fs.ts';
import type { UnitSpec } from './sets.ts';

/** The disk; every file actually read is added to `read` (the truth's provenance hashes the system ones). */
function diskFs(read?: Set<string>): SourceFs {
  return {
    readFile(p) {
      try {
        if (!statSync(p).isFile()) return undefined;
        const text = readFileSync(p, 'utf8');
        read?.add(p);
        return text;
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
}

/** Paths are relative to the project root, so callers run with it as the working directory. */
export async function generatorDump(unit: UnitSpec, target: TargetName, read?: Set<string>): Promise<LayoutDump> {
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
      cflags: unit.cflags,
    },
    diskFs(read),
  );
  return unit.recordsOnly ? { ...dump, constants: {}, skipped: {} } : dump;
}
