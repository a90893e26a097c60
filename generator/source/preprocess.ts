// The C preprocessor: files in, one text with a line map out (see PreprocessedSource), plus the final
// macro table and doc comments. Directives are handled here; macro expansion lives in pp-expand.ts,
// #if arithmetic in expr.ts, include search in pp-include.ts.
// Diagnostic codes: include-not-found, include-cycle, include-too-deep, invalid-include, error-directive,
// warning-directive, unknown-directive, unsupported-directive, unsupported-pragma, pragma-ignored (`#pragma pack`
// is handed to lowering in packPragmas),
// unterminated-conditional, stray-directive, else-after-else, invalid-if-expression, missing-macro-name,
// extra-tokens, macro-redefined, file-not-found, invalid-command-line-define, unterminated-comment
// (and from pp-define.ts / pp-expand.ts: invalid-macro-definition, invalid-stringize, invalid-paste-position,
// macro-arg-count, unterminated-macro-call, invalid-paste, invalid-defined).

import { DiagnosticSink, NO_LIMITS, type Diagnostic, type SourceLoc } from '../diagnostics.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { evaluate } from './expr.ts';
import { tokenize } from './lexer.ts';
import { parseDefine, sameDefinition } from './pp-define.ts';
import { appendAll, expandTokens, FEATURE_PROBES, type PToken } from './pp-expand.ts';
import { withBuiltinHeaders } from './builtin-headers.ts';
import { resolveInclude, type FoundInclude, type IncludeSearch } from './pp-include.ts';
import { splitSource, type LogicalLine, type SplitSource } from './pp-lines.ts';
import { sharedWork } from './shared-work.ts';
import { featureProbe, predefinedMacros, systemIncludeDirs } from './predefined.ts';
import type { SourceFs } from './source-fs.ts';
import type { LineOrigin, MacroDef, PackPragma, PreprocessedSource, Token } from './types.ts';

export interface PreprocessOptions {
  target: TargetInfo;
  includeDirs: string[];
  /** Default: systemIncludeDirs(target, sysroot) unless nostdinc. */
  systemIncludeDirs?: string[];
  sysroot?: string;
  nostdinc?: boolean;
  defines: { name: string; value?: string }[];
  undefines: string[];
  /** From kconfig. */
  config?: { name: string; value: string }[];
  /**
   * -D and -U in command-line order. When given it replaces `defines`/`undefines` (which, as two lists,
   * can only be applied all -D first, then all -U).
   */
  commandLine?: CommandLineMacro[];
  /** -iquote and -idirafter directories (see pp-include.ts). */
  quoteDirs?: string[];
  afterDirs?: string[];
  /** What -std=/-O/-f/-m flags do to the predefined macros, applied right after them. */
  builtinEdits?: CommandLineMacro[];
  /** -imacros/-include files, processed in this order before the first main file. */
  forced?: { file: string; macrosOnly: boolean }[];
}

export type CommandLineMacro = { kind: 'define'; name: string; value?: string } | { kind: 'undefine'; name: string };

const MAX_INCLUDE_DEPTH = 200;

