// Child process of abi:refresh / abi:live: the generator's dumps of every unit of one set for one target, as JSON
// on a file. The front end is synchronous, so one process per target is what lets the targets run in parallel.

import { writeFileSync } from 'node:fs';
import { isTargetName } from '../../generator/layout/targets.ts';
import { safeDump } from '../../test/abi/harness/run-set.ts';
import { abiSet, SET_NAMES, type SetName } from '../../test/abi/harness/sets.ts';

const [set, target, out] = process.argv.slice(2);
if (!(SET_NAMES as readonly string[]).includes(set) || !isTargetName(target) || !out) {
  process.stderr.write('usage: dump-worker.ts SET TARGET OUT.json\n');
  process.exitCode = 2;
} else {
  const spec = abiSet(process.cwd(), set as SetName);
  const dumps: Record<string, unknown> = {};
  const read = new Set<string>();
  for (const unit of spec.units) if (!unit.skipReason) dumps[unit.name] = await safeDump(unit, target, read);
  writeFileSync(out, JSON.stringify({ dumps, read: [...read] }));
}
