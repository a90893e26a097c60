// Macro expansion, checked against gcc -E on the same input (the C standard's own examples among them).

import { describe, expect, it } from 'vitest';
import { gccTokens, HAS_GCC } from './gcc-truth.ts';
import { pp } from './pp-helpers.ts';

function sameAsGcc(src: string) {
  const files = { 'main.h': src };
  expect(pp(files).tokens).toEqual(gccTokens(files, 'main.h'));
}

describe.skipIf(!HAS_GCC)('macro expansion matches gcc', () => {
  it('expands object-like macros in order of definition at use', () => {
    sameAsGcc('#define A B + 1\n#define B 2\nint x = A;\n#undef B\n#define B 3\nint y = A;\n');
  });

  it('does not re-expand a macro inside its own expansion (self-reference)', () => {
    sameAsGcc('#define foo foo + 1\n#define x (4 + y)\n#define y (2 * x)\nfoo; x; y;\n');
  });

  it('expands the C11 6.10.3.5 example 3 like gcc (rescanning, nested calls, painted names)', () => {
    sameAsGcc(
      [
        '#define x 3',
        '#define f(a) f(x * (a))',
        '#undef x',
        '#define x 2',
        '#define g f',
        '#define z z[0]',
        '#define h g(~',
        '#define m(a) a(w)',
        '#define w 0,1',
        '#define t(a) a',
        '#define p() int',
        '#define q(x) x',
        '#define r(x,y) x ## y',
        '#define str(x) # x',
        'f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);',
        'g(x+(3,4)-w) | h 5) & m',
        '(f)^m(m);',
        'p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };',
        'char c[2][6] = { str(hello), str() };',
        '',
      ].join('\n'),
    );
  });

  it('stringizes and pastes like the C11 example 4 (xstr/glue)', () => {
    sameAsGcc(
      [
        '#define str(s) # s',
        '#define xstr(s) str(s)',
        '#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", x ## s, x ## t)',
        '#define INCFILE(n) vers ## n',
        '#define glue(a, b) a ## b',
        '#define xglue(a, b) glue(a, b)',
        '#define HIGHLOW "hello"',
        '#define LOW LOW ", world"',
        'debug(1, 2);',
        'fputs(str(strncmp("abc\\0d", "abc", \'\\4\') == 0) str(: @\\n), s);',
        'xstr(INCFILE(2).h)',
        'glue(HIGH, LOW);',
        'xglue(HIGH, LOW)',
        '',
      ].join('\n'),
    );
  });

  it('handles variadic macros with __VA_ARGS__, named variadics and the GNU comma paste', () => {
    sameAsGcc(
      [
        '#define debug(...) fprintf(stderr, __VA_ARGS__)',
        '#define showlist(...) puts(#__VA_ARGS__)',
        '#define report(test, ...) ((test)?puts(#test): printf(__VA_ARGS__))',
        '#define e(fmt, args...) f(fmt, ## args)',
        '#define g(fmt, ...) f(fmt, ## __VA_ARGS__)',
        'debug("Flag"); debug("X = %d\\n", x);',
        'showlist(The first, second, and third items.);',
        'report(x>y, "x is %d but y is %d", x, y);',
        'e("a"); e("a", 1, 2); g("b"); g("b", 3);',
        '',
      ].join('\n'),
    );
  });

  it('collects macro arguments across lines', () => {
    sameAsGcc('#define F(a, b) a + b\nint x = F(1,\n  2);\nint y;\n');
  });

  it('leaves a function-like macro name alone when no parenthesis follows', () => {
    sameAsGcc('#define f(x) x\nint f;\nint (f)(int);\n');
  });

  it('expands the kernel fourcc_code pattern with casts and shifts', () => {
    sameAsGcc("#define fourcc_code(a, b, c, d) ((__u32)(a) | ((__u32)(b) << 8) | ((__u32)(c) << 16) | ((__u32)(d) << 24))\n#define DRM_FORMAT_XRGB8888 fourcc_code('X', 'R', '2', '4')\nx = DRM_FORMAT_XRGB8888;\n");
  });
});

describe('macro diagnostics', () => {
  it('reports a wrong argument count at the call', () => {
    const r = pp({ 'main.h': '#define F(a, b) a\nint x = F(1);\n' });
    expect(r.sink.items.map((d) => [d.code, d.loc?.line, d.loc?.column])).toEqual([['macro-arg-count', 2, 9]]);
  });

  it('reports an unterminated call', () => {
    const r = pp({ 'main.h': '#define F(a) a\nint x = F(1;\n' });
    expect(r.codes).toEqual(['unterminated-macro-call']);
  });

  it('reports "#" not followed by a parameter', () => {
    expect(pp({ 'main.h': '#define F(a) # b\n' }).codes).toEqual(['invalid-stringize']);
  });

  it('reports "##" at the edge of a replacement list', () => {
    expect(pp({ 'main.h': '#define F(a) ## a\n' }).codes).toEqual(['invalid-paste-position']);
  });

  it('reports a paste that does not form one token', () => {
    const r = pp({ 'main.h': '#define P(a, b) a ## b\nP(+, /);\n' });
    expect(r.codes).toEqual(['invalid-paste']);
  });

  it('warns when a macro is redefined differently and accepts an identical redefinition', () => {
    expect(pp({ 'main.h': '#define A 1\n#define A  1\n#define A 2\n' }).codes).toEqual(['macro-redefined']);
  });
});
