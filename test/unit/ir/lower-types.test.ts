import { describe, expect, test } from 'vitest';
import type { CType, IntKind } from '../../../generator/ir/types.ts';
import { INT_SPELLING } from '../layout/ir-builder.ts';
import { gccSameTypes, gccValues } from './lower-gcc.ts';
import { int, lowerC } from './lower-helpers.ts';

const typeOf = (decl: string, prelude = '') => lowerC(`${prelude}\ntypedef ${decl};`).decl('T', 'typedef').type;

describe('arithmetic type spellings', () => {
  // Every spelling is asked to gcc: the kind lowering picks must be the very same type.
  const spellings = [
    'char', 'signed char', 'char signed', '__signed__ char', 'unsigned char', 'short', 'short int', 'signed short',
    'unsigned short int', 'int', 'signed', '__signed__ int', 'unsigned', 'long', 'long int', 'unsigned long',
    'long unsigned int', 'long long', '__signed__ long long', 'long long unsigned int', 'unsigned long long',
    '_Bool', '__int128', 'unsigned __int128', '__int128_t', '__uint128_t',
  ];
  test('each integer spelling lowers to the type gcc says it is', () => {
    const kinds = spellings.map((s) => {
      const t = typeOf(`${s} T`);
      return t.kind === 'int' ? t.int : undefined;
    });
    const same = gccSameTypes('', spellings.map((s, i) => [s, kinds[i] ? INT_SPELLING[kinds[i] as IntKind] : 'void']));
    expect(spellings.filter((_, i) => !same[i])).toEqual([]);
  });

  test('float, double and long double are the three floating kinds', () => {
    expect(['float', 'double', 'long double'].map((s) => typeOf(`${s} T`))).toEqual([
      { kind: 'float', float: 'float' }, { kind: 'float', float: 'double' }, { kind: 'float', float: 'longdouble' },
    ]);
  });
});

describe('declarators', () => {
  test('const and volatile stay on the level they qualify', () => {
    expect(typeOf('const volatile int * const T')).toEqual({
      kind: 'pointer', const: true, pointee: { kind: 'int', int: 'int', const: true, volatile: true },
    });
  });

  test('multi-dimensional arrays nest outermost dimension first', () => {
    expect(typeOf('int T[2][3]')).toEqual({ kind: 'array', length: 2, element: { kind: 'array', length: 3, element: int('int') } });
  });

  test('an array of pointers and a pointer to an array are told apart', () => {
    expect([typeOf('char *T[4]'), lowerC('typedef char (*T)[4];').decl('T', 'typedef').type]).toEqual([
      { kind: 'array', length: 4, element: { kind: 'pointer', pointee: int('char') } },
      { kind: 'pointer', pointee: { kind: 'array', length: 4, element: int('char') } },
    ]);
  });

  test('flexible and zero-length array members have length null and 0', () => {
    const r = lowerC('struct s { int n; int zero[0]; char flex[]; };');
    expect(r.decl('struct s', 'record').fields.slice(1).map((f) => f.type)).toEqual([
      { kind: 'array', length: 0, element: int('int') },
      { kind: 'array', length: null, element: int('char') },
    ]);
  });

  test('array sizes from constant expressions, sizeof included, equal gcc on each target', () => {
    const prelude = '#define N 3\nstruct big { long a; char b; };\nenum { E = 5 };';
    const code = `${prelude}\nstruct s { char a[N * E + 1]; char b[sizeof(struct big) / 2]; char c[sizeof(void *) << 1]; };`;
    for (const t of ['x86_64', 'i386', 'armhf'] as const) {
      const fields = lowerC(code, t).decl('struct s', 'record').fields;
      const truth = gccValues(`${code}\nstruct s x;`, ['sizeof x.a', 'sizeof x.b', 'sizeof x.c'], t);
      expect(fields.map((f) => (f.type.kind === 'array' ? BigInt(f.type.length ?? -1) : -2n))).toEqual(truth);
    }
  });

  test('a negative array size is a bad-array-size error', () => {
    expect(lowerC('struct s { char a[-1]; };').errors.map((d) => d.code)).toEqual(['bad-array-size']);
  });

  test('a function pointer is a pointer to a function type with its parameters', () => {
    expect(typeOf('int (*T)(void *p, const char *, ...)')).toEqual({
      kind: 'pointer',
      pointee: {
        kind: 'function', ret: int('int'), variadic: true,
        params: [
          { name: 'p', type: { kind: 'pointer', pointee: { kind: 'void' } } },
          { name: null, type: { kind: 'pointer', pointee: { kind: 'int', int: 'char', const: true } } },
        ],
      },
    });
  });

  test('(void) is an empty parameter list and array or function parameters become pointers', () => {
    const r = lowerC('typedef void (*A)(void);\ntypedef void (*B)(int v[4], void cb(int));');
    const fn = (id: string) => {
      const t = r.decl(id, 'typedef').type as Extract<CType, { kind: 'pointer' }>;
      return (t.pointee as Extract<CType, { kind: 'function' }>).params.map((p) => p.type.kind === 'pointer' && p.type.pointee.kind);
    };
    expect([fn('A'), fn('B')]).toEqual([[], ['int', 'function']]);
  });
});

