// The holes report over the compilers' own layouts (the committed ABI truth): for every record whose top-level
// members neither overlap nor are bitfields, holes + tail padding = size − the members' sizes, and reordering
// never grows a record nor shrinks it below the members' total.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordDump } from '../../../generator/dump/types.ts';
import { recordHoles } from '../../../generator/reports/holes.ts';
import type { SetTruth, TruthRecord } from '../../abi/harness/truth.ts';

const truthRoot = join(process.cwd(), 'test/abi/truth');

function toRecord(t: TruthRecord): RecordDump {
  return {
    kind: 'struct',
    size: t.size,
    align: t.align,
    fields: Object.entries(t.fields).map(([path, f]) =>
      f.bw !== undefined
        ? { path, offset: Math.floor(f.bo! / 8), size: 0, bitOffset: f.bo, bitWidth: f.bw }
        : Object.assign({ path, offset: f.o!, size: f.s! }, f.a === undefined ? {} : { align: f.a }),
    ),
  };
}

function simple(r: RecordDump): boolean {
  const top = r.fields.filter((f) => !f.path.includes('.'));
  if (top.length === 0 || top.some((f) => f.bitWidth !== undefined)) return false;
  const sorted = [...top].sort((a, b) => a.offset - b.offset);
  return sorted.every((f, i) => i === 0 || sorted[i - 1].offset + sorted[i - 1].size <= f.offset);
}

const files = existsSync(truthRoot)
  ? readdirSync(truthRoot).flatMap((s) => readdirSync(join(truthRoot, s)).map((f) => join(truthRoot, s, f)))
  : [];

describe('holes against the compilers\' layouts', () => {
  for (const file of files) {
    const truth = JSON.parse(readFileSync(file, 'utf8')) as SetTruth;
    const structs = Object.entries(truth.records).filter(([n]) => n.startsWith('struct '));
    it(`${truth.set} / ${truth.target}: padding adds up and reordering stays within bounds`, () => {
      let checked = 0;
      for (const [name, t] of structs) {
        const r = toRecord(t);
        if (!simple(r)) continue;
        const h = recordHoles(name, r);
        const members = r.fields.filter((f) => !f.path.includes('.')).reduce((a, f) => a + f.size, 0);
        expect(h.holeBytes + h.tailBytes, name).toBe(r.size - members);
        expect(h.reorderedSize, name).toBeLessThanOrEqual(r.size);
        expect(h.reorderedSize, name).toBeGreaterThanOrEqual(members);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