const CARRYABLE = /^(#|%:)\s*(if|ifdef|ifndef|elif|else|endif|define|undef)\b/;

interface Conditional {
  /** Lines of this branch are being kept. */
  active: boolean;
  /** Some branch of this #if group was already taken. */
  taken: boolean;
  /** The enclosing group is active. */
  parentActive: boolean;
  sawElse: boolean;
  loc: SourceLoc;
}

interface FileFrame {
  path: string;
  dirIndex: number;
  docs: Map<number, string>;
}

/** Tokens separated by at least one space where gluing them would change the token sequence. */
function needsSpace(prev: PToken, nextToken: PToken): boolean {
  // The commonest pairs cannot glue: an identifier or number ends before a bracket or separator, and a
  // punctuator (none holds a letter) ends before an identifier.
  if (nextToken.kind === 'punct' && (prev.kind === 'ident' || prev.kind === 'number') && nextToken.text.length === 1 && SEPARATORS.has(nextToken.text)) return false;
  if (prev.kind === 'punct' && nextToken.kind === 'ident') return false;
  return gluedPair(prev.text, nextToken.text);
}

const SEPARATORS = new Set(['(', ')', '[', ']', '{', '}', ',', ';', '?', '~']);

function gluedPair(prev: string, next: string): boolean {
  // Asked for every glued pair of tokens out of a macro; the same few pairs recur, so lex each pair once.
  // Two map levels: a joined key string per question cost more than the lookups.
  let after = glueAnswers.get(prev);
  if (after === undefined) {
    after = new Map();
    glueAnswers.set(prev, after);
  }
  let answer = after.get(next);
  if (answer === undefined) {
    answer = tokenize(prev + next, '').length < 2;
    after.set(next, answer);
  }
  return answer;
}

const glueAnswers = new Map<string, Map<string, boolean>>();

class Preprocessor {
  readonly macros = new Map<string, MacroDef>();
  readonly out: string[] = [];
  readonly lineMap: LineOrigin[] = [];
  readonly includes: string[] = [];
  /** Files found through a system directory (or beside a system header), as gcc classes system headers. */
  readonly systemHeaders = new Set<string>();
  readonly comments = new Map<string, string>();
  readonly packPragmas: PackPragma[] = [];
  private readonly once = new Set<string>();
  private readonly guards = new Map<string, string>();
  private readonly stack: FileFrame[] = [];
  private stopped = false;
  private counter = 0;
  private readonly sharing = sharedWork() !== undefined;

  constructor(
    private readonly opts: PreprocessOptions,
    private readonly search: IncludeSearch,
    private readonly fs: SourceFs,
    private readonly sink: DiagnosticSink,
  ) {}

  defineFromOption(name: string, value: string, header: string, at: SourceLoc): void {
    const toks = tokenize(`${name} ${value}`, at.file, at.line, at.column);
    // `-D F(x)=…` arrives as name "F(x)": the tokenizer sees the parenthesis glued to the name.
    const def = parseDefine(toks, at, header, this.sink);
    if (def) this.setMacro(def);
  }

  /** A built-in changed by a flag (-std=, -fshort-wchar): gcc starts from the new value, no redefinition warning. */
  replaceFromOption(name: string, value: string, at: SourceLoc): void {
    this.macros.delete(name);
    this.defineFromOption(name, value, '<built-in>', at);
  }

  undefine(name: string): void {
    this.macros.delete(name);
  }

  private setMacro(def: MacroDef): void {
    const old = this.macros.get(def.name);
    if (old && !sameDefinition(old, def)) {
      this.sink.warning('macro-redefined', `"${def.name}" redefined (previous definition at ${old.loc.file}:${old.loc.line})`, def.loc);
    }
    this.macros.delete(def.name);
    this.macros.set(def.name, def);
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** A main header: a path, or an include name (`drm/drm_gem.h`) found through the search list as <…> would be. */
  includeMain(file: string): void {
    const found = this.fs.isFile(file) ? { path: file, dirIndex: -1 } : resolveInclude(file, true, undefined, this.search, this.fs);
    if (!found) {
      this.sink.error('file-not-found', `cannot read header "${file}" (neither a file nor found in the include path)`, { file, line: 1, column: 1 });
      return;
    }
    this.processFile(found.path, found.dirIndex);
  }

  /**
   * -include/-imacros: as `#include "file"` before the main file's first line, except that gcc looks in its
   * working directory first, not the main file's. -imacros keeps the macros and drops the text.
   */
  includeForced(file: string, macrosOnly: boolean): void {
    const found = this.fs.isFile(file) ? { path: file, dirIndex: -1 } : resolveInclude(file, false, undefined, this.search, this.fs);
    const at = { file: '<command-line>', line: 1, column: 1 };
    if (!found) {
      this.sink.error('include-not-found', `${macrosOnly ? '-imacros' : '-include'} "${file}": no such file in the working directory or the include path`, at);
      return;
    }
    const outLength = this.out.length;
    this.processFile(found.path, found.dirIndex);
    if (macrosOnly) {
      this.out.length = outLength;
      this.lineMap.length = outLength;
    }
  }

  private processFile(file: string, dirIndex: number): void {
    const text = this.fs.readFile(file);
    if (text === undefined) {
      this.sink.error('file-not-found', `cannot read "${file}"`, { file, line: 1, column: 1 });
      return;
    }
    if (!this.includes.includes(file)) this.includes.push(file);
    const split = this.split(file, text);
    if (split.unterminatedComment) this.sink.error('unterminated-comment', 'unterminated /* comment', { file, ...split.unterminatedComment });
    const guard = detectGuard(split.lines);
    if (guard) this.guards.set(file, guard);
    for (const [line, doc] of split.docs) this.comments.set(`${file}:${line}`, doc);
    this.stack.push({ path: file, dirIndex, docs: split.docs });
    this.run(file, split.lines);
    this.stack.pop();
  }

  /** The file's logical lines; within a multi-target run, shared with (and kept for) the other targets. */
  private split(file: string, text: string): SplitSource {
    const shared = sharedWork();
    if (!shared) return splitSource(text);
    const known = shared.splits.get(file);
    if (known !== undefined && known.text === text) return known.split;
    const split = splitSource(text);
    shared.splits.set(file, { text, split });
    return split;
  }

  private emitBlank(file: string, line: number, span: number): void {
    for (let k = 0; k < span; k++) {
      this.out.push('');
      this.lineMap.push({ file, line: line + k });
    }
  }

  private run(file: string, lines: LogicalLine[]): void {
    const conds: Conditional[] = [];
    let pending: LogicalLine[] = [];
    // Last physical line taken into `pending`'s span while a macro call's arguments ran across directives.
    let carriedTo = 0;
    const flush = () => {
      if (pending.length > 0) this.emitText(file, pending, carriedTo);
      pending = [];
      carriedTo = 0;
    };
    for (const l of lines) {
      if (this.stopped) break;
      const active = conds.length === 0 || conds[conds.length - 1].active;
      const trimmed = l.text.trimStart();
      if (trimmed.startsWith('#') || trimmed.startsWith('%:')) {
        // gcc processes conditionals and #define/#undef met while collecting a macro call's arguments.
        if (pending.length > 0 && CARRYABLE.test(trimmed) && this.opensCall(file, pending)) carriedTo = l.line + l.span - 1;
        else {
          flush();
          this.emitBlank(file, l.line, l.span);
        }
        this.directive(file, l, conds, active);
        continue;
      }
      if (active) pending.push(l);
      else if (pending.length > 0) carriedTo = l.line + l.span - 1;
      else this.emitBlank(file, l.line, l.span);
    }
    flush();
    if (!this.stopped) {
      for (const c of conds) this.sink.error('unterminated-conditional', `unterminated #${'if'} (no matching #endif before the end of ${file})`, c.loc);
    }
  }

  /**
   * Whether the text so far ends inside the argument list of a function-like macro call. The trial expansion
   * is the real one (same macros, same __LINE__/__COUNTER__ answers, diagnostics held back): when no call is
   * left open the text is flushed right away, before the directive can change any macro, and emitText takes
   * this expansion and replays its diagnostics instead of expanding the same tokens a second time.
   */
  private opensCall(file: string, lines: LogicalLine[]): boolean {
    const toks: PToken[] = [];
    for (const l of lines) appendAll(toks, this.lineTokens(file, l));
    // Only a macro can open a call, and most text before a directive names none: skip the trial expansion.
    if (!toks.some((t) => t.kind === 'ident' && this.macros.has(t.text))) return false;
    const probe = new DiagnosticSink(NO_LIMITS);
    const counter = this.counter;
    const expanded = expandTokens(toks, { macros: this.macros, sink: probe, dynamic: (name, at) => this.dynamic(name, at) });
    const items = probe.items;
    if (items.some((d) => d.code === 'unterminated-macro-call')) {
      this.counter = counter;
      return true;
    }
    this.trial = { lines, count: lines.length, expanded, diagnostics: items };
    return false;
  }

  /** The expansion opensCall made of the pending text, when that text is flushed unchanged right after. */
  private trial: { lines: LogicalLine[]; count: number; expanded: PToken[]; diagnostics: Diagnostic[] } | undefined;

  /**
   * A text line's tokens, lexed once: while a macro call may still be open, every directive re-examines all
   * the text pending before it. Nothing mutates tokens, so the lists are shared.
   */
  private lineTokens(file: string, l: LogicalLine): PToken[] {
    return (l.tokens ??= tokenize(l.text, file, l.line, 1));
  }

  private emitText(file: string, lines: LogicalLine[], carriedTo = 0): void {
    const toks: PToken[] = [];
    for (const l of lines) {
      appendAll(toks, this.lineTokens(file, l));
      // Emitted text is never examined again in this run. Left on the line, its tokens would live as long as
      // the file's line list and be copied through every scavenge until promoted; dropped here, they die young.
      // Within a multi-target run the lines are kept for the next target, and so are their tokens.
      if (!this.sharing) l.tokens = undefined;
    }
    const first = lines[0].line;
    const trial = this.trial;
    this.trial = undefined;
    let raw: PToken[];
    if (trial !== undefined && trial.lines === lines && trial.count === lines.length) {
      for (const d of trial.diagnostics) this.sink.report(d);
      raw = trial.expanded;
    } else {
      raw = expandTokens(toks, {
        macros: this.macros,
        sink: this.sink,
        dynamic: (name, at) => this.dynamic(name, at),
      });
    }
    const expanded = this.pragmaOperators(file, first, raw);
    const last = lines[lines.length - 1];
    const rows: string[] = Array.from({ length: Math.max(last.line + last.span - 1, carriedTo) - first + 1 }, () => '');
    let row = 0;
    let prev: PToken | undefined;
    for (const t of expanded) {
      const origin = t.site ?? t.loc;
      const r = origin.file === file ? Math.max(row, Math.min(origin.line - first, rows.length - 1)) : row;
      if (r !== row) prev = undefined;
      row = r;
      let s = rows[row];
      if (!t.site && t.loc.column - 1 > s.length) s += ' '.repeat(t.loc.column - 1 - s.length);
      else if (s.length > 0 && (t.spaceBefore || (prev !== undefined && needsSpace(prev, t)))) s += ' ';
      rows[row] = s + t.text;
      prev = t;
    }
    rows.forEach((text, k) => {
      this.out.push(text);
      this.lineMap.push({ file, line: first + k });
    });
  }

  /** `_Pragma("…")` (C99 6.10.9) acts like the #pragma it spells and leaves no tokens behind. */
  private pragmaOperators(file: string, firstLine: number, toks: PToken[]): PToken[] {
    if (!toks.some((t) => t.text === '_Pragma')) return toks;
    const out: PToken[] = [];
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      const arg = toks[k + 2];
      if (t.text === '_Pragma' && toks[k + 1]?.text === '(' && arg?.kind === 'string' && toks[k + 3]?.text === ')') {
        const text = arg.text.replace(/^L?"|"$/g, '').replace(/\\(["\\])/g, '$1');
        const at = t.site ?? t.loc;
        // The rows of this text are emitted after it is expanded: its row is where its line will land.
        const row = this.out.length + (at.file === file ? Math.max(0, at.line - firstLine) : 0);
        this.pragma(file, tokenize(text, at.file, at.line, at.column), { ...t, loc: at }, row);
        k += 3;
        continue;
      }
      out.push(t);
    }
    return out;
  }

  private dynamic(name: string, at: SourceLoc): Token | undefined {
    // Asked for every identifier that is not a macro; all the dynamic ones start with two underscores.
    if (!name.startsWith('__')) return undefined;
    const mk = (kind: Token['kind'], text: string): Token => ({ kind, text, loc: at, spaceBefore: false });
    switch (name) {
      case '__FILE__':
        return mk('string', JSON.stringify(this.stack[this.stack.length - 1]?.path ?? at.file));
      case '__LINE__':
        return mk('number', String(at.line));
      case '__COUNTER__':
        return mk('number', String(this.counter++));
      case '__INCLUDE_LEVEL__':
        return mk('number', String(Math.max(0, this.stack.length - 1)));
    }
    return undefined;
  }

  private directive(file: string, l: LogicalLine, conds: Conditional[], active: boolean): void {
    // In a skipped group only the conditional directives matter, and nothing is reported for the others:
    // most of a kernel header's skipped lines are #define, not worth lexing whole.
    if (!active && skippedDirective(l.text)) return;
    const toks = tokenize(l.text, file, l.line, 1);
    const hash = toks[0];
    const nameTok = toks[1];
    const rest = toks.slice(2);
    const name = nameTok?.kind === 'ident' ? nameTok.text : nameTok ? '' : 'null';
    const top = conds[conds.length - 1];
    switch (name) {
      case 'if':
      case 'ifdef':
      case 'ifndef': {
        const value = active ? this.condition(name, rest, nameTok) : false;
        conds.push({ active: active && value, taken: value, parentActive: active, sawElse: false, loc: hash.loc });
        return;
      }
      case 'elif':
      case 'else': {
        if (!top) {
          this.sink.error('stray-directive', `#${name} without #if`, hash.loc);
          return;
        }
        if (top.sawElse) {
          this.sink.error('else-after-else', `#${name} after #else`, hash.loc);
          return;
        }
        if (name === 'else') {
          top.sawElse = true;
          if (rest.length > 0) this.sink.warning('extra-tokens', 'extra tokens at end of #else directive', rest[0].loc);
          top.active = top.parentActive && !top.taken;
          top.taken = true;
        } else {
          const value = top.parentActive && !top.taken ? this.condition('if', rest, nameTok) : false;
          top.active = value;
          top.taken ||= value;
        }
        return;
      }
      case 'endif':
        if (!top) this.sink.error('stray-directive', '#endif without #if', hash.loc);
        else conds.pop();
        if (rest.length > 0) this.sink.warning('extra-tokens', 'extra tokens at end of #endif directive', rest[0].loc);
        return;
    }
    if (!active) return;
    switch (name) {
      case 'null':
        return;
      case 'define': {
        const doc = this.stack[this.stack.length - 1]?.docs.get(l.line);
        const def = parseDefine(rest, nameTok.loc, file, this.sink, doc);
        if (def) this.setMacro(def);
        return;
      }
      case 'undef': {
        const n = rest[0];
        if (!n || n.kind !== 'ident') this.sink.error('missing-macro-name', 'no macro name given in #undef', nameTok.loc);
        else this.macros.delete(n.text);
        return;
      }
      case 'include':
      case 'include_next':
        this.include(file, name === 'include_next', rest, nameTok, l);
        return;
      case 'error':
        this.sink.error('error-directive', `#error ${l.text.slice(l.text.indexOf('error') + 5).trim().replace(/\s+/g, ' ')}`, hash.loc);
        this.stopped = true;
        return;
      case 'warning':
        this.sink.warning('warning-directive', `#warning ${l.text.slice(l.text.indexOf('warning') + 7).trim().replace(/\s+/g, ' ')}`, hash.loc);
        return;
      case 'pragma':
        this.pragma(file, rest, nameTok);
        return;
      case 'line':
      case 'ident':
      case 'sccs':
      case 'assert':
      case 'unassert':
        this.sink.error('unsupported-directive', `#${name} is not supported`, nameTok.loc);
        return;
    }
    if (nameTok?.kind === 'number') this.sink.error('unsupported-directive', 'line markers ("# 12 \\"file\\"") are not supported', nameTok.loc);
    else this.sink.error('unknown-directive', `invalid preprocessing directive #${nameTok?.text ?? ''}`, (nameTok ?? hash).loc);
  }

  private condition(kind: 'if' | 'ifdef' | 'ifndef', rest: Token[], at: Token): boolean {
    if (kind !== 'if') {
      const n = rest[0];
      if (!n || n.kind !== 'ident') {
        this.sink.error('missing-macro-name', `no macro name given in #${kind}`, n?.loc ?? at.loc);
        return false;
      }
      if (rest.length > 1) this.sink.warning('extra-tokens', `extra tokens at end of #${kind} directive`, rest[1].loc);
      const defined = this.macros.has(n.text) || this.dynamic(n.text, n.loc) !== undefined || FEATURE_PROBES.has(n.text) || n.text === '__has_include';
      return kind === 'ifdef' ? defined : !defined;
    }
    const expanded = expandTokens(rest, {
      macros: this.macros,
      sink: this.sink,
      ifMode: true,
      dynamic: (name, loc) => this.dynamic(name, loc),
      hasInclude: (spec, angled, next) => this.find(spec, angled, next && this.stack.length > 1) !== undefined,
      featureProbe: (probe, operand) =>
        probe === '__has_attribute' || probe === '__has_builtin' ? featureProbe(this.opts.target, probe, operand) : 0,
    });
    const end = { ...at.loc, column: at.loc.column + at.text.length };
    const r = evaluate(expanded, { target: this.opts.target, mode: 'if' }, end);
    if (!r.ok) {
      this.sink.error('invalid-if-expression', `#if: ${r.message}`, r.loc);
      return false;
    }
    return r.value !== 0n;
  }

  private find(name: string, angled: boolean, next: boolean): FoundInclude | undefined {
    const frame = this.stack[this.stack.length - 1];
    const startAfter = next ? frame?.dirIndex ?? -1 : -1;
    // The search list and the files do not change during a run: each distinct question is answered once
    // (the includer matters only to a quoted name searched from the start, through its directory).
    const from = !angled && startAfter < 0 ? (frame?.path ?? '\u0001') : '';
    const key = `${angled ? '<' : '"'}${startAfter}\u0000${from}\u0000${name}`;
    if (this.found.has(key)) return this.found.get(key);
    const found = resolveInclude(name, angled, frame?.path, this.search, this.fs, startAfter);
    this.found.set(key, found);
    return found;
  }

  private readonly found = new Map<string, FoundInclude | undefined>();

  private include(file: string, next: boolean, rest: Token[], at: Token, l: LogicalLine): void {
    let spec = headerName(l.text.slice(l.text.indexOf(at.text) + at.text.length));
    if (!spec && rest.length > 0) {
      // A computed include: macro-expand, then read "…" or <…> from the result.
      const expanded = expandTokens(rest, { macros: this.macros, sink: this.sink });
      spec = headerName(expanded.map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text).join(''));
    }
    if (!spec) {
      this.sink.error('invalid-include', `#${at.text} expects "FILENAME" or <FILENAME>`, at.loc);
      return;
    }
    const found = this.find(spec.name, spec.angled, next && this.stack.length > 1);
    if (!found) {
      const q = spec.angled ? `<${spec.name}>` : `"${spec.name}"`;
      this.sink.error('include-not-found', `${q}: no such file in the include path`, at.loc);
      return;
    }
    const p = found.path;
    if (this.once.has(p)) return;
    const guard = this.guards.get(p);
    if (guard && this.macros.has(guard)) return;
    if (this.stack.some((f) => f.path === p)) {
      this.sink.error('include-cycle', `"${p}" includes itself (${[...this.stack.map((f) => f.path), p].join(' → ')})`, at.loc);
      return;
    }
    if (this.stack.length >= MAX_INCLUDE_DEPTH) {
      this.sink.error('include-too-deep', `#include nested more than ${MAX_INCLUDE_DEPTH} levels`, at.loc);
      return;
    }
    const frame = this.stack[this.stack.length - 1];
    if (found.dirIndex >= this.search.includeDirs.length || (found.dirIndex < 0 && frame && this.systemHeaders.has(frame.path))) this.systemHeaders.add(p);
    this.processFile(p, found.dirIndex);
    void file;
  }

  private pragma(file: string, rest: Token[], at: Token, row = this.out.length): void {
    const first = rest[0]?.text;
    if (first === 'once') {
      this.once.add(file);
      return;
    }
    const text = rest.map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text).join('');
    if (first === 'pack') {
      // Lowering applies it to the records whose text comes after this output row (generator/ir/pragma-pack.ts).
      // clang macro-expands the arguments of this pragma, gcc does not: both are kept.
      const args = rest.slice(1);
      const expanded = expandTokens(args, { macros: this.macros, sink: new DiagnosticSink() });
      this.packPragmas.push({ row, loc: at.loc, args, expanded });
      return;
    }
    if ( (first === 'GCC' && rest[1]?.text === 'push_options') || first === 'scalar_storage_order') {
      // These change layout; ignoring them silently would give wrong offsets.
      this.sink.error('unsupported-pragma', `#pragma ${text} changes layout and is not supported`, at.loc);
      return;
    }
    this.sink.report({ severity: 'note', code: 'pragma-ignored', message: `#pragma ${text} ignored`, loc: at.loc });
  }
}

const DIRECTIVE_NAME = /^[ \t\f\v\r\n]*(?:#|%:)[ \t\f\v\r\n]*([A-Za-z_][A-Za-z0-9_]*)/;
const CONDITIONALS = new Set(['if', 'ifdef', 'ifndef', 'elif', 'else', 'endif']);

/**
 * Whether the directive line names, for certain, a directive other than the conditionals (which a skipped
 * group still tracks). Undecided (false) when the name is not a plain identifier ending where the match ends.
 */
function skippedDirective(text: string): boolean {
  const m = DIRECTIVE_NAME.exec(text);
  if (!m || CONDITIONALS.has(m[1])) return false;
  const after = text.charCodeAt(m[0].length);
  // $ and non-ASCII code units continue an identifier for the lexer.
  return !(after === 36 || after > 0x7f);
}

/** `"name"` or `<name>` at the start of a directive's remaining text. */
function headerName(text: string): { name: string; angled: boolean } | undefined {
  const m = /^\s*(?:"([^"]*)"|<([^>]*)>)/.exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? { name: m[1], angled: false } : { name: m[2], angled: true };
}

/** The macro of a classic include guard: `#ifndef X` first, its `#endif` last, nothing outside. */
function detectGuard(lines: LogicalLine[]): string | undefined {
  const code = lines.filter((l) => l.text.trim() !== '');
  if (code.length < 2) return undefined;
  const m = /^\s*#\s*(?:ifndef\s+(\w+)|if\s+!\s*defined\s*\(?\s*(\w+)\s*\)?)\s*$/.exec(code[0].text);
  if (!m || !/^\s*#\s*endif\b/.test(code[code.length - 1].text)) return undefined;
  let depth = 0;
  for (let k = 0; k < code.length; k++) {
    if (/^\s*#\s*if(n?def)?\b/.test(code[k].text)) depth++;
    else if (/^\s*#\s*endif\b/.test(code[k].text)) {
      depth--;
      if (depth === 0 && k !== code.length - 1) return undefined;
    } else if (depth === 1 && /^\s*#\s*(else|elif)\b/.test(code[k].text)) return undefined;
  }
  return m[1] ?? m[2];
}

/**
 * The same files, each path's isFile asked once per run: every #include probes the search list in order, and
 * the kernel's headers ask the same few hundred directories for the same names thousands of times.
 */
function memoIsFile(fs: SourceFs): SourceFs {
  const known = new Map<string, boolean>();
  return {
    readFile: (p) => fs.readFile(p),
    isFile: (p) => {
      let answer = known.get(p);
      if (answer === undefined) {
        answer = fs.isFile(p);
        known.set(p, answer);
      }
      return answer;
    },
  };
}

export function preprocess(mainFiles: string[], opts: PreprocessOptions, fs: SourceFs, sink: DiagnosticSink): PreprocessedSource {
  const search: IncludeSearch = {
    includeDirs: opts.includeDirs,
    systemIncludeDirs: opts.systemIncludeDirs ?? (opts.nostdinc ? [] : systemIncludeDirs(opts.target, opts.sysroot)),
    asmGenericFallback: opts.target.name === 'wasm32',
    quoteDirs: opts.quoteDirs,
    afterDirs: opts.afterDirs,
  };
  const pp = new Preprocessor(opts, search, memoIsFile(withBuiltinHeaders(fs)), sink);
  const builtin = { file: '<built-in>', line: 1, column: 1 };
  for (const m of predefinedMacros(opts.target)) pp.defineFromOption(m.name, m.value, '<built-in>', builtin);
  for (const e of opts.builtinEdits ?? []) {
    if (e.kind === 'undefine') pp.undefine(e.name);
    else pp.replaceFromOption(e.name, e.value ?? '1', builtin);
  }
  for (const c of opts.config ?? []) pp.defineFromOption(c.name, c.value, '<config>', { file: '<config>', line: 1, column: 1 });
  const cmd = { file: '<command-line>', line: 1, column: 1 };
  const ops: CommandLineMacro[] = opts.commandLine ?? [
    ...opts.defines.map((d) => ({ kind: 'define' as const, ...d })),
    ...opts.undefines.map((name) => ({ kind: 'undefine' as const, name })),
  ];
  for (const op of ops) {
    if (op.kind === 'undefine') pp.undefine(op.name);
    else if (!/^[A-Za-z_]\w*(\(.*\))?$/.test(op.name)) {
      sink.error('invalid-command-line-define', `"-D ${op.name}": macro names must be identifiers`, cmd);
    } else pp.defineFromOption(op.name, op.value ?? '1', '<command-line>', cmd);
  }
  for (const f of opts.forced ?? []) {
    if (pp.isStopped) break;
    pp.includeForced(f.file, f.macrosOnly);
  }
  for (const f of mainFiles) {
    if (pp.isStopped) break;
    pp.includeMain(f);
  }
  return {
    text: pp.out.join('\n') + '\n',
    lineMap: pp.lineMap,
    macros: [...pp.macros.values()],
    includes: pp.includes,
    systemHeaders: pp.systemHeaders,
    mainFiles: [...mainFiles],
    comments: pp.comments,
    ...(pp.packPragmas.length > 0 ? { packPragmas: pp.packPragmas } : {}),
  };
}
