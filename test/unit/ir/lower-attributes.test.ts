import { describe, expect, test } from 'vitest';
import { lowerC } from './lower-helpers.ts';

const record = (code: string, id = 'struct s') => {
  const r = lowerC(code);
  const d = r.decl(id, 'record');
  return { packed: d.packed, aligned: d.aligned, errors: r.errors.map((e) => e.code) };
};

describe('record attributes', () => {
  test('packed between struct and the tag', () => {
    expect(record('struct __attribute__((packed)) s { char c; int i; };')).toEqual({ packed: true, aligned: undefined, errors: [] });
  });

  test('packed and aligned(N) after the body', () => {
    expect(record('struct s { char c; } __attribute__((packed, aligned(4)));')).toEqual({ packed: true, aligned: 4, errors: [] });
  });

  test('the __attribute spelling and the __packed__/__aligned__ forms', () => {
    expect(record('struct s { char c; } __attribute((__packed__)) __attribute__((__aligned__(16)));')).toEqual({
      packed: true, aligned: 16, errors: [],
    });
  });

  test('a bare aligned means the target biggest alignment', () => {
    expect(record('struct s { char c; } __attribute__((aligned));').aligned).toBe('max');
  });

  test('kernel-style __packed and __aligned(x) macros expand to the attributes', () => {
    const code = '#define __packed __attribute__((packed))\n#define __aligned(x) __attribute__((aligned(x)))\nstruct s { char c; } __packed __aligned(2 * 4);';
    expect(record(code)).toEqual({ packed: true, aligned: 8, errors: [] });
  });

  test('an attribute on a typedef of an anonymous struct applies to the struct', () => {
    expect(record('typedef struct { char c; } __attribute__((packed)) t;', 'struct ::t').packed).toBe(true);
  });

  test('aligned(N) that is not a power of two is a bad-alignment error', () => {
    expect(record('struct s { char c; } __attribute__((aligned(3)));').errors).toEqual(['bad-alignment']);
  });

  test('attributes that do not change layout are ignored without diagnostics', () => {
    expect(record('struct s { char c; } __attribute__((deprecated, unused));')).toEqual({ packed: false, aligned: undefined, errors: [] });
  });

  test('mode and vector_size, which change the type itself, are unsupported-construct errors', () => {
    expect(lowerC('typedef int v4 __attribute__((vector_size(16)));').errors.map((e) => e.code)).toEqual(['unsupported-construct']);
  });
});

describe('field and typedef attributes', () => {
  test('aligned and packed on fields, before or after the declarator', () => {
    const r = lowerC('typedef unsigned long long u64;\nstruct s { u64 __attribute__((aligned(8))) a; int b __attribute__((packed)); char c[4] __attribute__((aligned(16))); };');
    expect(r.decl('struct s', 'record').fields.map((f) => [f.name, f.packed, f.aligned])).toEqual([
      ['a', undefined, 8], ['b', true, undefined], ['c', undefined, 16],
    ]);
  });

  test('an attribute written before the field type applies to the field', () => {
    expect(lowerC('struct s { __attribute__((aligned(8))) int x; };').decl('struct s', 'record').fields[0].aligned).toBe(8);
  });

  test('attributes after a record body followed by a variable belong to the record', () => {
    const r = lowerC('struct s { int a; } __attribute__((packed)) __attribute__((aligned(2))) v;');
    const s = r.decl('struct s', 'record');
    expect([s.packed, s.aligned, s.fields[0].aligned]).toEqual([true, 2, undefined]);
  });

  test('an aligned typedef keeps its alignment, and a field of that type does not copy it', () => {
    const r = lowerC('typedef unsigned long long __aligned_u64 __attribute__((aligned(8)));\nstruct s { __aligned_u64 v; };');
    expect([r.decl('__aligned_u64', 'typedef').aligned, r.decl('struct s', 'record').fields[0].aligned]).toEqual([8, undefined]);
  });

  test('a bare aligned on a typedef', () => {
    expect(lowerC('struct s { int a; };\ntypedef struct s s_t __attribute__((aligned));').decl('s_t', 'typedef').aligned).toBe('max');
  });

  test('several aligned attributes on one field: the largest wins', () => {
    const r = lowerC('struct s { int a __attribute__((aligned(4))) __attribute__((aligned(32))); };');
    expect(r.decl('struct s', 'record').fields[0].aligned).toBe(32);
  });
});

describe('C11 _Alignas on members', () => {
  const field = (code: string) => {
    const r = lowerC(code);
    const d = r.decl('struct s', 'record');
    return { fields: d.fields.map((f) => f.aligned), errors: r.errors.map((e) => e.code) };
  };

  test('_Alignas(N) raises the member alignment as aligned(N) does (gcc 12: struct { char a; _Alignas(8) char b; } puts b at 8)', () => {
    expect(field('struct s { char a; _Alignas(8) char b; };')).toEqual({ fields: [undefined, 8], errors: [] });
  });

  test('alignas, as <stdalign.h> defines it, is the same qualifier', () => {
    expect(field('#define alignas _Alignas\nstruct s { char a; alignas(16) int b; };')).toEqual({ fields: [undefined, 16], errors: [] });
  });

  test('_Alignas(type) is a located error, not a layout without it', () => {
    expect(field('struct s { char a; _Alignas(double) char b; };').errors).toEqual(['unsupported-construct']);
  });

  test('_Alignas(3) is a bad-alignment error', () => {
    expect(field('struct s { char a; _Alignas(3) char b; };').errors).toEqual(['bad-alignment']);
  });
});
