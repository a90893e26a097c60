// Random records written as C text (not IR), for shapes that only exist in the front end: `_Alignas`,
// `#pragma pack`, attributes in their written positions. The same text goes to tsbindgen and to the compilers.
// Every record is valid C on all five targets: `_Alignas` never lowers a member's alignment, arrays never
// have an element whose alignment exceeds its size, bitfields fit their type everywhere.

import fc from 'fast-check';

/** Declarations every random record may use. */
export const PRELUDE = `typedef int under2 __attribute__((aligned(2)));
typedef short under1 __attribute__((aligned(1)));
typedef long long over8 __attribute__((aligned(8)));
typedef int over16 __attribute__((aligned(16)));
typedef unsigned char bare_aligned __attribute__((aligned));
enum __attribute__((packed)) small_enum { SMALL_A, SMALL_B = 200 };
enum wide_enum { WIDE_A, WIDE_B = 70000 } __attribute__((packed));
struct __attribute__((packed)) packed_pair { char c; int i; };
struct __attribute__((aligned(8))) aligned_holds_packed { char c; struct packed_pair p; };
struct plain_ll { char c; long long l; };
`;

interface TypeChoice {
  /** C spelling of the type before the member name. */
  spelling: string;
  /** Largest alignment the type has on any of the five targets (for `_Alignas` that must not lower it). */
  maxAlign: number;
  /** May be an array element (its size is a multiple of its alignment everywhere). */
  arrayOk: boolean;
}

const TYPES: TypeChoice[] = [
  { spelling: 'char', maxAlign: 1, arrayOk: true },
  { spelling: '_Bool', maxAlign: 1, arrayOk: true },
  { spelling: 'short', maxAlign: 2, arrayOk: true },
  { spelling: 'int', maxAlign: 4, arrayOk: true },
  { spelling: 'long long', maxAlign: 8, arrayOk: true },
  { spelling: 'double', maxAlign: 8, arrayOk: true },
  { spelling: 'void *', maxAlign: 8, arrayOk: true },
  { spelling: 'under2', maxAlign: 2, arrayOk: true },
  { spelling: 'under1', maxAlign: 1, arrayOk: true },
  { spelling: 'over8', maxAlign: 8, arrayOk: true },
  { spelling: 'over16', maxAlign: 16, arrayOk: false },
  { spelling: 'bare_aligned', maxAlign: 16, arrayOk: false },
  { spelling: 'enum small_enum', maxAlign: 1, arrayOk: true },
  { spelling: 'enum wide_enum', maxAlign: 4, arrayOk: true },
  { spelling: 'struct packed_pair', maxAlign: 1, arrayOk: true },
  { spelling: 'struct aligned_holds_packed', maxAlign: 8, arrayOk: true },
  { spelling: 'struct plain_ll', maxAlign: 8, arrayOk: true },
];

/** Bitfield types and the widest width valid for them on every target. */
const BITFIELD_TYPES: [string, number][] = [
  ['_Bool', 1],
  ['unsigned char', 8],
  ['short', 16],
  ['unsigned int', 32],
  ['long long', 64],
  ['unsigned long long', 64],
  ['under2', 32],
  ['under1', 16],
  ['over8', 64],
  ['over16', 32],
  ['enum small_enum', 8],
  ['enum wide_enum', 32],
];

const memberAttr = fc.constantFrom('', '', '', '', ' __attribute__((packed))', ' __attribute__((aligned(2)))', ' __attribute__((aligned(8)))', ' __attribute__((aligned))');

const plainMember: fc.Arbitrary<(name: string) => string> = fc
  .tuple(fc.constantFrom(...TYPES), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, 0, 0, 8, 16, -1), memberAttr)
  .map(([t, arrayRoll, n, alignas, attr]) => {
    const array = t.arrayOk && arrayRoll === 0 ? `[${n}]` : '';
    // _Alignas(N) only where N cannot be below the type's alignment on any target; -1 spells it with a type.
    let spec = '';
    if (alignas > 0 && alignas >= t.maxAlign) spec = `_Alignas(${alignas}) `;
    else if (alignas === -1 && t.maxAlign <= 4) spec = '_Alignas(long long) ';
    return (name: string) => `${spec}${t.spelling} ${name}${array}${attr};`;
  });

const bitfieldMember: fc.Arbitrary<(name: string) => string> = fc
  .tuple(fc.constantFrom(...BITFIELD_TYPES), fc.integer({ min: 0, max: 64 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom('', '', '', ' __attribute__((packed))', ' __attribute__((aligned(4)))'))
  .map(([[type, max], w, unnamedRoll, attr]) => {
    const width = w % (max + 1);
    // Unnamed bitfields of multi-word types (`long long : 3`) do not parse yet (issue 9, part 4): single words only.
    const unnamedOk = !type.includes(' ');
    if (width === 0) return unnamedOk ? () => `${type} : 0;` : (name: string) => `${type} ${name} : 1;`;
    return (name: string) => (unnamedRoll === 0 && unnamedOk ? `${type} : ${width};` : `${type} ${name} : ${width}${attr};`);
  });

const member = fc.oneof({ weight: 3, arbitrary: plainMember }, { weight: 3, arbitrary: bitfieldMember });

export interface RandomCRecord {
  tag: 'struct' | 'union';
  members: ((name: string) => string)[];
  /** Inner anonymous struct/union of members, at position `at`. */
  inner?: { tag: 'struct' | 'union'; members: ((name: string) => string)[]; attr: string; at: number };
  recordAttr: string;
  /** `#pragma pack(push, N)` around the record, 0 for none. */
  pack: number;
}

export const randomCRecord: fc.Arbitrary<RandomCRecord> = fc
  .record({
    tag: fc.constantFrom<'struct' | 'union'>('struct', 'struct', 'union'),
    members: fc.array(member, { minLength: 1, maxLength: 6 }),
    inner: fc.option(
      fc.record({
        tag: fc.constantFrom<'struct' | 'union'>('struct', 'union'),
        members: fc.array(member, { minLength: 1, maxLength: 3 }),
        attr: fc.constantFrom('', ' __attribute__((packed))', ' __attribute__((aligned(8)))'),
        at: fc.integer({ min: 0, max: 6 }),
      }),
      { freq: 4, nil: undefined },
    ),
    recordAttr: fc.constantFrom('', '', '', ' __attribute__((packed))', ' __attribute__((aligned(16)))', ' __attribute__((aligned))', ' __attribute__((packed, aligned(4)))'),
    pack: fc.constantFrom(0, 0, 0, 1, 2, 4, 8),
  });

/** C text of `rec<i>` for each random record (after PRELUDE); each has a named `last` member so C accepts it. */
export function randomCRecordsText(records: RandomCRecord[]): string {
  const out: string[] = [PRELUDE];
  records.forEach((r, i) => {
    let n = 0;
    const next = () => `m${n++}`;
    const lines = r.members.map((m) => m(next()));
    if (r.inner) {
      const inner = r.inner.members.map((m) => m(next()));
      lines.splice(Math.min(r.inner.at, lines.length), 0, `${r.inner.tag} { ${inner.join(' ')} char in_last; }${r.inner.attr};`);
    }
    lines.push('char last;');
    if (r.pack) out.push(`#pragma pack(push, ${r.pack})`);
    out.push(`${r.tag} rec${i} { ${lines.join(' ')} }${r.recordAttr};`);
    if (r.pack) out.push('#pragma pack(pop)');
  });
  return out.join('\n') + '\n';
}
