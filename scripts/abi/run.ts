// Shared by abi:refresh and abi:live: ask the compilers for every (set, target), targets in parallel.

import { abiSet, type SetName } from '../../test/abi/harness/sets.ts';
import { compareSet, computeTruth, writeTruth, type SetComparison } from '../../test/abi/harness/run-set.ts';
import { formatComparison, totals } from '../../test/abi/harness/report.ts';
import { missingCompilers } from '../../test/abi/harness/toolchains.ts';
import { serializeTruth } from '../../test/abi/harness/truth.ts';
import type { TargetName } from '../../generator/layout/targets.ts';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';

/** Runs the jobs with at most `width` at a time, results in job order. */
async function pool<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, lane));
  return out;
}

export async function runAbi(mode: 'refresh' | 'live', root: string, sets: SetName[], targets: TargetName[]): Promise<number> {
  const missing = missingCompilers(targets);
  if (missing.length) {
    process.stderr.write(`abi:${mode} needs the real compilers; missing:\n${missing.map((m) => `  ${m}\n`).join('')}`);
    return 2;
  }
  const started = Date.now();
  const jobs: (() => Promise<SetComparison>)[] = [];
  for (const setName of sets) {
    const spec = abiSet(root, setName);
    if (spec.units.length === 0) {
      process.stdout.write(`${setName}: no units (nothing to probe yet)\n`);
      continue;
    }
    for (const target of targets.filter((t) => !spec.targets || spec.targets.includes(t)))
      jobs.push(async () => {
        const { truth, dumps } = await computeTruth(root, spec, target);
        if (mode === 'refresh') process.stdout.write(`wrote ${relative(root, writeTruth(root, truth, serializeTruth))}\n`);
        return compareSet(spec, target, truth, dumps);
      });
  }
  const results = await pool(jobs, Math.max(2, Math.min(6, availableParallelism() + 2)));
  let mismatches = 0;
  for (const r of results) {
    process.stdout.write(formatComparison(r, mode === 'live' ? Infinity : 40));
    mismatches += totals(r).mismatches;
  }
  process.stdout.write(`abi:${mode}: ${results.length} (set, target) pairs, ${mismatches} mismatch(es), ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  // A refresh records the compilers' answers whatever the generator says; only the live run judges.
  return mode === 'live' && mismatches > 0 ? 1 : 0;
}
