// Hand-made layouts here are gcc's x86_64 answers for the C shown next to each (checked by the golden case
// test/golden-reports/holes-padding, whose dumps come from the compilers).
import { describe, expect, it } from 'vitest';
import type { RecordDump } from '../../../generator/dump/types.ts';
import { recordHoles } from '../../../generator/reports/holes.ts';

// struct holey { char c; long long q; short s; };
const holey: RecordDump = { kind: 'struct', size: 24, align: 8, fields: [{ path: 'c', offset: 0, size: 1 }, { path: 'q', offset: 8, size: 8 }, { path: 's', offset: 16, size: 2 }] };
// struct flags { unsigned ready:1, mode:3; unsigned char tag; int count; };
const flags: RecordDump = {
  kind: 'struct',
  size: 8,
  align: 4,
  fields: [
    { path: 'ready', offset: 0, size: 4, bitOffset: 0, bitWidth: 1 },
    { path: 'mode', offset: 0, size: 4, bitOffset: 1, bitWidth: 3 },
    { path: 'tag', offset: 1, size: 1 },
    { path: 'count', offset: 4, size: 4 },
  ],
};
// union u { char c; int i; short s[3]; };  size 8 (aligned to int), the largest member s ends at 6.
const u: RecordDump = { kind: 'union', size: 8, align: 4, fields: [{ path: 'c', offset: 0, size: 1 }, { path: 'i', offset: 0, size: 4 }, { path: 's', offset: 0, size: 6 }] };

describe('holes', () => {
  it('finds the hole after a small member with its byte range', () => {
    expect(recordHoles('struct holey', holey).gaps[0]).toEqual({ kind: 'hole', start: 1, end: 8, after: 'c' });
  });
  it('calls the unused bytes after the last member tail padding', () => {
    expect(recordHoles('struct holey', holey).gaps[1]).toEqual({ kind: 'tail', start: 18, end: 24, after: 's' });
  });
  it('saves what ordering by alignment saves', () => {
    expect([recordHoles('struct holey', holey).reorderedSize, recordHoles('struct holey', holey).saving]).toEqual([16, 8]);
  });
  it('reports unused bits in a byte that bitfields share as a bit hole', () => {
    expect(recordHoles('struct flags', flags).gaps.filter((g) => g.kind === 'bits')).toEqual([{ kind: 'bits', startBit: 4, endBit: 8, after: 'mode' }]);
  });
  it('gives a union only tail padding past its largest member', () => {
    expect(recordHoles('union u', u).gaps).toEqual([{ kind: 'tail', start: 6, end: 8, after: 's' }]);
  });
  it('finds nothing in a record without padding', () => {
    const tight: RecordDump = { kind: 'struct', size: 8, align: 4, fields: [{ path: 'a', offset: 0, size: 4 }, { path: 'b', offset: 4, size: 4 }] };
    expect([recordHoles('struct t', tight).gaps, recordHoles('struct t', tight).saving]).toEqual([[], 0]);
  });
});
