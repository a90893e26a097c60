// Object-like macros from the headers become typed constants when their expansion is an integer constant
// expression (sizeof answered by the target's layout, enumerators from the IR); every other macro becomes a
// skipped entry saying why. Values of `_IOC(dir, type, nr, size)` expansions also keep their four fields.
// Diagnostic codes: none (failures are recorded in ir.skipped, which the dump reports).

import { DiagnosticSink, NO_LIMITS, type SourceLoc } from '../diagnostics.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { createLayoutQuery } from '../layout/compute.ts';
import type { LayoutQuery } from '../layout/types.ts';
import { evaluate, type ExprHooks, type TypedValue } from '../source/expr.ts';
import { maxOf, normalize } from '../source/int-types.ts';
import { HideSet } from '../source/hide-set.ts';
import { expandForEvaluation } from '../source/pp-expand.ts';
import type { MacroDef, PreprocessedSource, Token } from '../source/types.ts';
import { expansionBound, literalFor, minPrecedence, substituteMemoized, type MemoValue } from './constant-memo.ts';
import { integerKindOf, irTypeScope, parseTypeName } from './type-name.ts';
import { sameCanonicalType } from './type-compat.ts';
import { memberType } from './member-type.ts';
import type { ConstantDecl, CType, IntKind, IoctlInfo, IrModule } from './types.ts';

const NOT_FROM_HEADERS = new Set(['<built-in>', '<config>', '<command-line>']);
const TYPE_WORDS = new Set(['void', 'char', 'short', 'int', 'long', 'signed', 'unsigned', '_Bool', 'float', 'double', 'struct', 'union', 'enum', 'const', 'volatile', '__signed__', '__int128']);

const KEYWORDS = new Set(['inline', '__inline', '__inline__', 'static', 'extern', 'register', 'auto', '__attribute__', '__extension__', 'typedef', 'volatile', 'const', '__volatile__', '__const', 'restrict', '__restrict', '__restrict__', '_Noreturn', '__asm__', 'asm']);

/** Enumerator name → value; an enumerator has type int when its value fits, else its enum's type (gcc). */
function enumeratorTable(ir: IrModule, target: TargetInfo): Map<string, TypedValue> {
  const table = new Map<string, TypedValue>();
  for (const d of ir.decls) {
    if (d.kind !== 'enum') continue;
    for (const e of d.enumerators) {
      const fits = e.value >= -(maxOf('int', target) + 1n) && e.value <= maxOf('int', target);
      table.set(e.name, { value: e.value, type: fits ? 'int' : d.underlying });
    }
  }
  return table;
}

/** Hooks for evaluating constant expressions against an IR module and the target's layout. */
export function constantHooks(ir: IrModule, query: LayoutQuery, target: TargetInfo): ExprHooks {
  const enumerators = enumeratorTable(ir, target);
  const hooks: ExprHooks = {
    target,
    mode: 'constant',
    identifier: (name) => enumerators.get(name),
    isTypeName: (name) => ir.byId.get(name)?.kind === 'typedef',
    parseTypeName: (tokens, start) =>
      parseTypeName(
        tokens,
        start,
        irTypeScope(ir, (inner) => {
          const r = evaluate(inner, hooks);
          return r.ok ? r.value : undefined;
        }),
      ),
    integerKind: (type) => integerKindOf(type, ir, target),
    typesCompatible: (a, b) => sameCanonicalType(a, b, ir),
    memberType: (type, path) => memberType(type, path, ir),
    sizeOf: (type, loc) => query.sizeOf(type, loc),
    alignOf: (type, loc) => query.alignOf(type, loc),
    offsetOf: (type, path, loc) => {
      const resolved = resolveNamed(type, ir);
      return resolved.kind === 'record' ? query.offsetOf(resolved.id, path, loc) : undefined;
    },
  };
  return hooks;
}

function resolveNamed(type: CType, ir: IrModule): CType {
  let t = type;
  for (let guard = 0; t.kind === 'named' && guard < 100; guard++) {
    const d = ir.byId.get(t.name);
    if (!d || d.kind !== 'typedef') break;
    t = d.type;
  }
  return t;
}

function stripParens(tokens: Token[]): Token[] {
  let t = tokens;
  while (t.length >= 2 && t[0].text === '(' && t[t.length - 1].text === ')') {
    let depth = 0;
    let wraps = true;
    for (let k = 0; k < t.length - 1; k++) {
      if (t[k].text === '(') depth++;
      if (t[k].text === ')') depth--;
      if (depth === 0) {
        wraps = false;
        break;
      }
    }
    if (!wraps) break;
    t = t.slice(1, -1);
  }
  return t;
}

