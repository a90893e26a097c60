// The counts report: per set and target what was compared, every mismatch with both values, and every item not probed.

import { emptyCounts, type Counts, type Mismatch } from './compare.ts';
import type { SetComparison } from './run-set.ts';

export function totals(c: SetComparison): { counts: Counts; mismatches: number; notProbed: number } {
  const counts = emptyCounts();
  let mismatches = 0;
  let notProbed = 0;
  for (const u of c.units) {
    for (const k of Object.keys(counts) as (keyof Counts)[]) counts[k] += u.counts[k];
    mismatches += u.mismatches.length;
    notProbed += u.notProbed.length;
  }
  return { counts, mismatches, notProbed };
}

export function summaryLine(c: SetComparison): string {
  const t = totals(c);
  const k = t.counts;
  return (
    `${c.set} / ${c.target}: ${c.units.length} unit(s), ${k.records} records, ${k.fields} fields, ${k.bitfields} bitfields, ` +
    `${k.constants} constants compared (${k.agreedSkips} skips agreed); ${t.mismatches} mismatch(es), ${t.notProbed} not probed`
  );
}

export function formatMismatch(unit: string, m: Mismatch): string {
  return `  [${unit}] ${m.kind} ${m.item}: generator ${m.generator} | compiler ${m.compiler}`;
}

export function formatComparison(c: SetComparison, maxLines = Infinity, withNotProbed = true): string {
  const lines = [summaryLine(c)];
  // Mismatches first: they are what a failing test must show.
  const details: string[] = [];
  for (const u of c.units) for (const m of u.mismatches) details.push(formatMismatch(u.unit, m));
  if (withNotProbed) for (const u of c.units) for (const n of u.notProbed) details.push(`  [${u.unit}] not probed ${n.item}: ${n.reason}`);
  lines.push(...details.slice(0, maxLines));
  if (details.length > maxLines) lines.push(`  … ${details.length - maxLines} more`);
  return `${lines.join('\n')}\n`;
}
