// The generator against the committed compiler answers: one test per (set, target) fixture, no compiler needed.
// A failure lists every mismatch with both values; refresh the fixtures only with `npm run abi:refresh`.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTargetName } from '../../generator/layout/targets.ts';
import { formatComparison, totals } from './harness/report.ts';
import { compareSet, loadTruth } from './harness/run-set.ts';
import { abiSet, SET_NAMES, type SetName } from './harness/sets.ts';

const root = process.cwd();
const truthRoot = join(root, 'test/abi/truth');

function fixtures(): [SetName, string][] {
  if (!existsSync(truthRoot)) return [];
  const out: [SetName, string][] = [];
  for (const set of readdirSync(truthRoot).sort()) {
    if (!(SET_NAMES as readonly string[]).includes(set)) continue;
    for (const f of readdirSync(join(truthRoot, set)).sort()) {
      const target = f.replace(/\.json$/, '');
      if (f.endsWith('.json') && isTargetName(target)) out.push([set as SetName, target]);
    }
  }
  return out;
}

describe('generator layouts and constants equal the compilers (committed truth)', () => {
  const all = fixtures();
  it('has truth fixtures to compare against', () => {
    expect(all.length).toBeGreaterThan(0);
  });
  for (const [set, target] of all) {
    it(`${set} on ${target}: every record, field, bitfield and constant equals the compiler`, async () => {
      if (!isTargetName(target)) throw new Error(target);
      const truth = loadTruth(root, set, target)!;
      const result = await compareSet(abiSet(root, set), target, truth);
      // The failure message: the counts and every mismatch with both values (not-probed items are in abi:live).
      const report = formatComparison(result, Infinity, false);
      expect(totals(result).mismatches, report).toBe(0);
    });
  }
});
