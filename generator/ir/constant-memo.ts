// Values of object-like macros reused by the macros written in terms of them. Expanding `#define C1 C0-1` …
// `C3000` afresh for every macro is quadratic in the chain (and each token's hide set grows with it), so once a
// macro has a value, a later body that names it gets that value as a literal — but only where a literal means
// the same as the macro's tokens: C substitutes text, and `2*C1` is `2*C0-1`, not `2*(C0-1)`.
// Also a bound on expansion size, so a macro that doubles at each level is skipped before it is expanded.

import { BINARY_PRECEDENCE, evaluate, type ExprHooks, type TypedValue } from '../source/expr.ts';
import type { MacroDef, Token } from '../source/types.ts';
import type { IntKind } from './types.ts';

/** Precedence of a prefix operator (unary, cast, sizeof): tighter than any binary operator. */
const PREFIX = 11;
/** A single token or a fully parenthesized expansion: nothing around it can split it. */
const ATOM = 100;
/** Next to anything else (juxtaposition, postfix operators) substituting is never assumed safe. */
const NEVER = 1000;

const SUFFIX: Partial<Record<IntKind, string>> = { int: '', uint: 'u', long: 'l', ulong: 'ul', longlong: 'll', ulonglong: 'ull' };
const PREFIX_WORDS = new Set(['sizeof', '_Alignof', '__alignof__', '__alignof', 'alignof']);

export interface MemoValue {
  /** The value as a literal, where the macro has one that a literal can stand for. */
  tokens?: Token[];
  /**
   * The macro's full expansion, when it names no macro: splicing it in is exactly what rescanning the macro
   * would give (a chain with one link that is not a constant no longer re-expands everything before it).
   */
  expansion?: Token[];
  /** Lowest precedence of an operator at the top level of the macro's expansion. */
  minPrec: number;
}

const isOperandEnd = (t: Token) => t.kind === 'number' || t.kind === 'char' || (t.kind === 'ident' && !PREFIX_WORDS.has(t.text)) || t.text === ')';
const isOperandStart = (t: Token | undefined) =>
  t !== undefined && (t.kind === 'number' || t.kind === 'char' || t.kind === 'ident' || ['(', '-', '+', '~', '!'].includes(t.text));

function wrapped(toks: readonly Token[]): boolean {
  if (toks.length < 2 || toks[0].text !== '(' || toks[toks.length - 1].text !== ')') return false;
  let depth = 0;
  for (let k = 0; k < toks.length - 1; k++) {
    if (toks[k].text === '(') depth++;
    if (toks[k].text === ')' && --depth === 0) return false;
  }
  return true;
}

/** The loosest-binding operator at depth 0 of an expanded expression (PREFIX for casts and unary operators). */
export function minPrecedence(toks: readonly Token[]): number {
  if (toks.length === 1 || wrapped(toks)) return ATOM;
  let low = ATOM;
  let depth = 0;
  let expectOperand = true;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === 'punct' && t.text === '(') {
      if (depth++ === 0 && expectOperand) {
        // A parenthesized group followed by an operand is a cast: a prefix operator.
        let d = 0;
        let j = k;
        for (; j < toks.length; j++) {
          if (toks[j].text === '(') d++;
          if (toks[j].text === ')' && --d === 0) break;
        }
        if (isOperandStart(toks[j + 1])) low = Math.min(low, PREFIX);
      }
      continue;
    }
    if (t.kind === 'punct' && t.text === ')') {
      if (--depth === 0) expectOperand = false;
      continue;
    }
    if (depth > 0) continue;
    if (t.kind === 'punct') {
      const p = BINARY_PRECEDENCE[t.text];
      if (p !== undefined && !expectOperand) {
        low = Math.min(low, p);
        expectOperand = true;
      } else if (['+', '-', '~', '!'].includes(t.text)) low = Math.min(low, PREFIX);
      else return -1; // ?:, comma, postfix operators: not worth reasoning about
    } else if (t.kind === 'ident' && PREFIX_WORDS.has(t.text)) low = Math.min(low, PREFIX);
    else expectOperand = false;
  }
  return low;
}

