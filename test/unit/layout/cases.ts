// Record declarations that exercise gcc's layout rules; each is checked against every target's compiler.

import { anon, arr, bf, enumT, f, float, int, IrBuilder, named, ptr, struct, union, fn } from './ir-builder.ts';

export interface LayoutCase {
  name: string;
  /** Targets whose compiler rejects the case (e.g. no __int128); they get their own diagnostic tests. */
  only?: string[];
  build(b: IrBuilder): void;
}

const char = int('char');
const uchar = int('uchar');
const short = int('short');
const i32 = int('int');
const u32 = int('uint');
const long = int('long');
const ll = int('longlong');
const ull = int('ulonglong');
const bool = int('bool');

export const CASES: LayoutCase[] = [
  { name: 'scalars in declaration order with natural padding', build: (b) => b.struct('s', [f('c', char), f('s', short), f('i', i32), f('l', long), f('ll', ll), f('c2', char)]) },
  { name: 'floating types including long double', build: (b) => b.struct('s', [f('c', char), f('f', float('float')), f('c2', char), f('d', float('double')), f('c3', char), f('ld', float('longdouble')), f('c4', char)]) },
  { name: 'pointers and function pointers take the target pointer size', build: (b) => b.struct('s', [f('c', char), f('p', ptr(char)), f('c2', char), f('fp', ptr(fn(i32, [ptr(struct('s'))])))]) },
  { name: 'u64 members after a u32 (the i386 compat trap)', build: (b) => b.struct('s', [f('a', u32), f('b', ull), f('c', u32)]) },
  { name: 'arrays of arrays', build: (b) => b.struct('s', [f('c', char), f('m', arr(arr(short, 3), 5)), f('d', arr(arr(ll, 2), 2)), f('e', char)]) },
  { name: 'union size is the largest member rounded to alignment', build: (b) => b.union('u', [f('c', arr(char, 13)), f('i', i32), f('d', float('double'))]) },
  { name: 'nested named records list the member then its fields', build: (b) => b.struct('inner', [f('x', char), f('y', ll)]).struct('outer', [f('a', char), f('in', struct('inner')), f('b', char)]) },
  { name: 'nested record through a typedef', build: (b) => b.struct('inner', [f('x', short), f('y', i32)]).typedef('inner_t', struct('inner')).struct('outer', [f('a', char), f('in', named('inner_t')), f('arr', arr(named('inner_t'), 2))]) },
  { name: 'anonymous struct and union members flatten into the parent', build: (b) => b.struct('s', [f('a', char), anon('union', [f('u1', i32), anon('struct', [f('p', short), f('q', char)])]), f('z', char)]) },
  { name: 'flexible array member sits at the end with its alignment', build: (b) => b.struct('s', [f('n', char), f('data', arr(ll, null))]) },
  { name: 'GNU zero-length array', build: (b) => b.struct('s', [f('n', short), f('data', arr(i32, 0))]) },
  { name: 'aligned(N) on a member raises its alignment', build: (b) => b.struct('s', [f('c', char), f('i', i32, { aligned: 16 }), f('c2', char)]) },
  { name: 'aligned(N) smaller than natural on a member does nothing', build: (b) => b.struct('s', [f('c', char), f('i', i32, { aligned: 1 })]) },
  { name: 'bare aligned means the biggest alignment', build: (b) => b.struct('s', [f('c', char), f('i', char, { aligned: 'max' })]) },
  { name: 'aligned record attribute rounds size up', build: (b) => b.struct('s', [f('c', char)], { aligned: 32 }) },
  { name: 'aligned typedef raises alignment (__aligned_u64)', build: (b) => b.typedef('au64', ull, 8).struct('s', [f('a', u32), f('b', named('au64'))]).struct('t', [f('c', char), f('s', struct('s'))]) },
  { name: 'aligned typedef may lower alignment', build: (b) => b.typedef('ll2', ll, 2).typedef('i1', i32, 1).struct('s', [f('c', char), f('a', named('ll2')), f('d', char), f('b', named('i1'))]) },
  { name: 'typedef of a typedef keeps the attribute', build: (b) => b.typedef('a16', i32, 16).typedef('b16', named('a16')).struct('s', [f('c', char), f('x', named('b16'))]) },
  { name: 'aligned member inside a record keeps the record aligned when nested', build: (b) => b.struct('c8', [f('x', i32, { aligned: 8 }), f('y', i32)]).struct('d', [f('c', char), f('s', struct('c8'))]) },
  { name: 'packed record removes padding', build: (b) => b.struct('s', [f('c', char), f('i', i32), f('ll', ll), f('s', short)], { packed: true }) },
  { name: 'packed record ignores inherited typedef alignment', build: (b) => b.typedef('au64', ull, 8).struct('s', [f('c', char), f('x', named('au64'))], { packed: true }) },
  { name: 'packed and aligned record', build: (b) => b.struct('s', [f('c', char), f('i', i32)], { packed: true, aligned: 4 }) },
  { name: 'packed member in an unpacked record', build: (b) => b.struct('s', [f('c', char), f('i', i32, { packed: true }), f('s', short)]) },
  { name: 'packed member with its own aligned attribute', build: (b) => b.struct('s', [f('c', char), f('i', i32, { packed: true, aligned: 2 }), f('c2', char)]) },
  { name: 'packed record member of a normal record', build: (b) => b.struct('p', [f('c', char), f('i', i32)], { packed: true }).struct('s', [f('c', char), f('p', struct('p')), f('x', i32)]) },
  { name: 'bitfields share a storage unit', build: (b) => b.struct('s', [bf('a', u32, 3), bf('b', u32, 5), bf('c', u32, 20), f('d', char)]) },
  { name: 'a bitfield that would straddle its unit moves to the next', build: (b) => b.struct('s', [bf('a', u32, 20), bf('b', u32, 20), bf('c', short, 9), bf('d', short, 9)]) },
  { name: 'named bitfield type alignment counts for the record', build: (b) => b.struct('s', [f('c', char), bf('x', ll, 3)]) },
  { name: 'unnamed bitfield', build: (b) => b.struct('s', [f('a', char), bf(null, i32, 3), f('b', char)]) },
  { name: 'zero-width bitfield aligns the next member', build: (b) => b.struct('s', [f('a', char), bf(null, i32, 0), f('b', char)]) },
  { name: 'zero-width long long bitfield', build: (b) => b.struct('s', [bf('a', char, 3), bf(null, ll, 0), bf('b', char, 2)]) },
  { name: 'unnamed bitfield in a union', build: (b) => b.union('u', [f('c', char), bf(null, i32, 16)]) },
  { name: 'named bitfield in a union', build: (b) => b.union('u', [bf('x', i32, 3), f('c', char)]) },
  { name: 'long long bitfields (4-byte units on i386)', build: (b) => b.struct('s', [f('a', char), bf('b', ll, 60), bf('c', ull, 33), bf('d', ll, 31)]) },
  { name: '_Bool bitfields', build: (b) => b.struct('s', [bf('a', bool, 1), bf('b', bool, 1), f('c', char), bf('d', bool, 1)]) },
  { name: 'enum bitfields use the underlying type', build: (b) => b.enum('e', [['E0', 0n], ['E1', 5n]], 'uint').struct('s', [f('c', char), bf('x', enumT('e'), 3), bf('y', enumT('e'), 30)]) },
  { name: 'packed enum as a member', build: (b) => b.enum('pe', [['P0', 0n], ['P1', 200n]], 'uchar', true).struct('s', [f('c', char), f('e', enumT('pe')), f('e2', enumT('pe'))]) },
  { name: 'char bitfields in a packed record stay within a byte', build: (b) => b.struct('s', [bf('a', char, 6), bf('b', char, 4)], { packed: true }) },
  { name: 'packed char bitfield member crosses bytes', build: (b) => b.struct('s', [bf('a', char, 6), bf('b', char, 4, { packed: true })]) },
  { name: 'int bitfields in a packed record pack bit by bit', build: (b) => b.struct('s', [f('c', char), bf('a', i32, 31), bf('b', i32, 7), bf('d', ll, 40)], { packed: true }) },
  { name: 'bitfield with an aligned attribute', build: (b) => b.struct('s', [f('c', char), bf('x', i32, 3, { aligned: 8 }), f('d', char)]) },
  { name: 'full-width bitfield of a typedef with lowered alignment', build: (b) => b.typedef('i2', i32, 2).struct('s', [bf('x', named('i2'), 32), f('c', char)]) },
  { name: 'bitfield of an over-aligned typedef', build: (b) => b.typedef('i16', i32, 16).struct('s', [f('a', char), bf('x', named('i16'), 4), f('b', char)]) },
  { name: 'bitfield with an aligned attribute that then straddles', build: (b) => b.enum('e', [['E0', 0n]], 'uint').struct('s', [bf('a', enumT('e'), 28), bf('x', ll, 35, { aligned: 2 }), f('b', char)]) },
  { name: 'bitfields after a non-bitfield reuse the tail', build: (b) => b.struct('s', [f('c', char), bf('a', i32, 8), bf('b', i32, 16), f('d', char), bf('e', short, 8)]) },
  { name: 'anonymous union of bitfields', build: (b) => b.struct('s', [f('c', char), anon('union', [bf('a', u32, 4), f('w', u32)]), bf('z', uchar, 2)]) },
  { name: 'packed anonymous struct member', build: (b) => b.struct('s', [f('c', char), anon('struct', [f('x', i32), f('y', char)], { packed: true })]) },
  { name: 'aligned anonymous union member', build: (b) => b.struct('s', [f('c', char), anon('union', [f('x', i32), f('y', char)], { aligned: 16 })]) },
  { name: '__int128 members', only: ['x86_64', 'aarch64', 'wasm32'], build: (b) => b.struct('s', [f('c', char), f('x', int('int128')), f('y', int('uint128'))]) },
  { name: 'unsigned __int128 bitfield', only: ['x86_64', 'aarch64', 'wasm32'], build: (b) => b.struct('s', [f('c', char), bf('x', int('uint128'), 100), bf('y', int('int128'), 40)]) },
  { name: 'arrays of records and records of arrays', build: (b) => b.struct('p', [f('a', short), f('b', char)]).struct('s', [f('c', char), f('ps', arr(struct('p'), 3)), f('z', arr(ptr(struct('p')), 2))]) },
  { name: 'union inside struct inside union', build: (b) => b.union('in', [f('a', ll), f('b', arr(char, 3))]).struct('mid', [f('c', char), f('u', union('in'))]).union('out', [f('m', struct('mid')), f('x', short)]) },
];