describe('typedefs', () => {
  test('a typedef chain keeps each name and resolves step by step', () => {
    const r = lowerC('typedef unsigned int u32;\ntypedef u32 handle_t;\ntypedef handle_t *handle_p;');
    expect([r.decl('handle_t', 'typedef').type, r.decl('handle_p', 'typedef').type]).toEqual([
      { kind: 'named', name: 'u32' }, { kind: 'pointer', pointee: { kind: 'named', name: 'handle_t' } },
    ]);
  });

  test('names like size_t and bool are ordinary typedef names once declared', () => {
    const r = lowerC('typedef unsigned long size_t;\ntypedef _Bool bool;\nstruct s { size_t n; bool b; };');
    expect(r.decl('struct s', 'record').fields.map((f) => f.type)).toEqual([
      { kind: 'named', name: 'size_t' }, { kind: 'named', name: 'bool' },
    ]);
  });

  test('__extension__ before a typedef is accepted', () => {
    const r = lowerC('__extension__ typedef __signed__ long long s64;');
    expect([r.diagnostics, r.decl('s64', 'typedef').type]).toEqual([[], int('longlong')]);
  });

  test('an unknown type name is an unknown-type error at its line and column', () => {
    const r = lowerC('struct s {\n  int a;\n  u32 b;\n};');
    expect(r.errors.map((d) => [d.code, d.loc?.line, d.loc?.column])).toEqual([['unknown-type', 3, 3]]);
  });

  test('repeating a typedef with the same type is accepted, a different type is typedef-redefined', () => {
    const same = lowerC('typedef int a;\ntypedef int a;');
    const different = lowerC('typedef int a;\ntypedef long a;');
    expect([same.errors, different.errors.map((d) => [d.code, d.loc?.line])]).toEqual([[], [['typedef-redefined', 2]]]);
  });

  test('typeof of a type name, of an integer expression and of a declared function names the type gcc gives', () => {
    const code = 'int f(long x);\ntypedef __typeof__(1) A;\ntypedef typeof(unsigned long) B;\ntypedef __typeof__((-10UL << 20) + 1) C;\ntypedef typeof(f) *D;';
    const r = lowerC(code);
    const lowered = ['A', 'B', 'C'].map((n) => r.decl(n, 'typedef').type);
    const spelled = lowered.map((t) => INT_SPELLING[(t as Extract<CType, { kind: 'int' }>).int]);
    expect(gccSameTypes(code, [['A', spelled[0]], ['B', spelled[1]], ['C', spelled[2]], ['D', 'int (*)(long)']])).toEqual([true, true, true, true]);
    expect([r.errors, r.decl('D', 'typedef').type]).toEqual([[], { kind: 'pointer', pointee: { kind: 'function', ret: int('int'), params: [{ name: 'x', type: int('long') }], variadic: false } }]);
  });

  test('typeof of something it cannot type is a located unsupported-construct error', () => {
    const r = lowerC('struct s {\n  typeof(nothing_declared) x;\n};');
    expect(r.errors.map((d) => [d.code, d.loc?.line, d.loc?.column])).toEqual([['unsupported-construct', 2, 3]]);
  });
});
