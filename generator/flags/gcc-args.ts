// gcc's command line, as far as it decides what the preprocessor sees and how records are laid out: include
// directories of every kind, forced includes, -D/-U in order, the dialect and the code-generation switches that
// change predefined macros (predefined-effects.ts). Everything else (warnings, debug info, code generation that
// leaves no trace in the preprocessor) is ignored and summed up in one note. Flags that would change a layout we
// do not model are errors, never silently ignored.
//
// Diagnostic codes: gcc-flags-ignored (note), gcc-flag-unsupported, gcc-flag-missing-argument, gcc-flag-wrong-target.

import { posix as path } from 'node:path';
import type { DiagnosticSink, SourceLoc } from '../diagnostics.ts';
import type { TargetName } from '../layout/targets.ts';
import type { CommandLineMacro } from '../source/preprocess.ts';
import type { SourceFs } from '../source/source-fs.ts';
import { optimizeEdits, stdEdits, switchEdits, type MacroEdit } from './predefined-effects.ts';
import { expandResponseFiles } from './response-file.ts';

export interface ForcedInclude {
  file: string;
  /** -imacros: only the macros are kept, the text is discarded. */
  macrosOnly: boolean;
}

export interface GccFlags {
  /** -iquote: searched for "…" includes only, after the includer's directory. */
  quoteDirs: string[];
  /** -I */
  includeDirs: string[];
  /** -isystem */
  systemDirs: string[];
  /** -idirafter: after the system directories. */
  afterDirs: string[];
  /** All -imacros first, then all -include, each group in command-line order (gcc's order). */
  forced: ForcedInclude[];
  /** -D/-U in command-line order. */
  macros: CommandLineMacro[];
  /** What -std=, -O and the listed -f/-m switches do to the predefined macros, in order. */
  builtinEdits: MacroEdit[];
  nostdinc: boolean;
  sysroot?: string;
  /** Arguments that are neither flags nor options' values: input files on a compile line (also in `ignored`). */
  inputs: string[];
  ignored: string[];
}

export interface GccFlagsContext {
  target: TargetName;
  /** Relative directories and files are taken relative to this (the config's directory); default as given. */
  baseDir?: string;
  /** Where the flags came from, for diagnostics ("<command-line>" or the config file's key). */
  loc?: SourceLoc;
}

/** Options whose value may be glued (-Idir) or the next argument (-I dir). */
const WITH_VALUE = ['-I', '-iquote', '-isystem', '-idirafter', '-include', '-imacros', '-D', '-U', '-o', '-MF', '-MT', '-MQ', '-x', '-isysroot', '-iprefix', '-iwithprefix', '-iwithprefixbefore', '-Xpreprocessor', '-Xassembler', '-Xlinker', '-aux-info', '-L', '-l'];

/** Changes layouts or the language in ways the front end does not model: refusing is better than a wrong answer. */
const UNSUPPORTED: Record<string, string> = {
  '-fpack-struct': 'packs every record',
  '-fshort-enums': 'gives enums the smallest type that fits',
  '-malign-double': 'aligns double and long long to 8 on i386',
  '-mno-align-double': 'changes double alignment',
  '-mms-bitfields': 'lays bitfields out as MSVC does',
  '-mno-ms-bitfields': 'changes the bitfield layout rules',
  '-m128bit-long-double': 'changes long double',
  '-m96bit-long-double': 'changes long double',
  '-mlong-double-64': 'changes long double',
  '-mlong-double-80': 'changes long double',
  '-mlong-double-128': 'changes long double',
  '-funsigned-char': "changes plain char's signedness",
  '-fsigned-char': "changes plain char's signedness",
  '-funsigned-bitfields': "changes plain bitfields' signedness",
  '-fsigned-bitfields': "changes plain bitfields' signedness",
  '-iprefix': 'adds prefixed include directories',
  '-iwithprefix': 'adds prefixed include directories',
  '-iwithprefixbefore': 'adds prefixed include directories',
  '-I-': 'splits the include path',
  '-traditional': 'is pre-ISO C',
  '-traditional-cpp': 'is a pre-ISO preprocessor',
  '-trigraphs': 'turns on trigraphs',
};

