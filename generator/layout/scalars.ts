// Sizes and member alignments of the scalar C types for one target, and what an `aligned` attribute means there.

import type { AlignAttr, FloatKind, IntKind } from '../ir/types.ts';
import type { ScalarAbi, TargetInfo } from './targets.ts';

export function intAbi(kind: IntKind, target: TargetInfo): ScalarAbi | null {
  return target.ints[kind];
}

export function floatAbi(kind: FloatKind, target: TargetInfo): ScalarAbi {
  return target.floats[kind];
}

export function pointerAbi(target: TargetInfo): ScalarAbi {
  return target.pointer;
}

/** Bare `aligned` asks for __BIGGEST_ALIGNMENT__ of the target. */
export function alignAttrBytes(attr: AlignAttr, target: TargetInfo): number {
  return attr === 'max' ? target.biggestAlignment : attr;
}

export function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
}

export function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
