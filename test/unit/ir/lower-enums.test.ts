import { describe, expect, test } from 'vitest';
import { TARGET_NAMES, TARGETS } from '../../../generator/layout/targets.ts';
import { isUnsigned } from '../../../generator/source/int-types.ts';
import { gccValues } from './lower-gcc.ts';
import { lowerC } from './lower-helpers.ts';

const valuesOf = (code: string, id: string) => lowerC(code).decl(id, 'enum').enumerators.map((e) => [e.name, e.value]);

describe('enum values', () => {
  test('implicit values count up from 0 and from the last explicit value, as gcc does', () => {
    const code = 'enum e { A, B, C = 10, D, E = -3, F };';
    const truth = gccValues(code, ['A', 'B', 'C', 'D', 'E', 'F']);
    expect(valuesOf(code, 'enum e')).toEqual(['A', 'B', 'C', 'D', 'E', 'F'].map((n, i) => [n, truth[i]]));
  });

  test('values computed from earlier enumerators and macros equal gcc', () => {
    const code = '#define SHIFT 4\n#define MASK(n) ((1u << (n)) - 1)\nenum e { A = 1 << SHIFT, B = A | 3, C = MASK(SHIFT) * 2, D = ~A & 0xff, E = (B > A) ? -B : B };';
    const truth = gccValues(code, ['A', 'B', 'C', 'D', 'E']);
    expect(valuesOf(code, 'enum e').map(([, v]) => v)).toEqual(truth);
  });

  test('negative values and values past INT_MAX keep their sign and magnitude', () => {
    const code = 'enum e { N = -2147483647 - 1, P = 0x80000000, Q = -1 };';
    expect(valuesOf(code, 'enum e').map(([, v]) => v)).toEqual(gccValues(code, ['N', 'P', 'Q']));
  });

  test('sizeof in an enumerator value uses the layout of records declared before it', () => {
    const code = 'struct s { char c; long long x; }; enum e { S = sizeof(struct s), T = sizeof(long) };';
    for (const t of ['x86_64', 'i386'] as const) {
      expect(lowerC(code, t).decl('enum e', 'enum').enumerators.map((e) => e.value)).toEqual(gccValues(code, ['S', 'T'], t));
    }
  });

  test('an enumerator that is not a constant is a located not-constant error', () => {
    const r = lowerC('enum e {\n  A = B + 1,\n};');
    expect(r.errors.map((d) => [d.code, d.loc?.line])).toEqual([['not-constant', 2]]);
  });

  test('an anonymous enum gets a positional id and its enumerators are usable afterwards', () => {
    const r = lowerC('enum { X = 7 };\nenum e { Y = X + 1 };');
    expect(r.decl('enum ::anon0', 'enum').enumerators[0].value).toBe(7n);
    expect(r.decl('enum e', 'enum').enumerators[0].value).toBe(8n);
  });

  test('an enum defined in a typedef is named after the typedef', () => {
    const r = lowerC('typedef enum { A } e_t;');
    expect(r.decl('e_t', 'typedef').type).toEqual({ kind: 'enum', id: 'enum ::e_t' });
  });
});

describe('enum underlying type is the one gcc chooses', () => {
  const cases: Record<string, string> = {
    small: 'enum e { A = 0, B = 5 };',
    negative: 'enum e { A = -1, B = 5 };',
    'past INT_MAX': 'enum e { A = 0x80000000 };',
    'past UINT_MAX': 'enum e { A = 0x100000000 };',
    'negative and past INT_MAX': 'enum e { A = -1, B = 0x80000000 };',
    'packed small': 'enum __attribute__((packed)) e { A = 0, B = 200 };',
    'packed negative': 'enum __attribute__((packed)) e { A = -1, B = 100 };',
    'packed short': 'enum e { A = 0, B = 300 } __attribute__((packed));',
    'packed int': 'enum __attribute__((packed)) e { A = -40000 };',
  };
  for (const target of TARGET_NAMES) {
    for (const [name, code] of Object.entries(cases)) {
      test(`${name} on ${target}`, () => {
        const [size, signed] = gccValues(code, ['sizeof(enum e)', '(enum e)-1 < 0'], target);
        const kind = lowerC(code, target).decl('enum e', 'enum').underlying;
        expect([TARGETS[target].ints[kind]?.size, !isUnsigned(kind, TARGETS[target])]).toEqual([Number(size), signed === 1n]);
      });
    }
  }
});

describe('enum declarations', () => {
  test('a reference before the definition is completed by it', () => {
    const r = lowerC('enum e;\nstruct s { enum e *p; };\nenum e { A };');
    const e = r.decl('enum e', 'enum');
    expect([e.complete, e.enumerators.length, r.ir.decls.filter((d) => d.id === 'enum e').length]).toEqual([true, 1, 1]);
  });

  test('a different redefinition is an enum-redefined error at the second definition', () => {
    const r = lowerC('enum e { A };\nenum e { B };');
    expect(r.errors.map((d) => [d.code, d.loc?.line])).toEqual([['enum-redefined', 2]]);
  });

  test('each enumerator keeps the doc comment written right before it', () => {
    const r = lowerC('enum e {\n  /** the first */\n  A,\n  B,\n};');
    expect(r.decl('enum e', 'enum').enumerators.map((e) => e.doc)).toEqual(['the first', undefined]);
  });
});

describe('GNU builtins in constant expressions (kernel headers)', () => {
  test('offsetof designators with subscripts and nested members, __builtin_constant_p, clz/ctz/popcount, choose_expr and types_compatible_p equal gcc', () => {
    const prelude = 'struct in { int a; short b[3]; }; struct s { char c; struct in n[4]; union { long x; }; }; typedef int i32;';
    const exprs = [
      '__builtin_offsetof(struct s, n[2].b[1])', '__builtin_offsetof(struct s, n[3])', '__builtin_offsetof(struct s, x)',
      '__builtin_constant_p(3 * 4)', '63 - __builtin_clzll(8192)', '__builtin_ctz(96)', '__builtin_popcountll(0xff00ff)',
      '__builtin_choose_expr(1, 7, 9)', '__builtin_types_compatible_p(i32, int)', '__builtin_types_compatible_p(const int, int)',
      '__builtin_types_compatible_p(long, int)', '__builtin_constant_p(8) ? 1 : __undeclared_fn(8)',
    ];
    const code = `${prelude}\nenum e { ${exprs.map((x, i) => `E${i} = ${x}`).join(', ')} };`;
    expect(valuesOf(code, 'enum e').map(([, v]) => v)).toEqual(gccValues(prelude, exprs.map((x) => x.replace('__undeclared_fn(8)', '0'))));
  });
});
