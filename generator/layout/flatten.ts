// The flattened member list of a record layout (generator/layout/types.ts RecordLayout.fields).
//
// What it lists, chosen for the `tsbindgen layout` dump ("every named member at every depth"):
// - every named member, in declaration order, with offsets from the start of the outermost record;
// - a named member whose type is a record (directly or through typedefs) appears itself, then its own
//   members under `member.` (`vma_node`, `vma_node.vm_node`, `vma_node.vm_node.start`, …);
// - members of an anonymous struct/union member appear under their own names, as C lets you name them;
// - arrays (of records too) appear once, as the array member: no per-element paths;
// - unnamed bitfields (padding) and zero-width bitfields are not listed.

import type { CType, IrModule } from '../ir/types.ts';
import type { PlacedRecord } from './records.ts';
import type { FieldLayout } from './types.ts';

/** The record a type denotes, looking through typedefs (not through arrays or pointers). */
export function recordIdOf(type: CType, ir: IrModule, depth = 0): string | undefined {
  if (type.kind === 'record') return type.id;
  if (type.kind !== 'named' || depth > 64) return undefined;
  const decl = ir.byId.get(type.name);
  return decl?.kind === 'typedef' ? recordIdOf(decl.type, ir, depth + 1) : undefined;
}

export type PlacedLookup = (recordId: string) => PlacedRecord | undefined;

export function flattenRecord(placed: PlacedRecord, ir: IrModule, lookup: PlacedLookup): FieldLayout[] {
  const out: FieldLayout[] = [];
  appendMembers(placed, '', 0, ir, lookup, out);
  return out;
}

function appendMembers(
  placed: PlacedRecord,
  prefix: string,
  baseBits: number,
  ir: IrModule,
  lookup: PlacedLookup,
  out: FieldLayout[],
): void {
  for (const m of placed.members) {
    const bits = baseBits + m.bitOffset;
    const name = m.field.name;
    if (m.isBitfield) {
      if (name === null || m.field.bitWidth === 0) continue;
      out.push({
        path: prefix + name,
        offset: Math.floor(bits / 8),
        size: m.type.size,
        align: m.align,
        bitOffset: bits,
        bitWidth: m.field.bitWidth,
      });
      continue;
    }
    const nestedId = recordIdOf(m.field.type, ir);
    const nested = nestedId !== undefined ? lookup(nestedId) : undefined;
    if (name === null) {
      if (nested) appendMembers(nested, prefix, bits, ir, lookup, out);
      continue;
    }
    const path = prefix + name;
    out.push({ path, offset: bits / 8, size: m.type.size, align: m.align });
    if (nested) appendMembers(nested, `${path}.`, bits, ir, lookup, out);
  }
}
