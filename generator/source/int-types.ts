// C integer types as the evaluator needs them: width, signedness, rank, promotions and the usual
// arithmetic conversions (C11 6.3.1.1, 6.3.1.8), all relative to one target (long is 32-bit on ILP32 targets).

import type { IntKind } from '../ir/types.ts';
import type { TargetInfo } from '../layout/targets.ts';

const RANK: Record<IntKind, number> = {
  bool: 0, char: 1, schar: 1, uchar: 1, short: 2, ushort: 2, int: 3, uint: 3,
  long: 4, ulong: 4, longlong: 5, ulonglong: 5, int128: 6, uint128: 6,
};

const UNSIGNED_OF: Partial<Record<IntKind, IntKind>> = {
  int: 'uint', long: 'ulong', longlong: 'ulonglong', int128: 'uint128',
};

export function isUnsigned(kind: IntKind, target: TargetInfo): boolean {
  if (kind === 'char') return !target.charIsSigned;
  return kind === 'bool' || kind.startsWith('u');
}

export function bitsOf(kind: IntKind, target: TargetInfo): number {
  const abi = target.ints[kind];
  // __int128 exists in gcc's expression evaluator even where the ABI table has no layout for it.
  return abi ? abi.size * 8 : 128;
}

/** Wrap a mathematical value into the range of `kind` (two's complement, as gcc does for conversions). */
export function normalize(value: bigint, kind: IntKind, target: TargetInfo): bigint {
  if (kind === 'bool') return value !== 0n ? 1n : 0n;
  const bits = bitsOf(kind, target);
  return isUnsigned(kind, target) ? BigInt.asUintN(bits, value) : BigInt.asIntN(bits, value);
}

/** Integer promotion: everything narrower than int becomes int (int holds all their values on every target). */
export function promote(kind: IntKind): IntKind {
  return RANK[kind] < RANK.int ? 'int' : kind;
}

export function usualConversions(a: IntKind, b: IntKind, target: TargetInfo): IntKind {
  const pa = promote(a);
  const pb = promote(b);
  if (pa === pb) return pa;
  const ua = isUnsigned(pa, target);
  const ub = isUnsigned(pb, target);
  if (ua === ub) return RANK[pa] >= RANK[pb] ? pa : pb;
  const [u, s] = ua ? [pa, pb] : [pb, pa];
  if (RANK[u] >= RANK[s]) return u;
  if (bitsOf(s, target) > bitsOf(u, target)) return s;
  return UNSIGNED_OF[s] ?? u;
}

/** size_t: unsigned int on the 32-bit gcc targets, unsigned long elsewhere (clang's wasm32 uses long). */
export function sizeTypeOf(target: TargetInfo): IntKind {
  return target.name === 'i386' || target.name === 'armhf' ? 'uint' : 'ulong';
}

export function maxOf(kind: IntKind, target: TargetInfo): bigint {
  const bits = bitsOf(kind, target);
  return isUnsigned(kind, target) ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
}

/** wchar_t, the type of L'x': int on x86_64 and wasm32, long on i386, unsigned int on the ARM targets. */
export function wcharTypeOf(target: TargetInfo): IntKind {
  if (target.name === 'i386') return 'long';
  return target.name === 'aarch64' || target.name === 'armhf' ? 'uint' : 'int';
}
