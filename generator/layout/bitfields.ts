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
 * gcc gives a bitfield whose width is exactly that of an integer mode (8/16/32/64/128 bits), sitting at a
 * position already aligned for that mode, the mode's alignment (layout_decl); for a named bitfield this
 * can raise the record's alignment above that of a declared type whose alignment a typedef lowered.
 * Returns 0 when the rule does not apply. clang does not do this.
 */
export function modeAlignBytes(width: number, bitPos: number, target: TargetInfo): number {
  if (target.name === 'wasm32') return 0;
  const bytes = width / 8;
  if (![1, 2, 4, 8, 16].includes(bytes)) return 0;
  if (bytes === 16 && target.pointer.size !== 8) return 0;
  if (bitPos % (bytes * 8) !== 0) return 0;
  // i386 caps the field alignment of integer modes at 4 (ix86_field_alignment).
  return target.name === 'i386' ? Math.min(bytes, 4) : bytes;
}
