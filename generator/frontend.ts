// The front end for one target: headers → preprocessed text → tree → IR → layout → constants.
// Pure over a SourceFs, so tests run it on in-memory files; the CLI passes the disk.

import { DiagnosticSink } from './diagnostics.ts';
import { checkStaticAsserts } from './ir/static-asserts.ts';
import { resolveConstants } from './ir/constants.ts';
import { lower } from './ir/lower.ts';
import type { IrModule } from './ir/types.ts';
import { computeLayout, createLayoutQuery } from './layout/compute.ts';
import { TARGETS, type TargetInfo, type TargetName } from './layout/targets.ts';
import type { LayoutQuery, LayoutTable } from './layout/types.ts';
import type { CliOptions, Define } from './options.ts';
import { parseKconfig } from './source/kconfig.ts';
import { parseC, syntaxDiagnostics } from './source/parse.ts';
import { systemIncludeDirs } from './source/predefined.ts';
import { preprocess, type CommandLineMacro } from './source/preprocess.ts';
import type { SourceFs } from './source/source-fs.ts';
import type { PreprocessedSource } from './source/types.ts';

export interface FrontEndOptions {
  headers: string[];
  target: TargetName;
  kconfigFile?: string;
  includeDirs: string[];
  systemIncludeDirs?: string[];
  defines: Define[];
  undefines: string[];
  /** -D/-U in command-line order; when given it replaces defines/undefines. */
  commandLine?: CommandLineMacro[];
  sysroot?: string;
  nostdinc?: boolean;
  /** Report warnings located in system headers (gcc's -Wsystem-headers); by default they are dropped, as gcc does. */
  systemHeaderWarnings?: boolean;
}

export interface FrontEndResult {
  target: TargetInfo;
  pp: PreprocessedSource;
  ir: IrModule;
  layout: LayoutTable;
  query: LayoutQuery;
}

function readKconfig(file: string | undefined, fs: SourceFs, sink: DiagnosticSink) {
  if (file === undefined) return undefined;
  const text = fs.readFile(file);
  if (text === undefined) {
    sink.error('config-not-found', `cannot read the .config file "${file}"`);
    return [];
  }
  return parseKconfig(text, file, sink);
}

export function runFrontEnd(opts: FrontEndOptions, fs: SourceFs, out: DiagnosticSink): FrontEndResult {
  const sink = new DiagnosticSink();
  const result = frontEndStages(opts, fs, sink);
  forwardDiagnostics(sink, out, opts.systemHeaderWarnings ? undefined : result.pp.systemHeaders);
  return result;
}

/** Errors always pass; a warning or note located in a system header only when asked for. */
function forwardDiagnostics(from: DiagnosticSink, to: DiagnosticSink, quiet: ReadonlySet<string> | undefined): void {
  for (const d of from.items) {
    if (quiet && d.severity !== 'error' && d.loc && quiet.has(d.loc.file)) continue;
    to.report(d);
  }
}

function frontEndStages(opts: FrontEndOptions, fs: SourceFs, sink: DiagnosticSink): FrontEndResult {
  const target = TARGETS[opts.target];
  const config = readKconfig(opts.kconfigFile, fs, sink);
  const pp = preprocess(
    opts.headers,
    {
      target,
      includeDirs: opts.includeDirs,
      // -isystem directories come before the toolchain's defaults, as with gcc; -nostdinc drops only the defaults.
      systemIncludeDirs: [
        ...(opts.systemIncludeDirs ?? []),
        ...(opts.nostdinc ? [] : systemIncludeDirs(target, opts.sysroot)),
      ],
      sysroot: opts.sysroot,
      defines: opts.defines,
      undefines: opts.undefines,
      commandLine: opts.commandLine,
      config,
    },
    fs,
    sink,
  );
  const tree = parseC(pp.text);
  syntaxDiagnostics(tree, pp, sink);
  const ir = lower(tree, pp, target, sink);
  const query = createLayoutQuery(ir, target, sink);
  resolveConstants(ir, pp, query, target, sink);
  checkStaticAsserts(ir, query, target, sink);
  const layout = computeLayout(ir, target, sink);
  return { target, pp, ir, layout, query };
}

/** The front-end part of a command line, for one target (abi-diff runs it once per target). */
export function frontEndOptions(o: CliOptions, target: TargetName = o.target): FrontEndOptions {
  return {
    headers: o.headers,
    target,
    kconfigFile: o.kconfig,
    includeDirs: o.includeDirs,
    systemIncludeDirs: o.systemIncludeDirs,
    defines: o.defines,
    undefines: o.undefines,
    commandLine: o.commandLine,
    sysroot: o.sysroot,
    nostdinc: o.nostdinc,
    systemHeaderWarnings: o.systemHeaderWarnings,
  };
}
