// Asks a real compiler for the layout of the records computeLayout described, member by member, so a test
// compares two independent answers. Offsets/sizes/alignments come from `__builtin_offsetof`/`sizeof`/
// `__alignof__` in an `int[]`; a bitfield's position from an object with only that bitfield set to all ones.

import type { TargetName } from '../../../generator/layout/targets.ts';
import type { LayoutTable, RecordLayout } from '../../../generator/layout/types.ts';
import { compileToAsm, readDataObjects, readInts, setBits } from './compilers.ts';

export interface ObservedField {
  path: string;
  offset: number;
  /** Absent for zero-sized members (flexible arrays have no `sizeof`). */
  size?: number;
  align?: number;
  bitOffset?: number;
  bitWidth?: number;
}

export interface ObservedRecord {
  size: number;
  align: number;
  fields: ObservedField[];
}

/** Named records only: anonymous ones have no C spelling and are checked through their parent. */
export function namedRecords(table: LayoutTable): RecordLayout[] {
  return [...table.records.values()].filter((r) => !r.id.includes('::'));
}

/** What computeLayout says, in the shape the compiler can confirm. */
export function ourView(layout: RecordLayout): ObservedRecord {
  return {
    size: layout.size,
    align: layout.align,
    fields: layout.fields.map((f) =>
      f.bitWidth !== undefined
        ? { path: f.path, offset: f.offset, bitOffset: f.bitOffset, bitWidth: f.bitWidth }
        : { path: f.path, offset: f.offset, ...(f.size > 0 ? { size: f.size, align: f.align } : {}) },
    ),
  };
}

/** C lines that make the compiler emit the layout facts of `records` under symbols starting with `prefix`. */
function probeLines(records: RecordLayout[], prefix: string): string[] {
  const lines: string[] = [];
  records.forEach((r, i) => {
    const T = r.id;
    const items = [`sizeof(${T})`, `_Alignof(${T})`];
    for (const f of r.fields) {
      if (f.bitWidth !== undefined) continue;
      items.push(`__builtin_offsetof(${T}, ${f.path})`);
      if (f.size > 0) items.push(`sizeof(((${T} *)0)->${f.path})`, `__alignof__(((${T} *)0)->${f.path})`);
    }
    lines.push(`int ${prefix}${i}[] = { ${items.join(', ')} };`);
    r.fields.forEach((f, j) => {
      if (f.bitWidth !== undefined) lines.push(`${T} ${prefix}${i}_bf${j} = { .${f.path} = -1 };`);
    });
  });
  return lines;
}

function readObserved(objects: Map<string, Uint8Array>, records: RecordLayout[], prefix: string): Map<string, ObservedRecord> {
  const out = new Map<string, ObservedRecord>();
  records.forEach((r, i) => {
    const ints = readInts(objects, `${prefix}${i}`);
    let k = 2;
    const fields = r.fields.map((f, j): ObservedField => {
      if (f.bitWidth !== undefined) {
        const bytes = objects.get(`${prefix}${i}_bf${j}`);
        if (!bytes) throw new Error(`no data for ${r.id}.${f.path}`);
        const { bitOffset, bitWidth } = setBits(bytes);
        return { path: f.path, offset: Math.floor(bitOffset / 8), bitOffset, bitWidth };
      }
      const offset = ints[k++]!;
      if (f.size === 0) return { path: f.path, offset };
      const size = ints[k++]!;
      const align = ints[k++]!;
      return { path: f.path, offset, size, align };
    });
    out.set(r.id, { size: ints[0]!, align: ints[1]!, fields });
  });
  return out;
}

/** Compile the declarations plus probes for `records` with the target's compiler and read back its answers. */
export async function observeLayouts(
  target: TargetName,
  decls: string,
  records: RecordLayout[],
  compilerArgs: string[] = [],
): Promise<Map<string, ObservedRecord>> {
  const source = [decls, ...probeLines(records, 'probe_')].join('\n') + '\n';
  const objects = readDataObjects(await compileToAsm(target, source, compilerArgs), target);
  return readObserved(objects, records, 'probe_');
}

export interface ProbePart {
  decls: string;
  records: RecordLayout[];
  /** File-scope names of the part (tags, typedefs, enumerators), renamed by macros so parts can share a file. */
  names: string[];
}

/** Like observeLayouts for many independent declaration sets in one compiler run (one run per target is far faster). */
export async function observeBatch(target: TargetName, parts: ProbePart[]): Promise<Map<string, ObservedRecord>[]> {
  const lines: string[] = [];
  parts.forEach((p, k) => {
    lines.push(...p.names.map((n) => `#define ${n} part${k}_${n}`), p.decls, ...probeLines(p.records, `probe${k}_`));
    lines.push(...p.names.map((n) => `#undef ${n}`));
  });
  const objects = readDataObjects(await compileToAsm(target, lines.join('\n') + '\n'), target);
  return parts.map((p, k) => readObserved(objects, p.records, `probe${k}_`));
}

/** Human-readable differences between our answer and the compiler's, empty when they agree. */
export function describeDifference(ours: ObservedRecord, truth: ObservedRecord): string[] {
  const out: string[] = [];
  if (ours.size !== truth.size) out.push(`size: ours ${ours.size}, compiler ${truth.size}`);
  if (ours.align !== truth.align) out.push(`align: ours ${ours.align}, compiler ${truth.align}`);
  ours.fields.forEach((f, i) => {
    const t = truth.fields[i];
    if (JSON.stringify(f) !== JSON.stringify(t)) out.push(`${f.path}: ours ${JSON.stringify(f)}, compiler ${JSON.stringify(t)}`);
  });
  return out;
}
