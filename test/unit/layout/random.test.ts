import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { computeLayout } from '../../../generator/layout/compute.ts';
import { TARGET_NAMES, TARGETS } from '../../../generator/layout/targets.ts';
import { COMPILERS, compilerAvailable } from './compilers.ts';
import { IrBuilder } from './ir-builder.ts';
import { describeDifference, namedRecords, observeLayouts, ourView } from './probe.ts';
import { addRandomRecords, preamble, randomRecord } from './random-records.ts';

// A fixed seed keeps CI reproducible; LAYOUT_SEED=<n> explores other batches.
const SEED = Number(process.env.LAYOUT_SEED ?? 20261127);
const COUNT = Number(process.env.LAYOUT_COUNT ?? 300);

describe(`${COUNT} random records (seed ${SEED})`, () => {
  const b = new IrBuilder();
  preamble(b);
  addRandomRecords(b, fc.sample(randomRecord, { seed: SEED, numRuns: COUNT }));
  const ir = b.build();
  for (const target of TARGET_NAMES) {
    const compiler = COMPILERS[target].join(' ');
    if (!compilerAvailable(target)) {
      it.skip(`SKIPPED: ${compiler} is not installed, so random ${target} layouts are unchecked`, () => {});
      continue;
    }
    it(`lay out exactly as ${compiler} does on ${target}`, async () => {
      const sink = new DiagnosticSink();
      const table = computeLayout(ir, TARGETS[target], sink);
      expect(sink.items).toEqual([]);
      const records = namedRecords(table);
      const truth = await observeLayouts(target, b.toC(), records);
      const source = b.toC().split('\n');
      const mismatches = records.flatMap((r) => {
        const diff = describeDifference(ourView(r), truth.get(r.id)!);
        return diff.length ? [[source.find((l) => l.startsWith(`${r.id} `)), ...diff].join('\n  ')] : [];
      });
      expect(mismatches.slice(0, 5)).toEqual([]);
    });
  }
});
