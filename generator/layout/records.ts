// Placing the members of one struct or union the way gcc's stor-layout does (place_field, layout_union_field,
// update_alignment_for_field), in bits so bitfields and bytes share one cursor.

import type { Field, RecordDecl } from '../ir/types.ts';
import { clangBitfieldPosition, modeAlignBytes, straddlesUnit } from './bitfields.ts';
import { alignAttrBytes, roundUp } from './scalars.ts';
import type { TargetInfo } from './targets.ts';
import type { TypeLayout } from './type-layout.ts';

export interface PlacedMember {
  field: Field;
  type: TypeLayout;
  /** Bits from the start of the record. */
  bitOffset: number;
  /** Alignment the member was placed with, in bytes (1 for packed members). */
  align: number;
  isBitfield: boolean;
}

export interface PlacedRecord {
  size: number;
  align: number;
  userAlign: boolean;
  members: PlacedMember[];
}

interface Cursor {
  bitPos: number;
  recordAlign: number;
  userAlign: boolean;
  /** Unions: the largest member so far, in bytes. */
  maxSize: number;
  /** gcc's offset_align: max(__BIGGEST_ALIGNMENT__, the record's aligned attribute), in bits. */
  offsetAlignBits: number;
  /**
   * `#pragma pack(N)` in effect (gcc's maximum_field_alignment), in bytes; Infinity when none. It caps every
   * member's alignment, aligned attributes and `_Alignas` included, but not zero-width bitfields nor the
   * record's own aligned attribute, and it turns off the check that moves a bitfield off a unit boundary.
   */
  cap: number;
}

/** A packed record packs every member (gcc since 4.4 also packs `char` bitfields, which then cross bytes). */
function isPacked(field: Field, record: RecordDecl): boolean {
  return field.packed === true || record.packed;
}

/** What the member itself asks for (`aligned` attributes and `_Alignas` both count; the largest wins), in bytes. */
function memberAlignAttr(field: Field, target: TargetInfo): number | undefined {
  const attr = field.aligned !== undefined ? alignAttrBytes(field.aligned, target) : undefined;
  if (field.alignas === undefined) return attr;
  return Math.max(attr ?? 0, field.alignas);
}

function namedOrCounted(field: Field, target: TargetInfo): boolean {
  // AAPCS/AAPCS64 let unnamed bitfields' declared types align the record; x86 and wasm32 ignore them.
  return field.name !== null || target.bitfieldTypeAffectsAlignment;
}

function placeOrdinary(field: Field, type: TypeLayout, packed: boolean, cur: Cursor, target: TargetInfo, union: boolean): PlacedMember {
  const attr = memberAlignAttr(field, target);
  // A packed member keeps an alignment written on the member itself, but not one inherited from its type.
  const align = Math.min(packed ? (attr ?? 1) : Math.max(type.align, attr ?? 1), cur.cap);
  const bitOffset = union ? 0 : roundUp(cur.bitPos, align * 8);
  cur.recordAlign = Math.max(cur.recordAlign, align);
  cur.userAlign ||= attr !== undefined || (type.userAlign && !packed);
  if (union) cur.maxSize = Math.max(cur.maxSize, type.size);
  else cur.bitPos = bitOffset + type.size * 8;
  return { field, type, bitOffset, align, isBitfield: false };
}

/** A zero-width bitfield only moves the cursor to its type's alignment (packing does not apply to it). */
function placeZeroWidth(field: Field, type: TypeLayout, cur: Cursor, target: TargetInfo, union: boolean): PlacedMember {
  const align = Math.max(type.align, memberAlignAttr(field, target) ?? 1);
  const bitOffset = union ? 0 : roundUp(cur.bitPos, align * 8);
  if (!union) cur.bitPos = bitOffset;
  if (target.bitfieldTypeAffectsAlignment) cur.recordAlign = Math.max(cur.recordAlign, align);
  return { field, type, bitOffset, align, isBitfield: true };
}

/**
 * gcc aligns to the bitfield's own alignment first, then moves on if that straddles a unit of its type.
 * gcc keeps the position as a byte offset in steps of `offsetAlignBits` plus a bit remainder, and the move
 * rounds only the remainder: a unit larger than that step (an over-aligned typedef on armhf) is not reached.
 */
function gccBitfieldPosition(start: number, width: number, desired: number, checked: boolean, type: TypeLayout, offsetAlignBits: number): number {
  let base = start - (start % offsetAlignBits);
  let remainder = start % offsetAlignBits;
  if (desired * 8 >= offsetAlignBits) {
    base = roundUp(start, desired * 8);
    remainder = 0;
  } else if (desired > 0) {
    remainder = roundUp(remainder, desired * 8); // may reach offsetAlignBits: gcc normalizes only later
  }
  if (checked && straddlesUnit(base + remainder, width, type.align * 8, type.size * 8)) {
    remainder = roundUp(remainder, type.align * 8);
  }
  return base + remainder;
}

