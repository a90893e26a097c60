// Conditionals, includes, guards, pragmas, #error and the diagnostics for malformed directives.

import { describe, expect, it } from 'vitest';
import { gccTokens, HAS_GCC } from './gcc-truth.ts';
import { pp } from './pp-helpers.ts';

describe.skipIf(!HAS_GCC)('conditionals match gcc', () => {
  it('selects #if/#elif/#else branches, nested, with defined in both spellings', () => {
    const files = {
      'main.h': [
        '#define A 1',
        '#if defined(A) && !defined B',
        'a1;',
        '# if A > 1',
        'no;',
        '# elif A == 1',
        'a2;',
        '# else',
        'no;',
        '# endif',
        '#elif 1',
        'no;',
        '#else',
        'no;',
        '#endif',
        '#ifdef B',
        'no;',
        '#elif defined A',
        'yes;',
        '#endif',
        '#ifndef A',
        'no;',
        '#else',
        'else;',
        '#endif',
        '',
      ].join('\n'),
    };
    expect(pp(files).tokens).toEqual(gccTokens(files, 'main.h'));
  });

  it('evaluates #if arithmetic in intmax_t/uintmax_t like gcc', () => {
    const cases = ['-1 < 0u', '-1 < 0', '0x7fffffffffffffff + 0 > 0', '(1 ? -1 : 0u) > 0', "'\\377' < 0", "'ab' == 24930", '1 << 63 < 0', '~0u == 0xffffffffffffffff', '(2 || 1/0)', '0 && 1/0', '-1 / 2 == 0', '-7 % 3 == -1', 'UNDEFINED_NAME == 0', '(0, 1)', '0b101 == 5', '010 == 8'];
    const src = cases.map((c, k) => `#if ${c}\nyes${k};\n#else\nno${k};\n#endif`).join('\n') + '\n';
    const files = { 'main.h': src };
    expect(pp(files).tokens).toEqual(gccTokens(files, 'main.h'));
  });

  it('resolves quoted includes from the includer directory and angled ones from -I', () => {
    const files = {
      'main.h': '#include "sub/a.h"\n#include <b.h>\nmain;\n',
      'sub/a.h': '#include "c.h"\na;\n',
      'sub/c.h': 'c;\n',
      'inc/b.h': 'b;\n',
    };
    expect(pp(files, 'main.h', { includeDirs: ['inc'] }).tokens).toEqual(gccTokens(files, 'main.h', ['-Iinc']));
  });

  it('includes a guarded header once and a #pragma once header once', () => {
    const files = {
      'main.h': '#include "g.h"\n#include "g.h"\n#include "o.h"\n#include "o.h"\nend;\n',
      'g.h': '#ifndef G_H\n#define G_H\ng;\n#endif\n',
      'o.h': '#pragma once\no;\n',
    };
    const r = pp(files);
    expect(r.tokens).toEqual(gccTokens(files, 'main.h'));
    expect(r.result.includes).toEqual(['main.h', 'g.h', 'o.h']);
  });

  it('applies -D and -U', () => {
    const files = { 'main.h': '#ifdef GONE\ngone;\n#endif\nX Y F(2)\n' };
    const r = pp(files, 'main.h', {
      defines: [{ name: 'X', value: '42' }, { name: 'Y' }, { name: 'GONE' }, { name: 'F(a)', value: 'a*a' }],
      undefines: ['GONE'],
    });
    expect(r.tokens).toEqual(gccTokens(files, 'main.h', ['-DX=42', '-DY', '-DGONE', '-DF(a)=a*a', '-UGONE']));
  });
});

