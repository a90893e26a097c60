import { describe, expect, test } from 'vitest';
import { int, lowerC } from './lower-helpers.ts';

describe('functions', () => {
  test('a prototype keeps its signature and is neither static nor inline', () => {
    const f = lowerC('int drm_open(const char *path, int flags, ...);').decl('drm_open', 'function');
    expect([f.ret, f.params.map((p) => p.name), f.variadic, f.isStatic, f.isInline, f.body]).toEqual([
      int('int'), ['path', 'flags'], true, false, false, undefined,
    ]);
  });

  test('extern prototypes are functions too', () => {
    expect(lowerC('extern void f(void);').decl('f', 'function').params).toEqual([]);
  });

  test('a static inline function keeps its body text (after preprocessing)', () => {
    const f = lowerC('static inline unsigned add(unsigned a, unsigned b)\n{\n  return a + b;\n}').decl('add', 'function');
    expect([f.isStatic, f.isInline, f.body]).toEqual([true, true, '{\n  return a + b;\n}']);
  });

  test('__inline__ and __always_inline-style attributes still mark the function inline', () => {
    const f = lowerC('static __inline__ __attribute__((__always_inline__)) int g(void) { return 0; }').decl('g', 'function');
    expect([f.isStatic, f.isInline]).toEqual([true, true]);
  });

  test('the body keeps GNU keyword spellings as written', () => {
    const f = lowerC('static inline int h(void) { __extension__ int x = 0; return x; }').decl('h', 'function');
    expect(f.body).toBe('{ __extension__ int x = 0; return x; }');
  });

  test('a function returning a pointer', () => {
    expect(lowerC('struct obj;\nstruct obj *obj_get(struct obj *o);').decl('obj_get', 'function').ret).toEqual({
      kind: 'pointer', pointee: { kind: 'record', id: 'struct obj' },
    });
  });

  test('a prototype followed by its definition is one function with the body', () => {
    const r = lowerC('int f(int x);\nstatic inline int f(int x) { return x; }');
    const f = r.decl('f', 'function');
    expect([r.ir.decls.filter((d) => d.id === 'f').length, f.isStatic, f.body !== undefined]).toEqual([1, true, true]);
  });

  test('defining a function twice is a function-redefined error', () => {
    const r = lowerC('static inline int f(void) { return 0; }\nstatic inline int f(void) { return 1; }');
    expect(r.errors.map((d) => [d.code, d.loc?.line])).toEqual([['function-redefined', 2]]);
  });

  test('the comment before a function is its doc', () => {
    expect(lowerC('/**\n * kref_get - take a reference\n */\nvoid kref_get(void);').decl('kref_get', 'function').doc).toContain('kref_get - take a reference');
  });

  test('a variable declaration is reported as not bound rather than dropped silently', () => {
    const r = lowerC('extern int counter;');
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'variable-ignored']]);
  });
});

describe('static asserts', () => {
  test('_Static_assert and static_assert keep expression text, message and location', () => {
    const r = lowerC('struct s { int a; };\n_Static_assert(sizeof(struct s) == 4, "size");\nstatic_assert(1, "one");');
    expect(r.ir.staticAsserts.map((a) => [a.expr, a.message, a.loc.line])).toEqual([
      ['sizeof(struct s) == 4', 'size', 2], ['1', 'one', 3],
    ]);
  });

  test('a static assert inside a record body is kept, and the record keeps its fields', () => {
    const r = lowerC('struct s {\n  int a;\n  _Static_assert(sizeof(int) == 4, "int, 4 bytes");\n  int b;\n};');
    expect([r.diagnostics, r.ir.staticAsserts.map((a) => [a.expr, a.message, a.loc.line, a.loc.column])]).toEqual([
      [], [['sizeof(int) == 4', 'int, 4 bytes', 3, 3]],
    ]);
    expect(r.decl('struct s', 'record').fields.map((f) => f.name)).toEqual(['a', 'b']);
  });

  test('a comma inside the asserted expression does not split it', () => {
    expect(lowerC('_Static_assert(f(1, 2) + (3, 4), "m");').ir.staticAsserts.map((a) => [a.expr, a.message])).toEqual([['f(1, 2) + (3, 4)', 'm']]);
  });

  test('a static assert without a message', () => {
    expect(lowerC('_Static_assert(1);').ir.staticAsserts.map((a) => [a.expr, a.message])).toEqual([['1', undefined]]);
  });
});
