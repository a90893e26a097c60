import { describe, expect, test } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { parseC, syntaxDiagnostics } from '../../../generator/source/parse.ts';
import type { PreprocessedSource } from '../../../generator/source/types.ts';

/** A PreprocessedSource whose lines come from the given origins (identity when none are given). */
function pp(text: string, origins?: [string, number][]): PreprocessedSource {
  const lines = text.split('\n');
  const lineMap = lines.map((_, i) => (origins?.[i] ? { file: origins[i][0], line: origins[i][1] } : { file: 'main.h', line: i + 1 }));
  return { text, lineMap, macros: [], includes: ['main.h'], mainFiles: ['main.h'], comments: new Map() };
}

function diagnose(text: string, origins?: [string, number][]) {
  const source = pp(text, origins);
  const sink = new DiagnosticSink();
  syntaxDiagnostics(parseC(text), source, sink);
  return sink.items.map((d) => ({ code: d.code, where: `${d.loc?.file}:${d.loc?.line}:${d.loc?.column}`, message: d.message }));
}

describe('syntaxDiagnostics', () => {
  test('valid C gives no diagnostics, unnamed bitfields and tag-only declarations included', () => {
    expect(diagnose('struct s { int a:3, :0; unsigned :4; };\n__attribute__((packed)) struct t { char c; };')).toEqual([]);
  });

  test('GNU keyword spellings parse (__signed__ char, __extension__, __inline__)', () => {
    expect(diagnose('__extension__ typedef __signed__ char s8;\nstatic __inline__ int f(void) { return 0; }')).toEqual([]);
  });

  test('an unparsable token is a syntax-error at its original line and column, quoting it', () => {
    expect(diagnose('struct s {\n  int a; @\n};')).toEqual([
      { code: 'syntax-error', where: 'main.h:2:10', message: expect.stringContaining('"@"') },
    ]);
  });

  test('a missing token is a syntax-missing error naming what was expected', () => {
    expect(diagnose('struct s { int a[3; };')).toEqual([{ code: 'syntax-missing', where: 'main.h:1:19', message: 'expected "]" here' }]);
  });

  test('locations map through the line map to the header the line came from', () => {
    const text = 'int ok;\nstruct s { int a @ }; ';
    expect(diagnose(text, [['main.h', 1], ['include/inner.h', 42]]).map((d) => d.where)).toEqual(['include/inner.h:42:12']);
  });

  test('columns count UTF-16 code units, as SourceLoc does', () => {
    expect(diagnose('/* é */ int a; @').map((d) => d.where)).toEqual(['main.h:1:16']);
  });

  test('offsetof written as __builtin_offsetof parses', () => {
    expect(diagnose('static inline long f(void) { return __builtin_offsetof(struct s, m); }')).toEqual([]);
  });

  test('function bodies are never parsed: GNU C in them (offsetof paths, statement expressions, asm) gives no diagnostics', () => {
    const text = 'static inline long f(void)\n{\n  return __builtin_offsetof(struct s, a.b[1]) + ({ int y = 1; y; });\n  asm volatile("" ::: "memory");\n}\nstruct t { int x; };';
    const tree = parseC(text);
    const source = pp(text);
    const sink = new DiagnosticSink();
    syntaxDiagnostics(tree, source, sink);
    expect([sink.items, tree.rootNode.namedChildren.map((n) => n.type)]).toEqual([[], ['function_definition', 'struct_specifier']]);
  });

  test('GNU C of kernel headers outside bodies parses: typeof, attributes after * and after declarators, asm labels, ;;', () => {
    const text = [
      'typedef __typeof__(1) t;',
      'void * __attribute__((__warn_unused_result__)) f(long error);',
      'extern int v __attribute__((__section__(".data..read_mostly"))) __attribute__((__aligned__(64)));',
      'register unsigned long sp asm("rsp");',
      'struct s { int a;; int b; unsigned long __attribute__((aligned(8))) __attribute__((packed)) c; };',
      'enum { A = __builtin_offsetof(struct s, b), B = __builtin_types_compatible_p(int, long) };',
    ].join('\n');
    expect(diagnose(text)).toEqual([]);
  });

  test('a last member without its ";" is accepted, as gcc does (with a warning)', () => {
    expect(diagnose('struct s { int a; unsigned : 6\n};\nstruct t { int b }; ')).toEqual([]);
  });

  test('a declaration that cannot be parsed costs only itself: the records after it are kept', () => {
    const text = 'struct a { int x; };\nstatic const struct { const char *n; } names[] @ = { { "x" } };\nstruct b { int y; };\nstruct c { int z; };';
    const tree = parseC(text);
    const kept = tree.rootNode.namedChildren.filter((n) => n.type === 'struct_specifier').map((n) => n.text.slice(0, 8));
    expect([diagnose(text).map((d) => d.where), kept]).toEqual([['main.h:2:48'], ['struct a', 'struct b', 'struct c']]);
  });
});

describe('parseC', () => {
  test('parses inputs far larger than the default buffer', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `struct s${i} { int a; long b; };`).join('\n');
    const tree = parseC(text);
    expect([tree.rootNode.hasError, tree.rootNode.namedChildren.length]).toEqual([false, 5000]);
  });

  test('node offsets index the text given, even where GNU keywords were normalized', () => {
    const text = 'typedef __signed__ char s8; int x;';
    const tree = parseC(text);
    const x = tree.rootNode.namedChildren[1];
    expect(text.slice(x.startIndex, x.endIndex)).toBe('int x;');
  });
});
