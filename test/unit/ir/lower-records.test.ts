import { describe, expect, test } from 'vitest';
import { int, lowerC } from './lower-helpers.ts';

describe('records', () => {
  test('a named struct lists its fields in order with their types', () => {
    const r = lowerC('struct s { int a; unsigned char b; };');
    const s = r.decl('struct s', 'record');
    expect([s.tag, s.name, s.complete, s.fields.map((f) => [f.name, f.type])]).toEqual([
      'struct', 's', true, [['a', int('int')], ['b', int('uchar')]],
    ]);
  });

  test('a union is a record with tag union', () => {
    expect(lowerC('union u { int a; char b; };').decl('union u', 'record').tag).toBe('union');
  });

  test('anonymous members get ids from their parent and position, and name their parent', () => {
    const r = lowerC('struct p { union { int a; struct { char x; } inner; }; struct { int b; } named; };');
    const p = r.decl('struct p', 'record');
    expect(p.fields.map((f) => [f.name, f.type])).toEqual([
      [null, { kind: 'record', id: 'union p::anon0' }],
      ['named', { kind: 'record', id: 'struct p::anon1' }],
    ]);
    const inner = r.decl('union p::anon0', 'record');
    expect([inner.parent, inner.fields[1].type]).toEqual(['struct p', { kind: 'record', id: 'struct p::anon0::anon0' }]);
  });

  test('an anonymous struct in a typedef is named after the typedef', () => {
    const r = lowerC('typedef struct { int v; } foo_t;');
    expect([r.decl('foo_t', 'typedef').type, r.decl('struct ::foo_t', 'record').parent]).toEqual([
      { kind: 'record', id: 'struct ::foo_t' }, 'foo_t',
    ]);
  });

  test('a struct tag defined inside another struct is declared at file scope', () => {
    const r = lowerC('struct outer { struct inner { int x; } i; };');
    expect([r.decl('struct inner', 'record').parent, r.decl('struct outer', 'record').fields[0].type]).toEqual([
      undefined, { kind: 'record', id: 'struct inner' },
    ]);
  });

  test('a struct only declared is kept as an opaque (incomplete) record', () => {
    const r = lowerC('struct opaque;\nstruct user { struct opaque *p; struct never_declared *q; };');
    expect([r.decl('struct opaque', 'record').complete, r.decl('struct never_declared', 'record').complete]).toEqual([false, false]);
  });

  test('a forward declaration later completed is one complete record at the definition', () => {
    const r = lowerC('struct s;\nstruct t { struct s *p; };\nstruct s { int a; };');
    const s = r.decl('struct s', 'record');
    expect([s.complete, s.fields.length, s.loc.line, r.ir.decls.filter((d) => d.id === 'struct s').length]).toEqual([true, 1, 3, 1]);
  });

  test('a self-referencing struct points at itself', () => {
    const r = lowerC('struct node { struct node *next; };');
    expect(r.decl('struct node', 'record').fields[0].type).toEqual({ kind: 'pointer', pointee: { kind: 'record', id: 'struct node' } });
  });

  test('redefining a struct with different members is a record-redefined error at the second one', () => {
    const r = lowerC('struct s { int a; };\n\nstruct s { long a; };');
    expect(r.errors.map((d) => [d.code, d.loc?.line])).toEqual([['record-redefined', 3]]);
  });

  test('repeating an identical definition (anonymous members included) is accepted', () => {
    const r = lowerC('struct s { union { int a; }; };\nstruct s { union { int a; }; };');
    expect(r.errors).toEqual([]);
  });

  test('using a union tag as a struct is a tag-mismatch error', () => {
    const r = lowerC('union u { int a; };\nstruct u *p;');
    expect(r.errors.map((d) => d.code)).toEqual(['tag-mismatch']);
  });

  test('a record declared in an included header has that header as its location', () => {
    const r = lowerC('#include "inc.h"\nstruct b { struct a x; };', 'x86_64', { 'inc.h': '\n\nstruct a { int q; };\n' });
    const a = r.decl('struct a', 'record');
    expect([a.header, a.loc.line, a.loc.column]).toEqual(['inc.h', 3, 1]);
  });
});

describe('bitfields', () => {
  test('named, unnamed and zero-width bitfields keep their widths', () => {
    const r = lowerC('struct s { unsigned a:3, :0, b:2; int :5; char c; };');
    expect(r.decl('struct s', 'record').fields.map((f) => [f.name, f.bitWidth])).toEqual([
      ['a', 3], [null, 0], ['b', 2], [null, 5], ['c', undefined],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  test('a bitfield width may be a constant expression', () => {
    const r = lowerC('#define W 4\nenum { E = 2 };\nstruct s { unsigned a : W * E - 1; };');
    expect(r.decl('struct s', 'record').fields[0].bitWidth).toBe(7);
  });
});

describe('docs', () => {
  test('records and fields keep the comment right before them, a comment further up does not count', () => {
    const r = lowerC('/** A record. */\nstruct s {\n  /* the a field */\n  int a;\n\n  int b;\n};');
    const s = r.decl('struct s', 'record');
    expect([s.doc, s.fields[0].doc, s.fields[1].doc]).toEqual(['A record.', 'the a field', undefined]);
  });

  test('a comment before a one-line struct documents the struct, not its first field', () => {
    const r = lowerC('/** one line */\nstruct s { int a; };');
    const s = r.decl('struct s', 'record');
    expect([s.doc, s.fields[0].doc]).toEqual(['one line', undefined]);
  });

  test('a comment before a typedef of a struct documents both', () => {
    const r = lowerC('/** both */\ntypedef struct s { int a; } s_t;');
    expect([r.decl('s_t', 'typedef').doc, r.decl('struct s', 'record').doc]).toEqual(['both', 'both']);
  });
});