function valueOf(argv: readonly string[], k: number, opt: string): { value: string; next: number } | undefined {
  const arg = argv[k]!;
  if (arg.length > opt.length) return { value: arg.slice(opt.length), next: k };
  if (k + 1 < argv.length) return { value: argv[k + 1]!, next: k + 1 };
  return undefined;
}

function matchValueOption(arg: string): string | undefined {
  // Longest first: -isystem before -I… is not an issue (different first letters), but -include vs -imacros
  // vs -iquote share "-i", and -MF vs -M: keep the table exact.
  let best: string | undefined;
  for (const o of WITH_VALUE) if (arg.startsWith(o) && (best === undefined || o.length > best.length)) best = o;
  if (best === '-I' && arg === '-I-') return undefined;
  // -include / -imacros / -iquote … only as whole words or glued to their value; -isystem's prefix "-i" alone is no option.
  return best;
}

export function defineMacro(v: string): CommandLineMacro {
  const eq = v.indexOf('=');
  return eq < 0 ? { kind: 'define', name: v } : { kind: 'define', name: v.slice(0, eq), value: v.slice(eq + 1) };
}

/** Parses gcc flags (expanding @files through fs). Problems go to the sink; the result is always usable. */
export function parseGccFlags(args: readonly string[], fs: SourceFs, sink: DiagnosticSink, ctx: GccFlagsContext): GccFlags {
  const at: SourceLoc = ctx.loc ?? { file: '<command-line>', line: 1, column: 1 };
  // @file names are relative to the base directory too (gcc's own are relative to its working directory).
  const argv = expandResponseFiles(args.map((a) => (a.startsWith('@') && ctx.baseDir && !path.isAbsolute(a.slice(1)) ? `@${path.join(ctx.baseDir, a.slice(1))}` : a)), fs, sink);
  const f: GccFlags = { quoteDirs: [], includeDirs: [], systemDirs: [], afterDirs: [], forced: [], macros: [], builtinEdits: [], nostdinc: false, inputs: [], ignored: [] };
  const rel = (p: string): string => (ctx.baseDir && !path.isAbsolute(p) ? path.normalize(path.join(ctx.baseDir, p)) : p);
  const includes: ForcedInclude[] = [];
  const imacros: ForcedInclude[] = [];
  let optimize: MacroEdit[] | undefined;
  let std: MacroEdit[] | undefined;
  const unsupported = (arg: string, why: string) =>
    sink.error('gcc-flag-unsupported', `gcc flag "${arg}" ${why}, which tsbindgen does not model; remove it or lay out without it`, at);

  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (!arg.startsWith('-') || arg === '-') {
      f.inputs.push(arg);
      f.ignored.push(arg);
      continue;
    }
    if (UNSUPPORTED[arg] !== undefined) {
      unsupported(arg, UNSUPPORTED[arg]!);
      continue;
    }
    const opt = matchValueOption(arg);
    if (opt !== undefined) {
      const v = valueOf(argv, k, opt);
      if (!v) {
        sink.error('gcc-flag-missing-argument', `gcc flag "${arg}" needs a value`, at);
        continue;
      }
      k = v.next;
      switch (opt) {
        case '-I':
          f.includeDirs.push(rel(v.value));
          break;
        case '-iquote':
          f.quoteDirs.push(rel(v.value));
          break;
        case '-isystem':
          f.systemDirs.push(rel(v.value));
          break;
        case '-idirafter':
          f.afterDirs.push(rel(v.value));
          break;
        case '-include':
          includes.push({ file: rel(v.value), macrosOnly: false });
          break;
        case '-imacros':
          imacros.push({ file: rel(v.value), macrosOnly: true });
          break;
        case '-D':
          f.macros.push(defineMacro(v.value));
          break;
        case '-U':
          f.macros.push({ kind: 'undefine', name: v.value });
          break;
        case '-isysroot':
          f.sysroot = rel(v.value);
          break;
        case '-x':
          if (v.value !== 'c' && v.value !== 'c-header') unsupported(`-x ${v.value}`, 'selects another language than C');
          break;
        case '-iprefix':
        case '-iwithprefix':
        case '-iwithprefixbefore':
          unsupported(opt, UNSUPPORTED[opt]!);
          break;
        case '-Xpreprocessor':
          parseInto(f, [v.value]);
          break;
        default:
          f.ignored.push(arg === opt ? `${arg} ${v.value}` : arg);
      }
      continue;
    }
    if (arg === '-nostdinc') {
      f.nostdinc = true;
      continue;
    }
    if (arg.startsWith('--sysroot=')) {
      f.sysroot = rel(arg.slice('--sysroot='.length));
      continue;
    }
    if (arg.startsWith('-std=')) {
      const e = stdEdits(arg.slice(5));
      if (e) std = e;
      else sink.error('gcc-flag-unsupported', `"${arg}" is not a C dialect gcc-12 knows`, at);
      continue;
    }
    if (/^-O/.test(arg)) {
      const e = optimizeEdits(arg.slice(2));
      if (e) optimize = e;
      else sink.error('gcc-flag-unsupported', `"${arg}" is not an optimization level`, at);
      continue;
    }
    if (arg === '-m32' || arg === '-m64' || arg === '-mx32' || arg === '-m16') {
      const wanted = arg === '-m64' ? 'x86_64' : arg === '-m32' ? 'i386' : undefined;
      if (wanted !== ctx.target) sink.error('gcc-flag-wrong-target', `"${arg}" selects ${wanted ?? 'an ABI tsbindgen has no target for'}, but the target is ${ctx.target}: choose it with --target`, at);
      continue;
    }
    if (arg.startsWith('-march=') && arg !== '-march=x86-64') {
      sink.warning('gcc-flag-ignored', `"${arg}" adds instruction-set macros (__AVX__, …) that tsbindgen does not model; headers testing them see the default -march`, at);
      continue;
    }
    if (arg.startsWith('-Wp,')) {
      parseInto(f, arg.slice(4).split(','));
      continue;
    }
    const edits = switchEdits(arg, ctx.target);
    if (edits) {
      f.builtinEdits.push(...edits);
      continue;
    }
    f.ignored.push(arg);
  }
  f.builtinEdits.unshift(...(std ?? []), ...(optimize ?? []));
  f.forced = [...imacros, ...includes];
  if (f.ignored.length > 0) {
    const shown = f.ignored.slice(0, 8).join(' ');
    sink.report({
      severity: 'note',
      code: 'gcc-flags-ignored',
      message: `ignored ${f.ignored.length} gcc flag${f.ignored.length === 1 ? '' : 's'} that change neither the preprocessor nor layouts: ${shown}${f.ignored.length > 8 ? ' …' : ''}`,
      loc: at,
    });
  }
  return f;

  /** -Wp,… and -Xpreprocessor pass preprocessor options: take the ones that matter, ignore dependency output. */
  function parseInto(into: GccFlags, items: string[]): void {
    for (let j = 0; j < items.length; j++) {
      const it = items[j]!;
      if (/^-[DU]./.test(it)) into.macros.push(it[1] === 'D' ? defineMacro(it.slice(2)) : { kind: 'undefine', name: it.slice(2) });
      else if (/^-I./.test(it)) into.includeDirs.push(rel(it.slice(2)));
      else {
        // -MD/-MMD take the dependency file as their value here.
        if ((it === '-MD' || it === '-MMD' || it === '-MF' || it === '-MT' || it === '-MQ') && j + 1 < items.length) j++;
        into.ignored.push(`-Wp,${it}`);
      }
    }
  }
}