/** A literal (or a parenthesized negated one) that evaluates to exactly `v`, or undefined when none does. */
export function literalFor(v: TypedValue, like: Token, hooks: ExprHooks): Token[] | undefined {
  const suffix = SUFFIX[v.type];
  if (suffix === undefined) return undefined;
  const mk = (kind: Token['kind'], text: string): Token => ({ kind, text, loc: like.loc, spaceBefore: false });
  const toks = v.value >= 0n ? [mk('number', `${v.value}${suffix}`)] : [mk('punct', '('), mk('punct', '-'), mk('number', `${-v.value}${suffix}`), mk('punct', ')')];
  const r = evaluate(toks, hooks);
  return r.ok && r.value === v.value && r.type === v.type ? toks : undefined;
}

/** How tightly the token before a use binds it: -1 for nothing/`(`/`,`/`?`/`:`, a binary precedence, or PREFIX. */
function leftBinding(body: readonly Token[], k: number): number {
  const p = body[k - 1];
  if (p === undefined || ['(', ',', '?', ':'].includes(p.text)) return -1;
  if (p.kind === 'ident' && PREFIX_WORDS.has(p.text)) return PREFIX;
  if (p.kind === 'punct') {
    const prec = BINARY_PRECEDENCE[p.text];
    const before = body[k - 2];
    if (prec !== undefined && before !== undefined && isOperandEnd(before)) return prec;
    return PREFIX; // a unary operator, or `)` ending a cast
  }
  return NEVER;
}

/** How tightly the token after a use binds it (left-associative binary operators bind at their precedence). */
function rightBinding(body: readonly Token[], k: number): number {
  const n = body[k + 1];
  if (n === undefined || [')', ',', '?', ':'].includes(n.text)) return -1;
  if (n.kind === 'punct' && BINARY_PRECEDENCE[n.text] !== undefined) return BINARY_PRECEDENCE[n.text];
  return NEVER;
}

/**
 * `m` with the uses of memoized macros in its body replaced by their values — where a use sits so that its
 * operators cannot be regrouped by its neighbours — or else by their expansions; undefined when that could
 * change its meaning: the body must name no other macro (a function-like one could paste or stringize the
 * use) and use no `#`/`##`.
 */
export function substituteMemoized(m: MacroDef, macros: ReadonlyMap<string, MacroDef>, memo: ReadonlyMap<string, MemoValue>): MacroDef | undefined {
  const body = m.body;
  const use: (Token[] | undefined)[] = new Array(body.length);
  let changed = false;
  for (let k = 0; k < body.length; k++) {
    const t = body[k];
    if (t.kind === 'punct' && (t.text === '#' || t.text === '##' || t.text === '%:' || t.text === '%:%:')) return undefined;
    if (t.kind !== 'ident' || !macros.has(t.text)) continue;
    const v = memo.get(t.text);
    if (v === undefined || t.text === m.name) return undefined;
    const literalFits = v.tokens !== undefined && leftBinding(body, k) < v.minPrec && rightBinding(body, k) <= v.minPrec;
    use[k] = literalFits ? v.tokens : v.expansion;
    if (use[k] === undefined) return undefined;
    changed = true;
  }
  if (!changed) return undefined;
  const out: Token[] = [];
  for (let k = 0; k < body.length; k++) {
    const r = use[k];
    if (r === undefined) out.push(body[k]);
    else for (let j = 0; j < r.length; j++) out.push(r[j]);
  }
  return { ...m, body: out };
}

/**
 * An upper bound on the tokens `name` expands to through object-like macros (function-like ones count as
 * written), capped just past `limit`; memoized in `known`, computed without recursion.
 */
export function expansionBound(name: string, macros: ReadonlyMap<string, MacroDef>, limit: number, known: Map<string, number>): number {
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  const onPath = new Set<string>([name]);
  const stack: { name: string; k: number; sum: number }[] = [{ name, k: 0, sum: 0 }];
  for (;;) {
    const top = stack[stack.length - 1];
    const body = macros.get(top.name)?.body ?? [];
    if (top.k >= body.length || top.sum > limit) {
      const total = Math.min(Math.max(top.sum, 1), limit + 1);
      known.set(top.name, total);
      onPath.delete(top.name);
      stack.pop();
      if (stack.length === 0) return total;
      stack[stack.length - 1].sum += total;
      continue;
    }
    const t = body[top.k++];
    const inner = t.kind === 'ident' ? macros.get(t.text) : undefined;
    if (!inner || inner.params !== null || onPath.has(t.text)) top.sum += 1;
    else if (known.has(t.text)) top.sum += known.get(t.text)!;
    else {
      onPath.add(t.text);
      stack.push({ name: t.text, k: 0, sum: 0 });
    }
  }
}
