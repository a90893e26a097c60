// gcc's command line: each flag the front end understands, checked against gcc's own preprocessor where it has an
// observable effect (include search order, forced includes, -D/-U order), and the parse itself otherwise.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { parseGccFlags } from '../../../generator/flags/gcc-args.ts';
import { expandResponseFiles, splitResponseText } from '../../../generator/flags/response-file.ts';
import { TARGETS } from '../../../generator/layout/targets.ts';
import { tokenize } from '../../../generator/source/lexer.ts';
import { preprocess } from '../../../generator/source/preprocess.ts';
import { memorySourceFs } from '../../../generator/source/source-fs.ts';
import { gccTokens, HAS_GCC } from '../source/gcc-truth.ts';

function flags(args: string[], files: Record<string, string> = {}) {
  const sink = new DiagnosticSink();
  const f = parseGccFlags(args, memorySourceFs(files), sink, { target: 'x86_64' });
  return { f, sink, codes: sink.items.map((d) => d.code) };
}

/** Our preprocessor given gcc flags, as tokens (the same shape gccTokens returns). */
function ours(files: Record<string, string>, main: string, args: string[]): string[] {
  const sink = new DiagnosticSink();
  const fs = memorySourceFs(files);
  const f = parseGccFlags(args, fs, sink, { target: 'x86_64' });
  const r = preprocess(
    [main],
    {
      target: TARGETS.x86_64,
      includeDirs: f.includeDirs,
      systemIncludeDirs: f.systemDirs,
      quoteDirs: f.quoteDirs,
      afterDirs: f.afterDirs,
      forced: f.forced,
      defines: [],
      undefines: [],
      commandLine: f.macros,
    },
    fs,
    sink,
  );
  expect(sink.items.filter((d) => d.severity === 'error')).toEqual([]);
  return tokenize(r.text, 'out').map((t) => t.text);
}

describe('response files', () => {
  it('splits on whitespace with quotes and backslashes grouping as libiberty does', () => {
    expect(splitResponseText(`-DA='"x y"' -I "dir with space" a\\ b\n-O2\t''`)).toEqual(['-DA="x y"', '-I', 'dir with space', 'a b', '-O2', '']);
  });

  it('expands @file recursively and leaves an unreadable @file as an argument', () => {
    const fs = memorySourceFs({ 'a.rsp': '-Ia @b.rsp -DX', 'b.rsp': '-Ib' });
    expect(expandResponseFiles(['-O2', '@a.rsp', '@missing'], fs, new DiagnosticSink())).toEqual(['-O2', '-Ia', '-Ib', '-DX', '@missing']);
  });

  it('reports a response file that includes itself instead of looping', () => {
    const sink = new DiagnosticSink();
    expandResponseFiles(['@self.rsp'], memorySourceFs({ 'self.rsp': '@self.rsp' }), sink);
    expect(sink.items.map((d) => d.code)).toEqual(['response-file-too-deep']);
  });
});

