// The front end for one target: headers → preprocessed text → tree → IR → layout → constants.
// Pure over a SourceFs, so tests run it on in-memory files; the CLI passes the disk.

import { DiagnosticSink, type SourceLoc } from './diagnostics.ts';
import { parseGccFlags } from './flags/gcc-args.ts';
import { selectClosure } from './select/closure.ts';
import { topLevelExtents } from './select/extents.ts';
import { selects, type SelectSpec } from './select/spec.ts';
import { checkStaticAsserts } from './ir/static-asserts.ts';
import { resolveConstants } from './ir/constants.ts';
import { resolveLiteralMacros } from './ir/literal-macros.ts';
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
  /** gcc's own flags (after `--`, or the config's "cflags"), applied after the options above. */
  cflags?: string[];
  /** Relative paths in cflags are relative to this directory (the config's); default: as given. */
  cflagsBase?: string;
  /** Where cflags came from, for their diagnostics. */
  cflagsLoc?: SourceLoc;
  /** An allowlist: when it allows anything, the result holds only its closure (generator/select/). */
  select?: SelectSpec;
  selectLoc?: SourceLoc;
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
  const gcc = opts.cflags?.length ? parseGccFlags(opts.cflags, fs, sink, { target: opts.target, baseDir: opts.cflagsBase, loc: opts.cflagsLoc }) : undefined;
  const sysroot = gcc?.sysroot ?? opts.sysroot;
  const pp = preprocess(
    opts.headers,
    {
      target,
      includeDirs: [...opts.includeDirs, ...(gcc?.includeDirs ?? [])],
      // -isystem directories come before the toolchain's defaults, as with gcc; -nostdinc drops only the defaults.
      systemIncludeDirs: [
        ...(opts.systemIncludeDirs ?? []),
        ...(gcc?.systemDirs ?? []),
        ...(opts.nostdinc || gcc?.nostdinc ? [] : systemIncludeDirs(target, sysroot)),
      ],
      sysroot,
      defines: opts.defines,
      undefines: opts.undefines,
      commandLine: gcc
        ? [...(opts.commandLine ?? [...opts.defines.map((d) => ({ kind: 'define' as const, ...d })), ...opts.undefines.map((name) => ({ kind: 'undefine' as const, name }))]), ...gcc.macros]
        : opts.commandLine,
      quoteDirs: gcc?.quoteDirs,
      afterDirs: gcc?.afterDirs,
      builtinEdits: gcc?.builtinEdits,
      forced: gcc?.forced,
      config,
    },
    fs,
    sink,
  );
  // With an allowlist, what parsing and layout report is judged against the closure before it reaches the sink.
  const selecting = selects(opts.select);
  const stageSink = selecting ? new DiagnosticSink() : sink;
  const tree = parseC(pp.text);
  syntaxDiagnostics(tree, pp, stageSink);
  const ir = lower(tree, pp, target, stageSink);
  const query = createLayoutQuery(ir, target, stageSink);
  resolveConstants(ir, pp, query, target, stageSink);
  resolveLiteralMacros(ir, pp);
  checkStaticAsserts(ir, query, target, stageSink);
  const layout = computeLayout(ir, target, stageSink);
  if (!selecting) return { target, pp, ir, layout, query };
  const macroAt = new Map(pp.macros.map((m) => [`${m.loc.file}:${m.loc.line}`, m.name]));
  const sel = selectClosure({ ir, layout, spec: opts.select!, extents: topLevelExtents(tree, pp), macroAt, loc: opts.selectLoc }, stageSink.items, sink);
  return { target, pp, ir: sel.ir, layout: sel.layout, query };
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
    cflags: o.cflags,
    select: o.select,
    systemHeaderWarnings: o.systemHeaderWarnings,
  };
}
