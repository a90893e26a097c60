import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { computeLayout } from '../../../generator/layout/compute.ts';
import { TARGET_NAMES, TARGETS } from '../../../generator/layout/targets.ts';
import { CASES } from './cases.ts';
import { COMPILERS, compilerAvailable } from './compilers.ts';
import { IrBuilder } from './ir-builder.ts';
import { namedRecords, observeLayouts, ourView } from './probe.ts';

for (const target of TARGET_NAMES) {
  const compiler = COMPILERS[target].join(' ');
  const available = compilerAvailable(target);
  describe(`layout on ${target} matches ${compiler}`, () => {
    if (!available) {
      it.skip(`SKIPPED: ${compiler} is not installed, so ${target} layouts are unchecked`, () => {});
      return;
    }
    for (const c of CASES) {
      if (c.only && !c.only.includes(target)) continue;
      it(`${c.name}`, async () => {
        const b = new IrBuilder();
        c.build(b);
        const sink = new DiagnosticSink();
        const table = computeLayout(b.build(), TARGETS[target], sink);
        expect(sink.items).toEqual([]);
        const records = namedRecords(table);
        const truth = await observeLayouts(target, b.toC(), records);
        for (const r of records) expect({ id: r.id, ...ourView(r) }).toEqual({ id: r.id, ...truth.get(r.id) });
      });
    }
  });
}
