// The whole front end on random C records (random-c-records.ts) against the five compilers: `_Alignas`,
// `#pragma pack`, under- and over-aligned typedefs in arrays and bitfields, packed inside aligned, unions of
// bitfields, packed enums, bare `aligned`, `_Bool` bitfields, `long long` on i386. Offsets come from the
// compilers' assembly (probe.ts), not DWARF.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLayoutDump } from '../../../generator/commands/layout.ts';
import type { RecordLayout } from '../../../generator/layout/types.ts';
import { TARGET_NAMES } from '../../../generator/layout/targets.ts';
import { memorySourceFs } from '../../../generator/source/source-fs.ts';
import { COMPILERS, compilerAvailable } from './compilers.ts';
import { describeDifference, observeLayouts, ourView } from './probe.ts';
import { randomCRecord, randomCRecordsText } from './random-c-records.ts';

// A fixed seed keeps CI reproducible; LAYOUT_C_SEED=<n> explores other batches.
const SEED = Number(process.env.LAYOUT_C_SEED ?? 20261204);
const COUNT = Number(process.env.LAYOUT_C_COUNT ?? 200);

describe(`${COUNT} random C records through the front end (seed ${SEED})`, () => {
  const text = randomCRecordsText(fc.sample(randomCRecord, { seed: SEED, numRuns: COUNT }));
  for (const target of TARGET_NAMES) {
    const compiler = COMPILERS[target].join(' ');
    if (!compilerAvailable(target)) {
      it.skip(`SKIPPED: ${compiler} is not installed, so random C records on ${target} are unchecked`, () => {});
      continue;
    }
    it(`lay out exactly as ${compiler} does on ${target}`, async () => {
      const { dump } = buildLayoutDump({ headers: ['rand.h'], target, includeDirs: [], defines: [], undefines: [], nostdinc: true }, memorySourceFs({ 'rand.h': text }));
      expect(dump.diagnostics.filter((d) => d.severity !== 'note')).toEqual([]);
      const records: RecordLayout[] = Object.entries(dump.records).map(([id, r]) => ({
        id,
        kind: r.kind,
        size: r.size,
        align: r.align,
        fields: r.fields.map((f) => ({ path: f.path, offset: f.offset, size: f.size, align: f.align ?? 1, ...(f.bitWidth !== undefined ? { bitOffset: f.bitOffset, bitWidth: f.bitWidth } : {}) })),
      }));
      expect(records.length).toBeGreaterThanOrEqual(COUNT);
      const truth = await observeLayouts(target, text, records);
      const lines = text.split('\n');
      const mismatches = records.flatMap((r) => {
        const diff = describeDifference(ourView(r), truth.get(r.id)!);
        const at = lines.findIndex((l) => l.startsWith(`${r.id} `));
        return diff.length ? [[lines[at - 1]?.startsWith('#pragma') ? lines[at - 1] : '', lines[at], ...diff].join('\n  ')] : [];
      });
      expect(mismatches.slice(0, 5)).toEqual([]);
    });
  }
});