/** The four fields of an `_IOC(dir, type, nr, size)` call, and the argument type when size is `sizeof(T)`. */
function ioctlInfo(args: Token[][], macros: ReadonlyMap<string, MacroDef>, hooks: ExprHooks, hideRoot: HideSet): IoctlInfo | undefined {
  if (args.length !== 4) return undefined;
  const values: number[] = [];
  let argType: CType | undefined;
  for (const [k, raw] of args.entries()) {
    const toks = expandForEvaluation(raw, macros, undefined, undefined, hideRoot);
    const r = evaluate(toks, hooks);
    if (!r.ok) return undefined;
    values.push(Number(r.value));
    if (k === 3) {
      const inner = stripParens(toks);
      if (inner[0]?.text === 'sizeof' && inner[1]?.text === '(' && inner[inner.length - 1].text === ')') {
        const p = hooks.parseTypeName!(inner, 2);
        if (!('error' in p) && p.next === inner.length - 1) argType = p.type;
      }
    }
  }
  const [dir, type, nr, size] = values;
  return argType ? { dir, type, nr, size, argType } : { dir, type, nr, size };
}

type Outcome = { constant: TypedValue; ioctl?: IoctlInfo; expanded: Token[] } | { reason: string; expanded?: Token[] };

/**
 * Tokens one macro constant may expand to. Real ones stay in the hundreds (an ioctl number through _IOC);
 * a macro past this is skipped with a reason instead of being built (gcc never expands unused macros).
 */
export const MAX_CONSTANT_TOKENS = 1_000_000;

function evaluateMacro(m: MacroDef, macros: ReadonlyMap<string, MacroDef>, hooks: ExprHooks, ir: IrModule, hideRoot: HideSet): Outcome {
  if (m.params !== null) return { reason: 'function-like macro' };
  if (m.body.length === 0) return { reason: 'empty' };
  const local = new DiagnosticSink(NO_LIMITS);
  let ioctlArgs: Token[][] | undefined;
  const start: Token = { kind: 'ident', text: m.name, loc: m.loc, spaceBefore: false };
  const toks = expandForEvaluation([start], macros, local, (name, args) => {
    if (name === '_IOC' && ioctlArgs === undefined) ioctlArgs = args;
  }, hideRoot, MAX_CONSTANT_TOKENS);
  if (local.hasErrors) return { reason: `expansion failed: ${local.items.find((d) => d.severity === 'error')!.message}` };
  const fail = (reason: string): Outcome => ({ reason, expanded: toks });
  if (toks.length === 0) return fail('empty');
  if (toks.some((t) => t.kind === 'string')) return fail('expands to a string literal');
  const first = stripParens(toks)[0];
  if (first && first.kind === 'ident' && (TYPE_WORDS.has(first.text) || ir.byId.get(first.text)?.kind === 'typedef') && stripParens(toks).length === toks.length) {
    return fail('expands to a type name');
  }
  if (toks.some((t) => t.text === '{' || t.text === ';')) return fail('expands to code, not an expression');
  if (toks[0].text === '__attribute__' || toks[0].text === '__attribute') return fail('expands to an attribute');
  if (toks.length === 1 && KEYWORDS.has(toks[0].text)) return fail(`expands to the keyword ${toks[0].text}`);
  if (toks.length === 1 && toks[0].kind === 'ident' && toks[0].text === m.name) return fail('expands to its own name');
  const r = evaluate(toks, hooks, m.loc);
  if (!r.ok) {
    if (toks.length === 1 && toks[0].kind === 'ident') return fail(`expands to the identifier ${toks[0].text}, which names no constant`);
    if (r.message.startsWith('uses undefined identifier')) return fail(r.message);
    return fail(`not an integer constant expression: ${r.message}`);
  }
  const ioctl = ioctlArgs ? ioctlInfo(ioctlArgs, macros, hooks, hideRoot) : undefined;
  return { constant: { value: normalize(r.value, r.type, hooks.target), type: r.type as IntKind }, ioctl, expanded: toks };
}

/** The macro table with one definition replaced (the memo's rewrite of the macro being evaluated). */
class Overlay extends Map<string, MacroDef> {
  constructor(
    private readonly base: ReadonlyMap<string, MacroDef>,
    private readonly def: MacroDef,
  ) {
    super();
  }

