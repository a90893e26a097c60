// The five targets and the C ABI facts gcc/clang use for them (System V i386/x86-64, AAPCS64, AAPCS32 hard-float, wasm32 BasicCABI).

import type { FloatKind, IntKind } from '../ir/types.ts';

export type TargetName = 'x86_64' | 'i386' | 'aarch64' | 'armhf' | 'wasm32';

export const TARGET_NAMES: readonly TargetName[] = ['x86_64', 'i386', 'aarch64', 'armhf', 'wasm32'];

export interface ScalarAbi {
  size: number;
  /** Alignment as a struct member (what offsetof shows), which on i386 is smaller than __alignof__ for 8-byte types. */
  align: number;
}

export interface TargetInfo {
  name: TargetName;
  /** GNU triple of the toolchain (also the multiarch directory where there is one). */
  triple: string;
  multiarch: string | null;
  pointer: ScalarAbi;
  ints: Record<IntKind, ScalarAbi | null>;
  floats: Record<FloatKind, ScalarAbi>;
  charIsSigned: boolean;
  /** __BIGGEST_ALIGNMENT__: what a bare `aligned` attribute means. */
  biggestAlignment: number;
  littleEndian: true;
  /** ARM AAPCS: the declared type of an unnamed/zero-width bitfield affects the record's alignment. */
  bitfieldTypeAffectsAlignment: boolean;
  /**
   * Whose record layout rules apply: clang's copy of gcc's rules differs for bitfields with an aligned
   * attribute or an over-aligned declared type. Absent means gcc.
   */
  layoutRules?: 'gcc' | 'clang';
}

function ints(long: 4 | 8, longlongAlign: 4 | 8, has128: boolean): Record<IntKind, ScalarAbi | null> {
  const i128 = has128 ? { size: 16, align: 16 } : null;
  return {
    bool: { size: 1, align: 1 },
    char: { size: 1, align: 1 },
    schar: { size: 1, align: 1 },
    uchar: { size: 1, align: 1 },
    short: { size: 2, align: 2 },
    ushort: { size: 2, align: 2 },
    int: { size: 4, align: 4 },
    uint: { size: 4, align: 4 },
    long: { size: long, align: long },
    ulong: { size: long, align: long },
    longlong: { size: 8, align: longlongAlign },
    ulonglong: { size: 8, align: longlongAlign },
    int128: i128,
    uint128: i128,
  };
}

export const TARGETS: Readonly<Record<TargetName, TargetInfo>> = {
  x86_64: {
    name: 'x86_64',
    triple: 'x86_64-linux-gnu',
    multiarch: 'x86_64-linux-gnu',
    pointer: { size: 8, align: 8 },
    ints: ints(8, 8, true),
    floats: { float: { size: 4, align: 4 }, double: { size: 8, align: 8 }, longdouble: { size: 16, align: 16 } },
    charIsSigned: true,
    biggestAlignment: 16,
    littleEndian: true,
    bitfieldTypeAffectsAlignment: false,
  },
  i386: {
    name: 'i386',
    triple: 'i686-linux-gnu',
    multiarch: 'i386-linux-gnu',
    pointer: { size: 4, align: 4 },
    ints: ints(4, 4, false),
    floats: { float: { size: 4, align: 4 }, double: { size: 8, align: 4 }, longdouble: { size: 12, align: 4 } },
    charIsSigned: true,
    biggestAlignment: 16,
    littleEndian: true,
    bitfieldTypeAffectsAlignment: false,
  },
  aarch64: {
    name: 'aarch64',
    triple: 'aarch64-linux-gnu',
    multiarch: 'aarch64-linux-gnu',
    pointer: { size: 8, align: 8 },
    ints: ints(8, 8, true),
    floats: { float: { size: 4, align: 4 }, double: { size: 8, align: 8 }, longdouble: { size: 16, align: 16 } },
    charIsSigned: false,
    biggestAlignment: 16,
    littleEndian: true,
    bitfieldTypeAffectsAlignment: true,
  },
  armhf: {
    name: 'armhf',
    triple: 'arm-linux-gnueabihf',
    multiarch: 'arm-linux-gnueabihf',
    pointer: { size: 4, align: 4 },
    ints: ints(4, 8, false),
    floats: { float: { size: 4, align: 4 }, double: { size: 8, align: 8 }, longdouble: { size: 8, align: 8 } },
    charIsSigned: false,
    biggestAlignment: 8,
    littleEndian: true,
    bitfieldTypeAffectsAlignment: true,
  },
  wasm32: {
    name: 'wasm32',
    triple: 'wasm32-unknown-unknown',
    multiarch: null,
    pointer: { size: 4, align: 4 },
    ints: ints(4, 8, true),
    floats: { float: { size: 4, align: 4 }, double: { size: 8, align: 8 }, longdouble: { size: 16, align: 16 } },
    charIsSigned: true,
    biggestAlignment: 16,
    littleEndian: true,
    bitfieldTypeAffectsAlignment: false,
    layoutRules: 'clang',
  },
};

export function isTargetName(s: string): s is TargetName {
  return (TARGET_NAMES as readonly string[]).includes(s);
}
