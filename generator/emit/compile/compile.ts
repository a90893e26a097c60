// The compile stage: every generated .ts module also ships as ESM JavaScript and a .d.ts, so a package works
// in plain Node, under any tsc module resolution and in bundlers, without the consumer compiling our sources.
// It reads only the rendered text, never the view model, so templates can change freely — as long as every
// export's type can be read off its own declaration (TypeScript's isolatedDeclarations), which is what lets
// each .d.ts be written from its one file. A declaration that cannot is an error at its place in the .ts.
// The .d.ts is written by ../declarations/ (tsc's output, byte for byte, ~10x faster); a module it does not
// understand goes through TypeScript's transpileDeclaration, which also gives the located error.
//
// Diagnostic codes: emit-declaration-not-isolated, emit-compile-failed.

import type { DiagnosticSink } from '../../diagnostics.ts';
import type { OutputFile } from '../view-model.ts';
import { declarationsOf } from '../declarations/write.ts';
import { Unsupported } from '../declarations/scan.ts';
import { reusable, stamped } from './stamp.ts';
import { compilerIds, esbuildApi, typescript } from './tools.ts';

export interface CompileOptions {
  /** The previous content of an output path (the tree on disk), to reuse still-valid compiled files. */
  previous?(path: string): string | undefined;
  /** How a path inside the output tree is shown in diagnostics (e.g. with the output directory in front). */
  displayPath?(path: string): string;
}

/** A .ts module's leading `//` banner, which the compilers drop, so each compiled file keeps saying where it came from. */
function bannerOf(source: string): string {
  const m = /^(?:\/\/[^\n]*\n)+/.exec(source);
  return m ? `${m[0]}\n` : '';
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function javascript(source: string, file: string, shown: string, sink: DiagnosticSink): string | undefined {
  try {
    const out = esbuildApi().transformSync(source, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcefile: file,
      // The semantics tsc gives our sources under target ES2022 (and tsx/vitest in the repository).
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: false } },
    });
    return out.code;
  } catch (e) {
    sink.error('emit-compile-failed', `cannot compile to JavaScript: ${(e as Error).message.split('\n')[0]}`, { file: shown, line: 1, column: 1 });
    return undefined;
  }
}

function declarations(source: string, file: string, shown: string, sink: DiagnosticSink): string | undefined {
  try {
    return declarationsOf(source);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
  }
  return tscDeclarations(source, file, shown, sink);
}

function tscDeclarations(source: string, file: string, shown: string, sink: DiagnosticSink): string | undefined {
  const ts = typescript();
  const out = ts.transpileDeclaration(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { declaration: true, isolatedDeclarations: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  const problems = out.diagnostics ?? [];
  for (const d of problems) {
    sink.error(
      'emit-declaration-not-isolated',
      `this export's type cannot be written to the .d.ts from its declaration alone (annotate it in the template): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      { file: shown, ...lineColumn(source, d.start ?? 0) },
    );
  }
  return problems.length === 0 ? out.outputText : undefined;
}

/** The files plus, for each .ts module among them, its .js and .d.ts (in the same directory). */
export function compileModules(files: readonly OutputFile[], opts: CompileOptions, sink: DiagnosticSink): OutputFile[] {
  const previous = opts.previous ?? (() => undefined);
  const show = opts.displayPath ?? ((p: string) => p);
  const out: OutputFile[] = [...files];
  let ids: { js: string; dts: string } | undefined;
  for (const f of files) {
    if (!f.path.endsWith('.ts') || f.path.endsWith('.d.ts')) continue;
    ids ??= compilerIds();
    const stem = f.path.slice(0, -'.ts'.length);
    const banner = bannerOf(f.content);
    const outputs: [string, string, (s: string, file: string, shown: string, k: DiagnosticSink) => string | undefined][] = [
      [`${stem}.js`, ids.js, javascript],
      [`${stem}.d.ts`, ids.dts, declarations],
    ];
    for (const [path, compiler, compile] of outputs) {
      const kept = reusable(compiler, f.content, previous(path));
      if (kept !== undefined) {
        out.push({ path, content: kept });
        continue;
      }
      const body = compile(f.content, f.path, show(f.path), sink);
      if (body !== undefined) out.push({ path, content: stamped(compiler, f.content, `${banner}${body}`) });
    }
  }
  return out;
}
