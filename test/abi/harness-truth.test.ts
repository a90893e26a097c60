// Answers shared by a set's units are stored once; a unit that saw something else keeps its own answer.

import { describe, expect, it } from 'vitest';
import type { UnitAnswers } from './harness/probe-unit.ts';
import { mergeUnits } from './harness/run-set.ts';
import { constantOf, recordOf, rejectedOf, type SetTruth } from './harness/truth.ts';

function answers(constants: Record<string, string>, rejected: Record<string, string> = {}): UnitAnswers {
  return { unit: { gccRecords: [], rejected }, records: { 'struct s': { size: 4, align: 4, fields: {} } }, constants };
}

describe('merging the units of a set', () => {
  const truth: SetTruth = { set: 's', target: 'x86_64', units: {}, records: {}, constants: {} };
  mergeUnits(
    truth,
    new Map([
      ['a.h', answers({ X: '1' })],
      ['b.h', answers({ X: '1' })],
      ['c.h', answers({ X: '2' })],
      ['d.h', answers({}, { X: "'X' undeclared" })],
    ]),
  );
  it('stores the most common answer once at set level', () => {
    expect([truth.constants.X, truth.units['a.h'].constants, truth.records['struct s'].size]).toEqual(['1', undefined, 4]);
  });
  it('keeps a different value as the unit\'s own', () => {
    expect(constantOf(truth, 'c.h', 'X')).toBe('2');
  });
  it('keeps a unit\'s rejection ahead of the set\'s value', () => {
    expect([constantOf(truth, 'd.h', 'X'), rejectedOf(truth, 'd.h', 'X')]).toEqual([undefined, "'X' undeclared"]);
  });
  it('answers records for every unit from the shared copy', () => {
    expect(recordOf(truth, 'b.h', 'struct s')).toEqual({ size: 4, align: 4, fields: {} });
  });
});