function placeBitfield(field: Field, type: TypeLayout, packed: boolean, cur: Cursor, target: TargetInfo, union: boolean): PlacedMember {
  const width = field.bitWidth ?? 0;
  if (width === 0) return placeZeroWidth(field, type, cur, target, union);
  const attr = memberAlignAttr(field, target);
  const start = union ? 0 : cur.bitPos;
  const mode = modeAlignBytes(width, start, target, attr !== undefined);
  // A bitfield's own alignment starts at one bit (gcc's DECL_ALIGN), unlike any other member.
  const modeApplies = mode > 0 && !(packed && mode > 1);
  const capped = cur.cap !== Infinity;
  const desired = Math.min(Math.max(attr ?? 0, modeApplies ? mode : 0), cur.cap);
  // clang applies an aligned attribute to a bitfield's position only when `#pragma pack` does not cap it.
  const clangAttr = (attr ?? 0) <= cur.cap ? (attr ?? 0) : 0;
  const bitOffset = union ? 0 : target.layoutRules === 'clang'
    ? clangBitfieldPosition(start, width, Math.min(Math.max(packed ? 1 : type.align * 8, (attr ?? 0) * 8), cur.cap * 8), type.size * 8, clangAttr * 8, !capped)
    : gccBitfieldPosition(start, width, desired, !packed && !modeApplies && !capped, type, cur.offsetAlignBits);
  if (namedOrCounted(field, target)) {
    // Under `#pragma pack` a bitfield's type aligns the record up to the cap even when the bitfield is
    // packed (gcc's update_alignment_for_field; clang likewise).
    const typeAlign = capped ? Math.min(type.align, cur.cap) : packed ? 1 : type.align;
    cur.recordAlign = Math.max(cur.recordAlign, desired, typeAlign);
    if (!packed) cur.userAlign ||= type.userAlign;
  }
  if (attr !== undefined) cur.userAlign = true;
  if (union) cur.maxSize = Math.max(cur.maxSize, Math.ceil(width / 8));
  else cur.bitPos = bitOffset + width;
  return { field, type, bitOffset, align: Math.max(desired, Math.min(packed ? 1 : type.align, cur.cap)), isBitfield: true };
}

/** `types[i]` is the layout of `record.fields[i]`'s type, already known to be complete. */
export function placeRecord(record: RecordDecl, types: TypeLayout[], target: TargetInfo): PlacedRecord {
  const union = record.tag === 'union';
  const recordAttr = record.aligned !== undefined ? alignAttrBytes(record.aligned, target) : 1;
  const cur: Cursor = {
    bitPos: 0,
    recordAlign: recordAttr,
    userAlign: record.aligned !== undefined,
    maxSize: 0,
    offsetAlignBits: Math.max(target.biggestAlignment, recordAttr) * 8,
    cap: record.maxFieldAlign ?? Infinity,
  };
  const members = record.fields.map((field, i) => {
    const type = types[i]!;
    const packed = isPacked(field, record);
    return field.bitWidth !== undefined
      ? placeBitfield(field, type, packed, cur, target, union)
      : placeOrdinary(field, type, packed, cur, target, union);
  });
  const bytes = union ? cur.maxSize : Math.ceil(cur.bitPos / 8);
  if (target.layoutRules === 'clang') for (const m of members) if (!m.isBitfield) m.align = clangAlignof(m, record, cur.recordAlign, target);
  return { size: roundUp(bytes, cur.recordAlign), align: cur.recordAlign, userAlign: cur.userAlign, members };
}

/**
 * What clang's `__alignof__` of a member gives (ASTContext::getDeclAlign), which is not always the alignment
 * it was placed with: a packed member (or one of a packed record) answers its own aligned attribute (1 without
 * one), whatever `#pragma pack` did; any other the larger of attribute and type, lowered to what its offset
 * and the record's alignment guarantee.
 */
function clangAlignof(m: PlacedMember, record: RecordDecl, recordAlign: number, target: TargetInfo): number {
  const attr = memberAlignAttr(m.field, target);
  if (isPacked(m.field, record)) return attr ?? 1;
  const offset = m.bitOffset / 8;
  const guaranteed = offset === 0 ? recordAlign : Math.min(recordAlign, offset & -offset);
  return Math.min(Math.max(attr ?? 1, m.type.align), guaranteed);
}
