// The comparison turns every disagreement into a mismatch with both values, and nothing into silence.

import { describe, expect, it } from 'vitest';
import type { LayoutDump } from '../../generator/dump/types.ts';
import { compareUnit } from './harness/compare.ts';
import type { SetTruth } from './harness/truth.ts';

// Numbers are gcc's x86_64 answers for `struct p { int a; unsigned b : 3; long c; }` and `#define N (-1)`.
const truth: SetTruth = {
  set: 's',
  target: 'x86_64',
  units: { u: { gccRecords: ['struct p', 'struct q'], rejected: { TEXT: 'not an integer constant expression for the compiler', 'struct p:ghost': "'struct p' has no member named 'ghost'" } } },
  records: { 'struct p': { size: 16, align: 8, fields: { a: { o: 0, s: 4, a: 4 }, b: { bo: 32, bw: 3 }, c: { o: 8, s: 8, a: 8 } } } },
  constants: { N: '-1' },
};

function dump(patch: (d: LayoutDump) => void): LayoutDump {
  const d: LayoutDump = {
    target: 'x86_64',
    records: {
      'struct p': {
        kind: 'struct',
        size: 16,
        align: 8,
        fields: [
          { path: 'a', offset: 0, size: 4 },
          { path: 'b', offset: 4, size: 4, bitOffset: 32, bitWidth: 3 },
          { path: 'c', offset: 8, size: 8 },
        ],
      },
      'struct q': { kind: 'struct', size: 0, align: 1, fields: [] },
    },
    constants: { N: '-1' },
    skipped: { TEXT: 'a string literal' },
    diagnostics: [],
  };
  patch(d);
  return d;
}

const kinds = (d: LayoutDump) => compareUnit('u', d, truth).mismatches.map((m) => `${m.kind} ${m.item} ${m.generator}/${m.compiler}`);

describe('comparing a dump with the compilers', () => {
  const truthQ = { ...truth, records: { ...truth.records, 'struct q': { size: 0, align: 1, fields: {} } } };
  it('finds nothing when every number agrees, and counts what it compared', () => {
    const r = compareUnit('u', dump(() => {}), truthQ);
    expect([r.mismatches, r.counts]).toEqual([[], { records: 2, fields: 2, bitfields: 1, constants: 1, agreedSkips: 1 }]);
  });
  it('reports a wrong offset with both values', () => {
    expect(kinds(dump((d) => (d.records['struct p'].fields[2].offset = 12)))).toContain('field-offset struct p:c 12/8');
  });
  it('reports a wrong bit position', () => {
    expect(kinds(dump((d) => (d.records['struct p'].fields[1].bitOffset = 35)))).toContain('bit-offset struct p:b 35/32');
  });
  it('reports a record the compiler defines but the dump lacks', () => {
    expect(kinds(dump((d) => delete d.records['struct q']))).toContain('record-missing struct q absent/defined');
  });
  it('reports a field the dump invents with the compiler\'s reason', () => {
    const k = kinds(dump((d) => d.records['struct p'].fields.push({ path: 'ghost', offset: 0, size: 1 })));
    expect(k).toContain("rejected-by-compiler struct p:ghost offset 0/'struct p' has no member named 'ghost'");
  });
  it('reports a macro the generator skipped that the compiler evaluates', () => {
    const k = kinds(dump((d) => {
      delete d.constants.N;
      d.skipped.N = 'not understood';
    }));
    expect(k).toContain('constant-skipped N skipped: not understood/-1');
  });
  it('reports a name missing from the fixture as stale truth', () => {
    expect(kinds(dump((d) => (d.constants.NEW = '1')))).toContain('not-in-truth NEW 1/not in the truth fixture: run `npm run abi:refresh`');
  });
});