describe('includes', () => {
  it('diagnoses a missing header at the directive', () => {
    const r = pp({ 'main.h': '\n#include "nope.h"\n' });
    expect(r.sink.items.map((d) => [d.code, d.loc?.line])).toEqual([['include-not-found', 2]]);
  });

  it('diagnoses an include cycle between unguarded headers and keeps going', () => {
    const r = pp({ 'main.h': '#include "a.h"\nend;\n', 'a.h': '#include "b.h"\n', 'b.h': '#include "a.h"\n' });
    expect(r.codes).toEqual(['include-cycle']);
    expect(r.tokens).toEqual(['end', ';']);
  });

  it('falls back from <asm/X.h> to <asm-generic/X.h> on wasm32 only', () => {
    const files = { 'main.h': '#include <asm/ioctl.h>\n', 'sys/asm-generic/ioctl.h': 'generic;\n' };
    expect(pp(files, 'main.h', { targetName: 'wasm32', systemIncludeDirs: ['sys'] }).tokens).toEqual(['generic', ';']);
    expect(pp(files, 'main.h', { targetName: 'x86_64', systemIncludeDirs: ['sys'] }).codes).toEqual(['include-not-found']);
  });

  it('answers __has_include in #if', () => {
    const r = pp({ 'main.h': '#if __has_include("x.h") && !__has_include(<y.h>)\nok;\n#endif\n', 'x.h': '' });
    expect(r.tokens).toEqual(['ok', ';']);
  });

  it('reports a header named on the command line that does not exist', () => {
    expect(pp({}, 'missing.h').codes).toEqual(['file-not-found']);
  });
});

describe('directive diagnostics', () => {
  it('stops at #error with its message as an error', () => {
    const r = pp({ 'main.h': 'before;\n#error no support for "this"\nafter;\n' });
    expect(r.sink.items).toEqual([
      { severity: 'error', code: 'error-directive', message: '#error no support for "this"', loc: { file: 'main.h', line: 2, column: 1 } },
    ]);
    expect(r.tokens).toEqual(['before', ';']);
  });

  it('reports #warning and continues', () => {
    const r = pp({ 'main.h': '#warning careful\nafter;\n' });
    expect(r.sink.items.map((d) => [d.severity, d.code])).toEqual([['warning', 'warning-directive']]);
    expect(r.tokens).toEqual(['after', ';']);
  });

  it('reports an unterminated #if at the #if', () => {
    const r = pp({ 'main.h': 'x;\n  #if 1\ny;\n' });
    expect(r.sink.items.map((d) => [d.code, d.loc?.line, d.loc?.column])).toEqual([['unterminated-conditional', 2, 3]]);
  });

  it('reports stray #endif, #else and #elif', () => {
    expect(pp({ 'main.h': '#endif\n#else\n#elif 1\n' }).codes).toEqual(['stray-directive', 'stray-directive', 'stray-directive']);
  });

  it('reports #else after #else', () => {
    expect(pp({ 'main.h': '#if 1\n#else\n#else\n#endif\n' }).codes).toEqual(['else-after-else']);
  });

  it('reports an unknown directive with its location, but not inside a skipped group', () => {
    const r = pp({ 'main.h': '#if 0\n#frobnicate\n#endif\n #frobnicate\n' });
    expect(r.sink.items.map((d) => [d.code, d.loc?.line, d.loc?.column])).toEqual([['unknown-directive', 4, 3]]);
  });

  it('reports #line as unsupported rather than skipping it silently', () => {
    expect(pp({ 'main.h': '#line 10\n' }).codes).toEqual(['unsupported-directive']);
  });

  it('hands #pragma pack to lowering with the row it applies from, and notes other pragmas', () => {
    const r = pp({ 'main.h': 'int a;\n#pragma pack(4)\n#pragma GCC system_header\n' });
    expect(r.sink.items.map((d) => [d.severity, d.code])).toEqual([['note', 'pragma-ignored']]);
    expect(r.result.packPragmas?.map((p) => [p.row, p.loc.line, p.args.map((t) => t.text).join('')])).toEqual([[2, 2, '(4)']]);
  });

  it('reports a bad #if expression at its location', () => {
    const r = pp({ 'main.h': '#if 1 +\n#endif\n#if (2\n#endif\n#if 1/0\n#endif\n' });
    expect(r.codes).toEqual(['invalid-if-expression', 'invalid-if-expression', 'invalid-if-expression']);
  });

  it('reports #ifdef without a name', () => {
    expect(pp({ 'main.h': '#ifdef\n#endif\n' }).codes).toEqual(['missing-macro-name']);
  });
});