  override get(name: string): MacroDef | undefined {
    return name === this.def.name ? this.def : this.base.get(name);
  }

  override has(name: string): boolean {
    return this.base.has(name);
  }
}

function overriding(macros: ReadonlyMap<string, MacroDef>, def: MacroDef): ReadonlyMap<string, MacroDef> {
  return new Overlay(macros, def);
}

export function resolveConstants(ir: IrModule, pp: PreprocessedSource, query: LayoutQuery, target: TargetInfo, sink: DiagnosticSink): void {
  void sink;
  void query;
  // A macro nobody uses may take sizeof of an incomplete type; C does not complain about that, so layout
  // questions here go to a private sink and the answer becomes the macro's skip reason instead.
  const quiet = new DiagnosticSink(NO_LIMITS);
  const macros = new Map(pp.macros.map((m) => [m.name, m]));
  const hooks = constantHooks(ir, createLayoutQuery(ir, target, quiet), target);
  const fromHeaders = new Set(pp.includes);
  // One hide-set root for all of them: the _IOC chains behind every DRM_IOCTL_* derive the same sets.
  const hideRoot = HideSet.root();
  const memo = new Map<string, MemoValue>();
  const bounds = new Map<string, number>();
  for (const m of pp.macros) {
    if (NOT_FROM_HEADERS.has(m.header) || !fromHeaders.has(m.header)) continue;
    const base = { loc: m.loc as SourceLoc, header: m.header };
    if (m.params === null && expansionBound(m.name, macros, MAX_CONSTANT_TOKENS, bounds) > MAX_CONSTANT_TOKENS) {
      ir.skipped.push({ name: m.name, reason: `expands to more than ${MAX_CONSTANT_TOKENS} tokens`, ...base });
      continue;
    }
    // sizeof() of an incomplete type would report through the query's sink; keep those reports in the skip reason.
    const before = quiet.items.length;
    const rewritten = m.params === null ? substituteMemoized(m, macros, memo) : undefined;
    let outcome = evaluateMacro(rewritten ?? m, rewritten ? overriding(macros, rewritten) : macros, hooks, ir, hideRoot);
    // An _IOC call's fields come from watching it expand: a macro built on one is expanded afresh each time.
    if (outcome.expanded && !('ioctl' in outcome && outcome.ioctl)) remember(m, 'constant' in outcome ? outcome.constant : undefined, outcome.expanded, macros, hooks, memo);
    const layoutProblem = quiet.items.slice(before).find((d) => d.severity === 'error');
    if ('reason' in outcome && layoutProblem) outcome = { reason: `not an integer constant expression: ${layoutProblem.message}` };
    if ('reason' in outcome) {
      ir.skipped.push({ name: m.name, reason: outcome.reason, ...base });
      continue;
    }
    if (ir.byId.has(m.name)) {
      ir.skipped.push({ name: m.name, reason: `the name is already declared as a ${ir.byId.get(m.name)!.kind}`, ...base });
      continue;
    }
    const decl: ConstantDecl = {
      kind: 'constant',
      id: m.name,
      name: m.name,
      value: outcome.constant.value,
      type: outcome.constant.type,
      text: m.text,
      ...base,
      ...(m.doc !== undefined ? { doc: m.doc } : {}),
      ...(outcome.ioctl ? { ioctl: outcome.ioctl } : {}),
    };
    ir.decls.push(decl);
    ir.byId.set(decl.id, decl);
  }
}

/** Expansions longer than this are not kept for reuse (they would be copied into every later macro). */
const MAX_MEMO_EXPANSION = 4096;

/**
 * Keeps a macro's value (or, failing that, its expansion) for the macros after it, when the expansion is
 * self-contained (see constant-memo.ts).
 */
function remember(m: MacroDef, v: TypedValue | undefined, expanded: Token[], macros: ReadonlyMap<string, MacroDef>, hooks: ExprHooks, memo: Map<string, MemoValue>): void {
  // A macro name left in the expansion was blocked by a hide set: the value depends on where it is expanded.
  if (expanded.some((t) => t.kind === 'ident' && macros.has(t.text))) return;
  const minPrec = minPrecedence(expanded);
  const tokens = v && minPrec >= 1 ? literalFor(v, expanded[0], hooks) : undefined;
  const expansion = expanded.length <= MAX_MEMO_EXPANSION ? expanded : undefined;
  if (tokens || expansion) memo.set(m.name, { tokens, minPrec, expansion });
}
