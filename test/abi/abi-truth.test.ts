// The generator against the committed compiler answers: one test per (set, target) fixture, no compiler needed.
// A failure lists every mismatch with both values; refresh the fixtures only with `npm run abi:refresh`.
// Each fixture records the system headers it was computed from: when the installed ones differ (a Debian point
// release), the committed answers say nothing about today's headers, so the live compilers judge instead, and
// without them the test is skipped with the packages that changed.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTargetName } from '../../generator/layout/targets.ts';
import { headerDrift } from './harness/provenance.ts';
import { formatComparison, totals } from './harness/report.ts';
import { compareSet, computeTruth, loadTruth } from './harness/run-set.ts';
import { abiSet, SET_NAMES, type SetName } from './harness/sets.ts';
import { missingCompilers } from './harness/toolchains.ts';

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
    it(`${set} on ${target}: every record, field, bitfield and constant equals the compiler`, { timeout: 300_000 }, async (ctx) => {
      if (!isTargetName(target)) throw new Error(target);
      const truth = loadTruth(root, set, target)!;
      const spec = abiSet(root, set);
      // A set whose inputs are not on this machine (the kernel headers package) is skipped with its reason.
      const absent = spec.units.filter((u) => u.skipReason !== undefined && u.cflags !== undefined);
      if (absent.length > 0 && absent.length === spec.units.length) {
        const why = `${set}/${target}: ${absent.map((u) => u.skipReason).join('; ')}`;
        process.stderr.write(`skipped: ${why}\n`);
        ctx.skip(why);
      }
      const read = new Set<string>();
      const result = await compareSet(spec, target, truth, undefined, read);
      const drift = headerDrift(root, truth.provenance, read);
      if (drift === undefined) {
        // The failure message: the counts and every mismatch with both values (not-probed items are in abi:live).
        expect(totals(result).mismatches, formatComparison(result, Infinity, false)).toBe(0);
        return;
      }
      const missing = missingCompilers([target]);
      if (missing.length > 0) {
        const why = `${set}/${target}: ${drift}; the committed truth cannot judge these headers and ${missing.join('; ')}`;
        process.stderr.write(`skipped: ${why}\n`);
        ctx.skip(why);
      }
      const live = await computeTruth(root, spec, target);
      const liveResult = await compareSet(spec, target, live.truth, live.dumps);
      expect(totals(liveResult).mismatches, `${drift}; compared with the live compilers:\n${formatComparison(liveResult, Infinity, false)}`).toBe(0);
    });
  }
});
