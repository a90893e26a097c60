// The committed compiler answers (test/abi/truth/<set>/<target>.json): what gcc/clang said about every name the
// probes asked, shared by all units of a set, and per unit what could not be asked and why.

import type { TruthProvenance } from './provenance.ts';

export interface TruthField {
  /** Byte offset and size, for ordinary members. */
  o?: number;
  s?: number;
  /** The member's alignment inside the record (gcc's __alignof__ of the member: packed and aligned included). */
  a?: number;
  /** Bit offset from the start of the record and width, for bitfields. */
  bo?: number;
  bw?: number;
}

export interface TruthRecord {
  size: number;
  align: number;
  fields: Record<string, TruthField>;
}

export interface UnitTruth {
  /** Every struct/union the compiler saw defined while compiling the unit's headers. */
  gccRecords: string[];
  /** Probe key (`struct x`, `struct x:a.b`, `CONST`) → why the compiler gave no answer. */
  rejected: Record<string, string>;
  /** The unit's headers could not be compiled at all. */
  fatal?: string;
  /** Units that ask for it: every public macro name the compiler defines after the unit's headers. */
  gccMacros?: string[];
  /** Only where this unit's answer differs from the set-wide one (a name defined differently elsewhere). */
  records?: Record<string, TruthRecord>;
  constants?: Record<string, string>;
}

export interface SetTruth {
  set: string;
  target: string;
  units: Record<string, UnitTruth>;
  records: Record<string, TruthRecord>;
  constants: Record<string, string>;
  /** Probe key → the compiler's reason, for keys most units could not answer (a unit that did has an override). */
  rejected?: Record<string, string>;
  /** The system headers (and their packages) the answers were computed from. */
  provenance?: TruthProvenance;
}

export function fieldKey(record: string, path: string): string {
  return `${record}:${path}`;
}

function sortedObject<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}

function provenanceBlock(p: TruthProvenance): string {
  const j = JSON.stringify;
  const pkgs = Object.keys(p.packages).map((k) => `      ${j(k)}: ${j(p.packages[k])}`);
  const pkgText = pkgs.length ? `{\n${pkgs.join(',\n')}\n    }` : '{}';
  return `{\n    "systemHeaders": ${j(p.systemHeaders)}, "files": ${p.files},\n    "packages": ${pkgText}\n  }`;
}

/** Pretty and diff-friendly: one line per field, constant and rejected probe; keys sorted. */
export function serializeTruth(t: SetTruth): string {
  const ind = (n: number) => '  '.repeat(n);
  const j = JSON.stringify;
  const recordBlock = (recs: Record<string, TruthRecord>, depth: number): string => {
    const keys = Object.keys(recs).sort();
    if (keys.length === 0) return '{}';
    const items = keys.map((k) => {
      const r = recs[k];
      const fields = Object.keys(r.fields).map((p) => `${ind(depth + 2)}${j(p)}: ${j(r.fields[p])}`);
      const fieldText = fields.length === 0 ? '{}' : `{\n${fields.join(',\n')}\n${ind(depth + 1)}}`;
      return `${ind(depth)}${j(k)}: {\n${ind(depth + 1)}"size": ${r.size}, "align": ${r.align},\n${ind(depth + 1)}"fields": ${fieldText}\n${ind(depth)}}`;
    });
    return `{\n${items.join(',\n')}\n${ind(depth - 1)}}`;
  };
  const flat = (o: Record<string, string>, depth: number): string => {
    const keys = Object.keys(o).sort();
    if (keys.length === 0) return '{}';
    return `{\n${keys.map((k) => `${ind(depth)}${j(k)}: ${j(o[k])}`).join(',\n')}\n${ind(depth - 1)}}`;
  };
  const units = Object.keys(t.units)
    .sort()
    .map((name) => {
      const u = t.units[name];
      const parts = [`${ind(3)}"gccRecords": ${j(u.gccRecords)}`, `${ind(3)}"rejected": ${flat(sortedObject(u.rejected), 4)}`];
      if (u.fatal !== undefined) parts.push(`${ind(3)}"fatal": ${j(u.fatal)}`);
      if (u.gccMacros) parts.push(`${ind(3)}"gccMacros": ${j(u.gccMacros)}`);
      if (u.records && Object.keys(u.records).length) parts.push(`${ind(3)}"records": ${recordBlock(u.records, 4)}`);
      if (u.constants && Object.keys(u.constants).length) parts.push(`${ind(3)}"constants": ${flat(u.constants, 4)}`);
      return `${ind(2)}${j(name)}: {\n${parts.join(',\n')}\n${ind(2)}}`;
    });
  return [
    '{',
    `  "set": ${j(t.set)},`,
    `  "target": ${j(t.target)},`,
    ...(t.provenance ? [`  "provenance": ${provenanceBlock(t.provenance)},`] : []),
    `  "units": ${units.length ? `{\n${units.join(',\n')}\n  }` : '{}'},`,
    `  "records": ${recordBlock(t.records, 2)},`,
    `  "constants": ${flat(t.constants, 2)},`,
    `  "rejected": ${flat(t.rejected ?? {}, 2)}`,
    '}',
    '',
  ].join('\n');
}

// Lookup order for one unit: its own rejections, its own answers, the set's answers, the set's rejections.

export function recordOf(t: SetTruth, unit: string, name: string): TruthRecord | undefined {
  const u = t.units[unit];
  if (u?.rejected[name] !== undefined) return undefined;
  return u?.records?.[name] ?? t.records[name];
}

export function constantOf(t: SetTruth, unit: string, name: string): string | undefined {
  const u = t.units[unit];
  if (u?.rejected[name] !== undefined) return undefined;
  return u?.constants?.[name] ?? t.constants[name];
}

export function rejectedOf(t: SetTruth, unit: string, key: string): string | undefined {
  return t.units[unit]?.rejected[key] ?? t.rejected?.[key];
}