describe('parsing gcc flags', () => {
  it('takes include directories glued and separate, each into its own list', () => {
    const { f } = flags(['-Ia', '-I', 'b', '-iquote', 'q', '-iquoteq2', '-isystem', 's', '-idirafter', 'x', '-nostdinc']);
    expect([f.includeDirs, f.quoteDirs, f.systemDirs, f.afterDirs, f.nostdinc]).toEqual([['a', 'b'], ['q', 'q2'], ['s'], ['x'], true]);
  });

  it('orders every -imacros before every -include, as gcc processes them', () => {
    const { f } = flags(['-include', 'i1.h', '-imacros', 'm1.h', '-includei2.h']);
    expect(f.forced).toEqual([
      { file: 'm1.h', macrosOnly: true },
      { file: 'i1.h', macrosOnly: false },
      { file: 'i2.h', macrosOnly: false },
    ]);
  });

  it('keeps -D and -U in order, with function-like and empty definitions', () => {
    const { f } = flags(['-DA', '-D', 'B=2', '-D__INT64_C(c)=c ## L', '-DE=', '-UA']);
    expect(f.macros).toEqual([
      { kind: 'define', name: 'A' },
      { kind: 'define', name: 'B', value: '2' },
      { kind: 'define', name: '__INT64_C(c)', value: 'c ## L' },
      { kind: 'define', name: 'E', value: '' },
      { kind: 'undefine', name: 'A' },
    ]);
  });

  it('makes relative paths relative to the base directory when one is given', () => {
    const f = parseGccFlags(['-Iinc', '-I/abs', '-include', 'k.h'], memorySourceFs({}), new DiagnosticSink(), { target: 'x86_64', baseDir: 'examples/x' });
    expect([f.includeDirs, f.forced[0]!.file]).toEqual([['examples/x/inc', '/abs'], 'examples/x/k.h']);
  });

  it('ignores flags without effect in one note that counts them, and skips the values of -o/-MF', () => {
    const { f, sink } = flags(['-Wall', '-g', '-o', 'x.o', '-MF', 'x.d', '-Wp,-MMD,x.d', '-fno-strict-aliasing', '-c', 'x.c']);
    expect(f.ignored).toEqual(['-Wall', '-g', '-o x.o', '-MF x.d', '-Wp,-MMD', '-fno-strict-aliasing', '-c', 'x.c']);
    expect(sink.items.map((d) => [d.severity, d.code])).toEqual([['note', 'gcc-flags-ignored']]);
    expect(sink.items[0]!.message).toMatch(/^ignored 8 gcc flags/);
  });

  it('refuses flags that change layouts it does not model', () => {
    expect(flags(['-fpack-struct']).codes).toEqual(['gcc-flag-unsupported']);
    expect(flags(['-fshort-enums']).codes).toEqual(['gcc-flag-unsupported']);
    expect(flags(['-funsigned-char']).codes).toEqual(['gcc-flag-unsupported']);
  });

  it('refuses an ABI switch that contradicts the target, and accepts the one that matches', () => {
    expect(flags(['-m32']).codes).toEqual(['gcc-flag-wrong-target']);
    expect(flags(['-m64']).codes).toEqual([]);
  });

  it('reports a missing value', () => {
    expect(flags(['-I']).codes).toEqual(['gcc-flag-missing-argument']);
  });

  it('takes -D and -I passed through -Wp, and -Xpreprocessor', () => {
    const { f } = flags(['-Wp,-DX=1,-Iw', '-Xpreprocessor', '-DY']);
    expect([f.macros, f.includeDirs]).toEqual([[{ kind: 'define', name: 'X', value: '1' }, { kind: 'define', name: 'Y' }], ['w']]);
  });
});

describe.skipIf(!HAS_GCC)('include search and forced includes match gcc', () => {
  const files = {
    'main.h': '#include "a.h"\n#include <a.h>\n#include <z.h>\nmain_sees FORCED MACRO_ONLY;\n',
    'q/a.h': 'from_quote_dir;\n',
    'i/a.h': 'from_I_dir;\n',
    's/z.h': 'z_from_system;\n#include_next <z.h>\n',
    'after/z.h': 'z_from_idirafter;\n',
    'forced.h': '#define FORCED forced_value\nforced_text;\n',
    'macros.h': '#define MACRO_ONLY macro_value\ndropped_text;\n',
  };
  const args = ['-iquote', 'q', '-I', 'i', '-isystem', 's', '-idirafter', 'after', '-include', 'forced.h', '-imacros', 'macros.h'];

  it('searches -iquote for "…" only, then -I, -isystem, -idirafter; -imacros keeps only macros', () => {
    expect(ours(files, 'main.h', args)).toEqual(gccTokens(files, 'main.h', args));
  });

  it('finds -include files in the working directory first, then the include path', () => {
    const f2 = { 'main.h': 'X;\n', 'i/only-in-path.h': '#define X found_in_path\n' };
    const a2 = ['-I', 'i', '-include', 'only-in-path.h'];
    expect(ours(f2, 'main.h', a2)).toEqual(gccTokens(f2, 'main.h', a2));
  });

  it('applies -D and -U in command-line order, function-like definitions included', () => {
    const f3 = { 'main.h': 'A B F(7) __INT64_C(3)\n' };
    const a3 = ['-DA=1', '-UA', '-DB=2', '-DF(x)=x+1', '-D__INT64_C(c)=c ## L'];
    expect(ours(f3, 'main.h', a3)).toEqual(gccTokens(f3, 'main.h', a3));
  });
});

describe('headers named as include names', () => {
  it('resolves a main header that is not a path through the include path', () => {
    const sink = new DiagnosticSink();
    const r = preprocess(['drm/x.h'], { target: TARGETS.x86_64, includeDirs: ['inc'], systemIncludeDirs: [], defines: [], undefines: [] }, memorySourceFs({ 'inc/drm/x.h': 'int x;\n' }), sink);
    expect([r.includes, sink.items]).toEqual([['inc/drm/x.h'], []]);
  });
});