describe('output shape', () => {
  it('keeps one output line per input line and columns where nothing expanded', () => {
    const r = pp({ 'main.h': '#define N 4\n/* c */\nint   a[N];\n  long b;\n' });
    const lines = r.result.text.split('\n');
    expect(r.result.lineMap.slice(0, 4)).toEqual([1, 2, 3, 4].map((line) => ({ file: 'main.h', line })));
    expect(lines[2].startsWith('int   a[')).toBe(true);
    expect(lines[3]).toBe('  long b;');
  });

  it('maps included lines to their own file', () => {
    const r = pp({ 'main.h': 'a;\n#include "x.h"\nb;\n', 'x.h': 'x;\n' });
    const at = r.result.text.split('\n').indexOf('x;');
    expect(r.result.lineMap[at]).toEqual({ file: 'x.h', line: 1 });
    expect(r.result.lineMap[r.result.text.split('\n').indexOf('b;')]).toEqual({ file: 'main.h', line: 3 });
  });

  it('keeps doc comments by the line that follows them, markers stripped, and on macros', () => {
    const r = pp({ 'main.h': '/**\n * struct foo - a thing\n *\n * More.\n */\nstruct foo;\n// one\n// two\n#define X 1\nint y; /* trailing */\nint z;\n' });
    expect(r.result.comments.get('main.h:6')).toBe('struct foo - a thing\n\nMore.');
    expect(r.result.comments.get('main.h:9')).toBe('one\ntwo');
    expect(r.result.comments.has('main.h:11')).toBe(false);
    expect(r.result.macros.find((m) => m.name === 'X')?.doc).toBe('one\ntwo');
  });

  it('does not fold a plain section comment into the /** */ doc right below it', () => {
    const r = pp({ 'main.h': '/* Section: caps. */\n/** The first cap. */\n#define CAP_A 1\n' });
    expect(r.result.macros.find((m) => m.name === 'CAP_A')?.doc).toBe('The first cap.');
  });

  it('lists macros in definition order with their origin', () => {
    const r = pp({ 'main.h': '#define B 2\n#define A 1\n#undef B\n' }, 'main.h', { defines: [{ name: 'C', value: '3' }], config: [{ name: 'CONFIG_X', value: '1' }] });
    const mine = r.result.macros.filter((m) => ['A', 'B', 'C', 'CONFIG_X'].includes(m.name));
    expect(mine.map((m) => [m.name, m.header, m.text])).toEqual([
      ['CONFIG_X', '<config>', '1'],
      ['C', '<command-line>', '3'],
      ['A', 'main.h', '1'],
    ]);
  });

  it('joins backslash-continued lines', () => {
    const r = pp({ 'main.h': '#define LONG 1 + \\\n  2\nint x = LONG;\n' });
    expect(r.tokens).toEqual(['int', 'x', '=', '1', '+', '2', ';']);
  });
});

describe('command-line macros', () => {
  it('applies -D and -U in the order given when commandLine is used', () => {
    const files = { 'main.h': '#ifdef A\na;\n#endif\n#ifdef B\nb;\n#endif\n' };
    const r = pp(files, 'main.h', {
      commandLine: [
        { kind: 'undefine', name: 'A' },
        { kind: 'define', name: 'A' },
        { kind: 'define', name: 'B' },
        { kind: 'undefine', name: 'B' },
      ],
    });
    expect(r.tokens).toEqual(['a', ';']);
  });

  it('rejects a -D whose name is not an identifier', () => {
    expect(pp({ 'main.h': '' }, 'main.h', { defines: [{ name: '1X' }] }).codes).toEqual(['invalid-command-line-define']);
  });
});

