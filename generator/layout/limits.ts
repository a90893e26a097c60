// How large an object may be: the compiler's limit on each target, and the limit below which tsbindgen's
// numbers (JS doubles, positions counted in bits) are exact.
//
// Measured: gcc rejects an array whose size exceeds PTRDIFF_MAX ("size of array is too large", 2^63-1 on
// x86_64/aarch64, 2^31-1 on i386/armhf) and a record whose size does ("type 'struct a' is too large", e.g.
// `char x[0x7fffffffffffffff]; char y[16];`); an object of exactly PTRDIFF_MAX bytes is accepted. clang for
// wasm32 rejects arrays of 2^32 bytes or more ("array is too large") and accepts such records.

import type { TargetInfo } from './targets.ts';

/** Bytes: 2^50, so that every bit position (bytes × 8) stays below 2^53 and every size, offset and sizeof is exact. */
export const MAX_EXACT_BYTES = 2 ** 50;

/** The largest object size the target's compiler accepts, in bytes. */
export function maxObjectSize(target: TargetInfo): bigint {
  if (target.layoutRules === 'clang') return (1n << BigInt(target.pointer.size * 8)) - 1n;
  return (1n << BigInt(target.pointer.size * 8 - 1)) - 1n;
}

export function tooLargeMessage(what: string, size: bigint, target: TargetInfo): string {
  return `${what} is too large: ${size} bytes exceed the maximum object size ${maxObjectSize(target)} on ${target.name}`;
}

export function notExactMessage(what: string, size: bigint): string {
  return `${what} has ${size} bytes, more than tsbindgen lays out exactly (2^50); it refuses rather than round`;
}
