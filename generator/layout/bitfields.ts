// GCC's bitfield placement rules for PCC_BITFIELD_TYPE_MATTERS targets (all five here; clang copies them for wasm32).

import type { TargetInfo } from './targets.ts';

/**
 * A bitfield may not occupy more storage units (of its declared type's alignment) than the type itself
 * holds: `int x:20` at bit 24 would touch two 32-bit units, so it moves to the next unit. With i386's
 * 4-byte `long long`, a 64-bit type may span two 32-bit units, which is why the rule counts units.
 */
export function straddlesUnit(bitPos: number, width: number, unitAlignBits: number, typeSizeBits: number): boolean {
  const within = bitPos % unitAlignBits;
  return Math.ceil((within + width) / unitAlignBits) > Math.floor(typeSizeBits / unitAlignBits);
}

/**
 * gcc turns a bitfield whose width is exactly that of an integer mode (8/16/32/64/128 bits), sitting at a
 * position already aligned for that mode, into an ordinary member of that mode (layout_decl): it gets the
 * mode's alignment, which for a named bitfield counts toward the record's, and it is no longer checked
 * for straddling, which matters when a typedef raised its type's alignment. Returns 0 when the rule does
 * not apply. clang has no such rule.
 */
export function modeAlignBytes(width: number, bitPos: number, target: TargetInfo, userAligned: boolean): number {
  if (target.layoutRules === 'clang') return 0;
  const bytes = width / 8;
  if (![1, 2, 4, 8, 16].includes(bytes)) return 0;
  if (bytes === 16 && target.pointer.size !== 8) return 0;
  if (bitPos % (bytes * 8) !== 0) return 0;
  // i386 caps the field alignment of integer modes at 4 (ix86_field_alignment), unless the member
  // carries its own aligned attribute.
  return target.name === 'i386' && !userAligned ? Math.min(bytes, 4) : bytes;
}

/**
 * clang (wasm32) checks the unit at the unaligned position, with the unit being the larger of the type's
 * and the attribute's alignment, and only then applies an aligned attribute (ItaniumRecordLayoutBuilder);
 * `#pragma pack` caps both alignments and turns the unit check off.
 * Returns the bit position of the bitfield.
 */
export function clangBitfieldPosition(bitPos: number, width: number, fieldAlignBits: number, typeSizeBits: number, attrBits: number, allowPadding = true): number {
  // Under `#pragma pack` clang no longer moves a bitfield that would straddle its unit (AllowPadding).
  if (allowPadding && (bitPos % fieldAlignBits) + width > typeSizeBits) return Math.ceil(bitPos / fieldAlignBits) * fieldAlignBits;
  return attrBits > 0 ? Math.ceil(bitPos / attrBits) * attrBits : bitPos;
}
