// The generator's dump against the compilers' answers, field by field. Everything the dump says is either
// compared, or is a mismatch, or is listed as not probed with the reason: nothing is dropped silently.

import type { LayoutDump } from '../../../generator/dump/types.ts';
import { constantOf, fieldKey, recordOf, rejectedOf, type SetTruth } from './truth.ts';

export type MismatchKind =
  | 'record-size'
  | 'record-align'
  | 'field-offset'
  | 'field-size'
  | 'field-align'
  | 'field-kind'
  | 'bit-offset'
  | 'bit-width'
  | 'field-missing'
  | 'record-missing'
  | 'macro-missing'
  | 'constant-value'
  | 'constant-skipped'
  | 'rejected-by-compiler'
  | 'not-in-truth'
  | 'unit-uncompilable'
  | 'generator-error';

export interface Mismatch {
  kind: MismatchKind;
  /** `struct x`, `struct x:a.b`, `CONST`, or the unit. */
  item: string;
  generator: string;
  compiler: string;
}

export interface Counts {
  records: number;
  fields: number;
  bitfields: number;
  constants: number;
  /** Macros both the generator and the compiler decline as integer constants. */
  agreedSkips: number;
}

export interface UnitComparison {
  unit: string;
  counts: Counts;
  mismatches: Mismatch[];
  notProbed: { item: string; reason: string }[];
}

export function emptyCounts(): Counts {
  return { records: 0, fields: 0, bitfields: 0, constants: 0, agreedSkips: 0 };
}

const STALE = 'not in the truth fixture: run `npm run abi:refresh`';

export function compareUnit(unit: string, dump: LayoutDump, truth: SetTruth): UnitComparison {
  const out: UnitComparison = { unit, counts: emptyCounts(), mismatches: [], notProbed: [] };
  const ut = truth.units[unit];
  const bad = (kind: MismatchKind, item: string, generator: unknown, compiler: unknown) =>
    out.mismatches.push({ kind, item, generator: String(generator), compiler: String(compiler) });
  const genErrors = dump.diagnostics.filter((d) => d.severity === 'error');
  // Both refuse the unit: agreed, listed with the compiler's reason and the generator's first error.
  if (ut?.fatal !== undefined && genErrors.length > 0) {
    const g = genErrors[0];
    out.notProbed.push({ item: unit, reason: `${ut.fatal} (generator too: ${g.code}: ${g.message})` });
    return out;
  }
  for (const d of genErrors) bad('generator-error', `${d.file ?? unit}:${d.line ?? 0}`, `${d.code}: ${d.message}`, 'no error expected');
  if (!ut) {
    bad('not-in-truth', unit, 'unit exists', STALE);
    return out;
  }
  if (ut.fatal !== undefined) {
    bad('unit-uncompilable', unit, 'accepted without errors', ut.fatal);
    return out;
  }
  compareRecords(unit, dump, truth, out, bad);
  compareConstants(unit, dump, truth, out, bad);
  return out;
}

type Bad = (kind: MismatchKind, item: string, generator: unknown, compiler: unknown) => void;

function compareRecords(unit: string, dump: LayoutDump, truth: SetTruth, out: UnitComparison, bad: Bad): void {
  const ut = truth.units[unit];
  for (const name of Object.keys(dump.records).sort()) {
    const g = dump.records[name];
    const t = recordOf(truth, unit, name);
    if (!t) {
      const why = rejectedOf(truth, unit, name);
      bad(why ? 'rejected-by-compiler' : 'not-in-truth', name, `${g.kind} of size ${g.size}`, why ?? STALE);
      continue;
    }
    out.counts.records++;
    if (g.size !== t.size) bad('record-size', name, g.size, t.size);
    if (g.align !== t.align) bad('record-align', name, g.align, t.align);
    const seen = new Set<string>();
    for (const f of g.fields) {
      const key = fieldKey(name, f.path);
      seen.add(f.path);
      const tf = t.fields[f.path];
      if (!tf) {
        const why = rejectedOf(truth, unit, key);
        bad(why ? 'rejected-by-compiler' : 'not-in-truth', key, `offset ${f.offset}`, why ?? STALE);
        continue;
      }
      if (f.bitWidth !== undefined) {
        if (tf.bw === undefined) {
          bad('field-kind', key, `bitfield ${f.bitOffset}:${f.bitWidth}`, `ordinary member at offset ${tf.o}`);
          continue;
        }
        out.counts.bitfields++;
        if (f.bitOffset !== tf.bo) bad('bit-offset', key, f.bitOffset, tf.bo);
        if (f.bitWidth !== tf.bw) bad('bit-width', key, f.bitWidth, tf.bw);
        // The dump promises offset = floor(bitOffset / 8); the compiler's bit position decides it.
        if (f.offset !== Math.floor(tf.bo! / 8)) bad('field-offset', key, f.offset, Math.floor(tf.bo! / 8));
      } else {
        if (tf.o === undefined) {
          bad('field-kind', key, `ordinary member at offset ${f.offset}`, `bitfield ${tf.bo}:${tf.bw}`);
          continue;
        }
        out.counts.fields++;
        if (f.offset !== tf.o) bad('field-offset', key, f.offset, tf.o);
        if (f.size !== tf.s) bad('field-size', key, f.size, tf.s);
        // The dump's FieldDump has no align today; compared as soon as the generator emits one.
        const align = (f as { align?: number }).align;
        if (align !== undefined && tf.a !== undefined && align !== tf.a) bad('field-align', key, align, tf.a);
      }
    }
    for (const p of Object.keys(t.fields)) if (!seen.has(p)) bad('field-missing', fieldKey(name, p), 'absent', JSON.stringify(t.fields[p]));
  }
  for (const name of ut.gccRecords) if (!dump.records[name]) bad('record-missing', name, 'absent', 'defined');
}

function compareConstants(unit: string, dump: LayoutDump, truth: SetTruth, out: UnitComparison, bad: Bad): void {
  const ut = truth.units[unit];
  for (const name of Object.keys(dump.constants).sort()) {
    const t = constantOf(truth, unit, name);
    if (t === undefined) {
      const why = rejectedOf(truth, unit, name);
      bad(why ? 'rejected-by-compiler' : 'not-in-truth', name, dump.constants[name], why ?? STALE);
      continue;
    }
    out.counts.constants++;
    if (t !== dump.constants[name]) bad('constant-value', name, dump.constants[name], t);
  }
  for (const name of ut.gccMacros ?? [])
    if (dump.constants[name] === undefined && dump.skipped[name] === undefined) bad('macro-missing', name, 'not defined', 'defined');
  for (const name of Object.keys(dump.skipped).sort()) {
    const t = constantOf(truth, unit, name);
    if (t !== undefined) bad('constant-skipped', name, `skipped: ${dump.skipped[name]}`, t);
    else if (rejectedOf(truth, unit, name) !== undefined) out.counts.agreedSkips++;
    else bad('not-in-truth', name, `skipped: ${dump.skipped[name]}`, STALE);
  }
}