describe.skipIf(!HAS_GCC)('more directives match gcc', () => {
  it('continues the search after the current directory with #include_next', () => {
    const files = {
      'main.h': '#include <x.h>\n',
      'a/x.h': 'a;\n#include_next <x.h>\n',
      'b/x.h': 'b;\n',
    };
    expect(pp(files, 'main.h', { includeDirs: ['a', 'b'] }).tokens).toEqual(gccTokens(files, 'main.h', ['-Ia', '-Ib']));
  });

  it('expands __LINE__ and __FILE__ where they are used', () => {
    const files = { 'main.h': '#define L __LINE__\nint a = __LINE__;\nint b = L;\nconst char *f = __FILE__;\n' };
    expect(pp(files).tokens).toEqual(gccTokens(files, 'main.h'));
  });

  it('uses a macro-expanded (computed) include name', () => {
    const files = { 'main.h': '#define HDR "h.h"\n#include HDR\n', 'h.h': 'h;\n' };
    expect(pp(files).tokens).toEqual(gccTokens(files, 'main.h'));
  });

  it('reads CRLF line endings and comment-only lines like gcc', () => {
    const files = { 'main.h': '#define A 1 /* x\r\n y */ + 2\r\nint a = A;\r\n' };
    expect(pp(files).tokens).toEqual(gccTokens(files, 'main.h'));
  });
});

describe.skipIf(!HAS_GCC)('feature probes match gcc', () => {
  it('answers __has_attribute for common attributes, and defined() of the probes', () => {
    const src = ['packed', '__aligned__', 'fallthrough', 'no_such_attribute'].map((a, k) => `#if __has_attribute(${a})\nyes${k};\n#endif`).join('\n') + '\n#if defined(__has_attribute) && defined __has_include\nprobes;\n#endif\n#ifdef __has_builtin\nbuiltin;\n#endif\n';
    const files = { 'main.h': src };
    expect(pp(files).tokens).toEqual(gccTokens(files, 'main.h'));
  });
});

describe('_Pragma', () => {
  it('acts like #pragma and leaves no tokens', () => {
    const r = pp({ 'main.h': '#define P _Pragma("GCC diagnostic push")\nP int x;\n_Pragma("pack(1)")\n' });
    expect(r.tokens).toEqual(['int', 'x', ';']);
    expect(r.sink.items.map((d) => [d.code, d.loc?.line])).toEqual([['pragma-ignored', 2]]);
    expect(r.result.packPragmas?.map((p) => p.loc.line)).toEqual([3]);
  });
});

describe('comments', () => {
  it('reports a block comment that never ends where it starts', () => {
    const r = pp({ 'main.h': 'int a;\n  /* open\nint b;\n' });
    expect(r.sink.items.map((d) => [d.code, d.loc?.line, d.loc?.column])).toEqual([['unterminated-comment', 2, 3]]);
  });
});

describe('positions across splices and multi-line comments', () => {
  it('gives a token after a multi-line comment its own line and column', () => {
    const r = pp({ 'main.h': '#define M(a) a\nint a; /* one\n two */ M(@);\n' });
    const at = r.result.text.split('\n');
    expect(at[2].replace(/\s+/g, '')).toBe('@;');
    expect(r.result.lineMap[2]).toEqual({ file: 'main.h', line: 3 });
  });

  it('locates a macro body token written on a continuation line', () => {
    const r = pp({ 'main.h': '#define F(a, b) \\\n    a\nF(1);\n' });
    const f = r.result.macros.find((m) => m.name === 'F')!;
    expect(f.body[0].loc).toEqual({ file: 'main.h', line: 2, column: 5 });
    expect(r.sink.items.map((d) => [d.code, d.loc?.line, d.loc?.column])).toEqual([['macro-arg-count', 3, 1]]);
  });

  it('still joins a token cut by a backslash-newline', () => {
    const r = pp({ 'main.h': 'int lo\\\nng_name;\n' });
    expect(r.tokens).toEqual(['int', 'long_name', ';']);
  });
});

describe.skipIf(!HAS_GCC)('directives inside a macro call', () => {
  it('processes conditionals met while collecting arguments, like gcc', () => {
    const files = { 'main.h': '#define F(a, b) a + b\nint x = F(1,\n#ifdef NOPE\n  9\n#else\n  2\n#endif\n  );\nint y;\n' };
    const r = pp(files);
    expect(r.tokens).toEqual(gccTokens(files, 'main.h'));
    expect(r.result.lineMap.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
