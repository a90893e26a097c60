import { beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { computeLayout } from '../../../generator/layout/compute.ts';
import { TARGET_NAMES, TARGETS } from '../../../generator/layout/targets.ts';
import type { LayoutTable } from '../../../generator/layout/types.ts';
import { CASES } from './cases.ts';
import { COMPILERS, compilerAvailable } from './compilers.ts';
import { IrBuilder } from './ir-builder.ts';
import { namedRecords, observeBatch, ourView, type ObservedRecord } from './probe.ts';

for (const target of TARGET_NAMES) {
  const compiler = COMPILERS[target].join(' ');
  describe(`layout on ${target} matches ${compiler}`, () => {
    if (!compilerAvailable(target)) {
      it.skip(`SKIPPED: ${compiler} is not installed, so ${target} layouts are unchecked`, () => {});
      return;
    }
    const cases = CASES.filter((c) => !c.only || c.only.includes(target)).map((c) => {
      const b = new IrBuilder();
      c.build(b);
      const sink = new DiagnosticSink();
      const table: LayoutTable = computeLayout(b.build(), TARGETS[target], sink);
      return { c, b, sink, records: namedRecords(table) };
    });
    // All cases in one compiler run; each case's names are renamed apart by macros.
    let truth: Map<string, ObservedRecord>[] = [];
    beforeAll(async () => {
      truth = await observeBatch(target, cases.map(({ b, records }) => ({ decls: b.toC(), records, names: b.names() })));
    });
    cases.forEach(({ c, sink, records }, k) => {
      it(c.name, () => {
        expect(sink.items).toEqual([]);
        for (const r of records) expect({ id: r.id, ...ourView(r) }).toEqual({ id: r.id, ...truth[k]!.get(r.id) });
      });
    });
  });
}
