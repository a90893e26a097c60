// `tsbindgen abi-diff`: records whose layout differs between two targets, field by field. For uapi records these
// are the structs that need a compat ioctl path, so a uapi difference in size or offsets fails the command (a lint).

import type { FieldDump, LayoutDump, RecordDump } from '../dump/types.ts';
import { isUapiHeader } from './uapi.ts';

export interface FieldChange {
  path: string;
  /** undefined when the field exists on one target only. */
  a?: FieldDump;
  b?: FieldDump;
}

export interface RecordChange {
  name: string;
  header?: string;
  uapi: boolean;
  /** Sizes and every field agree; only the record's alignment differs (matters only where it is embedded). */
  alignOnly: boolean;
  a: RecordDump;
  b: RecordDump;
  fields: FieldChange[];
}

export interface AbiDiffReport {
  targets: [string, string];
  compared: number;
  differing: RecordChange[];
  /** Records defined for one target only (e.g. behind an architecture #ifdef). */
  onlyInA: string[];
  onlyInB: string[];
}

export interface AbiDiffOptions {
  isUapi?: (header: string | undefined) => boolean;
}

function sameField(x: FieldDump, y: FieldDump): boolean {
  return x.offset === y.offset && x.size === y.size && x.bitOffset === y.bitOffset && x.bitWidth === y.bitWidth;
}

function fieldChanges(a: RecordDump, b: RecordDump): FieldChange[] {
  const bByPath = new Map(b.fields.map((f) => [f.path, f]));
  const out: FieldChange[] = [];
  for (const fa of a.fields) {
    const fb = bByPath.get(fa.path);
    bByPath.delete(fa.path);
    if (!fb || !sameField(fa, fb)) out.push({ path: fa.path, a: fa, b: fb });
  }
  for (const fb of bByPath.values()) out.push({ path: fb.path, b: fb });
  return out;
}

export function abiDiff(a: LayoutDump, b: LayoutDump, opts: AbiDiffOptions = {}): AbiDiffReport {
  const isUapi = opts.isUapi ?? isUapiHeader;
  const report: AbiDiffReport = { targets: [a.target, b.target], compared: 0, differing: [], onlyInA: [], onlyInB: [] };
  for (const name of Object.keys(a.records).sort()) {
    const ra = a.records[name];
    const rb = b.records[name];
    if (!rb) {
      report.onlyInA.push(name);
      continue;
    }
    report.compared++;
    const fields = fieldChanges(ra, rb);
    if (ra.size !== rb.size || ra.align !== rb.align || fields.length > 0) {
      const header = ra.header ?? rb.header;
      const alignOnly = ra.size === rb.size && fields.length === 0;
      report.differing.push({ name, header, uapi: isUapi(header), alignOnly, a: ra, b: rb, fields });
    }
  }
  report.onlyInB = Object.keys(b.records)
    .filter((n) => !a.records[n])
    .sort();
  return report;
}

function describeField(f: FieldDump | undefined): string {
  if (!f) return '(absent)';
  if (f.bitWidth !== undefined) return `bit ${f.bitOffset}:${f.bitWidth}`;
  return `@${f.offset} size ${f.size}`;
}

function table(rows: string[][], indent: string): string[] {
  const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
  return rows.map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd());
}

export function formatAbiDiff(r: AbiDiffReport): string {
  const [ta, tb] = r.targets;
  const uapi = r.differing.filter((d) => d.uapi && !d.alignOnly).length;
  const alignOnly = r.differing.filter((d) => d.alignOnly).length;
  const lines = [
    `abi-diff ${ta} vs ${tb}: ${r.compared} records compared, ${r.differing.length} differ ` +
      `(${uapi} uapi in size or offsets, ${alignOnly} in alignment only)`,
  ];
  for (const d of r.differing) {
    lines.push('');
    const tag = !d.uapi ? '' : d.alignOnly ? '  [uapi: alignment only]' : '  [uapi: needs a compat path]';
    lines.push(`${d.name}${tag}${d.header ? `  (${d.header})` : ''}`);
    // Record rows are spelled as C operators so a member called `size` cannot be mistaken for them.
    const rows: string[][] = [['', ta, tb]];
    if (d.a.size !== d.b.size) rows.push(['sizeof', String(d.a.size), String(d.b.size)]);
    if (d.a.align !== d.b.align) rows.push(['alignof', String(d.a.align), String(d.b.align)]);
    for (const f of d.fields) rows.push([`.${f.path}`, describeField(f.a), describeField(f.b)]);
    for (const l of table(rows, '  ')) lines.push(l);
  }
  if (r.onlyInA.length) lines.push('', `only on ${ta}: ${r.onlyInA.join(', ')}`);
  if (r.onlyInB.length) lines.push('', `only on ${tb}: ${r.onlyInB.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** Exit status of the lint: 1 when a uapi record differs in size or in a field (alignment alone is reported only). */
export function abiDiffExitCode(r: AbiDiffReport): number {
  return r.differing.some((d) => d.uapi && !d.alignOnly) ? 1 : 0;
}
