// Shared argv handling for the abi scripts: `[--set NAME]… [--target T]…` narrow the run, default everything.

import { TARGET_NAMES, isTargetName, type TargetName } from '../../generator/layout/targets.ts';
import { SET_NAMES, type SetName } from '../../test/abi/harness/sets.ts';

export interface AbiScriptArgs {
  sets: SetName[];
  targets: TargetName[];
}

export function parseAbiArgs(argv: string[]): AbiScriptArgs | string {
  const sets: SetName[] = [];
  const targets: TargetName[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--set' && v && (SET_NAMES as readonly string[]).includes(v)) sets.push(v as SetName);
    else if (a === '--target' && v && isTargetName(v)) targets.push(v);
    else return `usage: [--set ${SET_NAMES.join('|')}]… [--target ${TARGET_NAMES.join('|')}]…  (bad argument "${a}")`;
    i++;
  }
  return { sets: sets.length ? sets : [...SET_NAMES], targets: targets.length ? targets : [...TARGET_NAMES] };
}
