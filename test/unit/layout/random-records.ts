// Random record declarations (fast-check) for comparing computeLayout with the compilers in bulk.

import fc from 'fast-check';
import type { AlignAttr, CType, IntKind } from '../../../generator/ir/types.ts';
import { anon, arr, bf, enumT, f, float, int, IrBuilder, named, ptr, struct, union, type FieldOpts, type MemberSpec, type RecordOpts } from './ir-builder.ts';

/** Shared declarations the random records may use. */
export function preamble(b: IrBuilder): void {
  b.typedef('au64', int('ulonglong'), 8)
    .typedef('ll2', int('longlong'), 2)
    .typedef('i16', int('int'), 16)
    .typedef('s1', int('short'), 1)
    .enum('ev', [['EV0', 0n], ['EV1', 9n]], 'uint')
    .struct('pair', [f('a', int('char')), f('b', int('longlong'))])
    .struct('tight', [f('a', int('char')), f('b', int('int'))], { packed: true })
    .typedef('pair2', struct('pair'), 2)
    .typedef('tight8', struct('tight'), 8)
    .struct('bits', [bf('a', int('uint'), 3), bf(null, int('longlong'), 0), bf('b', int('uchar'), 7)])
    .union('either', [f('l', int('longlong')), bf('x', int('ushort'), 9), f('c', arr(int('char'), 3))]);
}

const BITFIELD_INTS: [IntKind, number][] = [
  ['bool', 1],
  ['char', 8],
  ['uchar', 8],
  ['short', 16],
  ['ushort', 16],
  ['int', 32],
  ['uint', 32],
  ['long', 32], // 32 keeps widths valid on 32-bit targets too
  ['longlong', 64],
  ['ulonglong', 64],
];

const bitfieldType: fc.Arbitrary<{ type: CType; max: number }> = fc.oneof(
  fc.constantFrom(...BITFIELD_INTS).map(([k, max]) => ({ type: int(k), max })),
  fc.constant({ type: enumT('ev'), max: 32 }),
  fc.constant({ type: named('ll2'), max: 64 }),
  fc.constant({ type: named('s1'), max: 16 }),
  fc.constant({ type: named('i16'), max: 32 }),
  fc.constant({ type: named('au64'), max: 64 }),
);

const scalar: fc.Arbitrary<CType> = fc.oneof(
  fc.constantFrom<IntKind>('bool', 'char', 'uchar', 'short', 'int', 'uint', 'long', 'longlong', 'ulonglong').map(int),
  fc.constantFrom(float('float'), float('double'), float('longdouble')),
  fc.constant(ptr(int('char'))),
  fc.constantFrom(named('au64'), named('ll2'), named('i16'), named('s1'), enumT('ev'), struct('pair'), struct('tight')),
  fc.constantFrom(named('pair2'), named('tight8'), struct('bits'), union('either')),
);

// C rejects arrays whose element alignment exceeds the element size (i16, tight8), so arrays leave them out.
const element = scalar.filter((t) => !(t.kind === 'named' && (t.name === 'i16' || t.name === 'tight8')));

const plainType: fc.Arbitrary<CType> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.tuple(element, fc.integer({ min: 0, max: 3 })).map(([t, n]) => arr(t, n)) },
  { weight: 1, arbitrary: fc.tuple(element, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 })).map(([t, n, m]) => arr(arr(t, m), n)) },
);

const alignAttr: fc.Arbitrary<AlignAttr | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom<AlignAttr>(1, 2, 4, 8, 16) },
  { weight: 1, arbitrary: fc.constant<AlignAttr>('max') },
);

const fieldOpts: fc.Arbitrary<FieldOpts> = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 9 }), alignAttr)
  .map(([_, p, aligned]) => ({ packed: p === 0 ? true : undefined, aligned }));

const recordOpts: fc.Arbitrary<RecordOpts> = fc
  .tuple(fc.integer({ min: 0, max: 5 }), alignAttr)
  .map(([p, aligned]) => ({ packed: p === 0 ? true : undefined, aligned }));

/** Member shapes before naming: names are handed out afterwards so they are unique across anonymous members. */
type Shape =
  | { kind: 'plain'; type: CType; opts: FieldOpts }
  | { kind: 'bits'; type: CType; width: number; unnamed: boolean; opts: FieldOpts }
  | { kind: 'anon'; tag: 'struct' | 'union'; members: Shape[]; opts: RecordOpts };

const plainShape: fc.Arbitrary<Shape> = fc.tuple(plainType, fieldOpts).map(([type, opts]) => ({ kind: 'plain', type, opts }));

const bitsShape: fc.Arbitrary<Shape> = bitfieldType.chain(({ type, max }) =>
  fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 4 }), fieldOpts).map(([width, u, opts]) => ({
    kind: 'bits' as const,
    type,
    width,
    // Zero-width bitfields must be unnamed.
    unnamed: width === 0 || u === 0,
    opts: width === 0 ? {} : opts,
  })),
);

const leafShape = fc.oneof({ weight: 3, arbitrary: plainShape }, { weight: 3, arbitrary: bitsShape });

const anonShape: fc.Arbitrary<Shape> = fc
  .tuple(fc.constantFrom<'struct' | 'union'>('struct', 'union'), fc.array(leafShape, { minLength: 1, maxLength: 4 }), recordOpts)
  .map(([tag, members, opts]) => ({ kind: 'anon', tag, members, opts }));

export interface RandomRecord {
  tag: 'struct' | 'union';
  members: Shape[];
  opts: RecordOpts;
  flexible?: CType;
}

export const randomRecord: fc.Arbitrary<RandomRecord> = fc
  .tuple(
    fc.constantFrom<'struct' | 'union'>('struct', 'struct', 'union'),
    fc.array(fc.oneof({ weight: 6, arbitrary: leafShape }, { weight: 1, arbitrary: anonShape }), { minLength: 1, maxLength: 7 }),
    recordOpts,
    fc.option(element, { freq: 6 }),
  )
  .map(([tag, members, opts, flex]) => ({ tag, members, opts, flexible: tag === 'struct' && flex !== null ? flex : undefined }));

function toMembers(shapes: Shape[], next: () => string): MemberSpec[] {
  return shapes.map((s) => {
    if (s.kind === 'plain') return f(next(), s.type, s.opts);
    if (s.kind === 'bits') return bf(s.unnamed ? null : next(), s.type, s.width, s.opts);
    return anon(s.tag, toMembers(s.members, next), s.opts);
  });
}

/** Adds `rec<i>` for each random record; every record gets at least one named member so C accepts it. */
export function addRandomRecords(b: IrBuilder, records: RandomRecord[]): void {
  records.forEach((r, i) => {
    let n = 0;
    const next = () => `m${n++}`;
    const members = toMembers(r.members, next);
    members.push(f(next(), int('char')));
    if (r.flexible) members.push(f(next(), arr(r.flexible, null)));
    if (r.tag === 'struct') b.struct(`rec${i}`, members, r.opts);
    else b.union(`rec${i}`, members, r.opts);
  });
}
