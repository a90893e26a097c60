// Macro expansion with hide sets (Prosser's algorithm, the model behind C11 6.10.3.4): every token carries
// the names of the macros it came out of, and a macro name whose hide set holds itself is never expanded
// again — the standard's "no recursion" rule, including for tokens painted blue that are rescanned later.
// Diagnostic codes: macro-arg-count, unterminated-macro-call, invalid-paste, invalid-defined, expansion-too-large,
// nesting-too-deep.

import type { DiagnosticSink, SourceLoc } from '../diagnostics.ts';
import { HideSet } from './hide-set.ts';
import { tokenize } from './lexer.ts';
import type { MacroDef, Token } from './types.ts';

/** A token during expansion. */
export interface PToken extends Token {
  hide?: HideSet;
  /** Where the outermost macro invocation that produced it was written (unset for tokens written in place). */
  site?: SourceLoc;
  placemarker?: boolean;
}

export interface ExpandContext {
  macros: ReadonlyMap<string, MacroDef>;
  sink?: DiagnosticSink;
  /** In #if: `defined X` / `defined(X)` become 1 or 0 before anything else, and so do __has_include(…). */
  ifMode?: boolean;
  /** `next`: __has_include_next, searching after the directory the current file was found in. */
  hasInclude?(spec: string, angled: boolean, next: boolean, loc: SourceLoc): boolean;
  /** Seen for every function-like invocation, with its raw (unexpanded) arguments. */
  onInvoke?(name: string, args: Token[][], site: SourceLoc): void;
  /** __has_attribute / __has_builtin: the target compiler's answer (predefined.ts); 0 when absent. */
  featureProbe?(probe: string, operand: string): number;
  /** __LINE__, __FILE__, __COUNTER__: their value at a use (asked only of names starting with `__`). */
  dynamic?(name: string, at: SourceLoc): Token | undefined;
  /**
   * The empty hide set every set of this expansion derives from. The macro-constants pass shares one across
   * its ~1000 expansions, so the derivations the DRM_IOCTL_* chains repeat are cached once for the pass and
   * die with it; without it each expansion starts an empty cache. (The preprocessor does not: its caches
   * would live, and be copied by every scavenge, for the whole run.)
   */
  hideRoot?: HideSet;
  /**
   * Tokens the expansion may handle (each popped token counts) before it stops with expansion-too-large:
   * macros that double at each level reach billions of tokens, which gcc never builds unless they are used.
   */
  maxSteps?: number;
}

/** How deep macro calls may nest inside arguments (each level recurses); clang's bracket depth, as elsewhere. */
export const MAX_ARGUMENT_NESTING = 256;

/** Default budget of one expansion: far above any real header's text, far below running out of memory. */
export const DEFAULT_EXPANSION_STEPS = 4_000_000;

/** Feature probes usable in #if besides defined and __has_include; each takes one parenthesized operand. */
export const FEATURE_PROBES = new Set(['__has_attribute', '__has_builtin', '__has_feature', '__has_extension', '__has_c_attribute', '__has_include_next']);

/**
 * `dst.push(...src)` passes every element as an argument and overflows the stack past ~100k of them (one
 * line of a header can hold more tokens than that); this appends in a loop.
 */
export function appendAll<T>(dst: T[], src: readonly T[]): void {
  for (let k = 0; k < src.length; k++) dst.push(src[k]);
}

/** A copy of `t` with other whitespace, hide set and site; every expansion token has this one shape (V8 likes that). */
function derive(t: PToken, spaceBefore: boolean, hide: HideSet | undefined, site: SourceLoc | undefined): PToken {
  return { kind: t.kind, text: t.text, loc: t.loc, spaceBefore, hide, site, placemarker: t.placemarker };
}

function withHide(t: PToken, hs: HideSet, site: SourceLoc | undefined): PToken {
  const hide = t.hide ? t.hide.union(hs) : hs;
  // Already so (a body token subst built with both): nothing mutates tokens, so it serves as it is.
  if (hide === t.hide && t.site !== undefined) return t;
  return derive(t, t.spaceBefore, hide, t.site ?? site);
}

function paramIndex(params: readonly string[], t: PToken | undefined): number {
  return t && t.kind === 'ident' ? params.indexOf(t.text) : -1;
}

function hasPaste(body: readonly Token[]): boolean {
  for (const t of body) if (t.text === '##' && t.kind === 'punct') return true;
  return false;
}

function placemarker(like: PToken): PToken {
  return { ...synth('other', '', like), placemarker: true };
}

function synth(kind: Token['kind'], text: string, like: PToken): PToken {
  return { kind, text, loc: like.loc, spaceBefore: like.spaceBefore, site: like.site ?? like.loc, hide: like.hide };
}

/** `#param`: the argument's spelling as a string literal (C11 6.10.3.2). */
function stringize(arg: PToken[], at: PToken): PToken {
  let s = '';
  arg.forEach((t, k) => {
    if (k > 0 && t.spaceBefore) s += ' ';
    s += t.kind === 'string' || t.kind === 'char' ? t.text.replace(/[\\"]/g, (c) => '\\' + c) : t.text;
  });
  return synth('string', `"${s}"`, at);
}

class Expander {
  private readonly noHide: HideSet;
  private steps: number;
  /** Macro calls whose arguments are being expanded, innermost last (each one a level of recursion). */
  private argDepth = 0;
  /** Set once the budget ran out: every expansion still running then stops. */
  exhausted = false;
  /** Set once subst made a placemarker (an empty argument), which the output must then drop. */
  private madePlacemarker = false;

  constructor(private readonly ctx: ExpandContext) {
    this.noHide = ctx.hideRoot ?? HideSet.root();
    this.steps = ctx.maxSteps ?? DEFAULT_EXPANSION_STEPS;
  }

  /** Fully expand a token list (nothing after it can complete an invocation). */
  expand(input: readonly PToken[]): PToken[] {
    const stack: PToken[] = new Array(input.length);
    for (let k = 0; k < input.length; k++) stack[k] = input[input.length - 1 - k];
    const out: PToken[] = [];
    while (stack.length > 0) {
      if (--this.steps < 0) {
        if (!this.exhausted) {
          const at = stack[stack.length - 1];
          this.ctx.sink?.error(
            'expansion-too-large',
            `macro expansion exceeds ${this.ctx.maxSteps ?? DEFAULT_EXPANSION_STEPS} tokens; expansion stopped there`,
            at.site ?? at.loc,
          );
        }
        this.exhausted = true;
        break;
      }
      const t = stack.pop()!;
      if (t.kind !== 'ident' || t.hide?.has(t.text)) {
        out.push(t);
        continue;
      }
      if (this.ctx.ifMode && t.text === 'defined') {
        out.push(this.defined(t, stack));
        continue;
      }
      if (this.ctx.ifMode && (t.text === '__has_include' || t.text === '__has_include_next') && this.ctx.hasInclude) {
        out.push(this.hasInclude(t, stack));
        continue;
      }
      if (this.ctx.ifMode && FEATURE_PROBES.has(t.text) && stack[stack.length - 1]?.text === '(') {
        out.push(this.probe(t, stack));
        continue;
      }
      const m = this.ctx.macros.get(t.text);
      if (!m) {
        // Every dynamic name (__LINE__, __FILE__, __COUNTER__, __INCLUDE_LEVEL__) starts with two underscores.
        const dyn = this.ctx.dynamic && t.text.charCodeAt(0) === 95 && t.text.charCodeAt(1) === 95 ? this.ctx.dynamic(t.text, t.site ?? t.loc) : undefined;
        out.push(dyn ? { ...dyn, spaceBefore: t.spaceBefore, site: t.site ?? t.loc } : t);
        continue;
      }
      if (m.params === null) {
        const hs = (t.hide ?? this.noHide).with(m.name);
        const body = this.subst(m, [], hs, t);
        for (let k = body.length - 1; k >= 0; k--) stack.push(body[k]);
        continue;
      }
      if (stack.length === 0 || stack[stack.length - 1].text !== '(' || stack[stack.length - 1].kind !== 'punct') {
        out.push(t);
        continue;
      }
      const call = this.collectArgs(m, t, stack);
      if (!call) {
        out.push(t);
        continue;
      }
      this.ctx.onInvoke?.(m.name, call.args, t.site ?? t.loc);
      const hs = (t.hide && call.rparen.hide ? t.hide.intersect(call.rparen.hide, this.noHide) : this.noHide).with(m.name);
      const body = this.subst(m, call.args, hs, t);
      for (let k = body.length - 1; k >= 0; k--) stack.push(body[k]);
    }
    // Placemarkers exist only once subst made one (the input of an expansion never holds any otherwise).
    return this.madePlacemarker ? out.filter((t) => !t.placemarker) : out;
  }

  private defined(t: PToken, stack: PToken[]): PToken {
    const paren = stack.length > 0 && stack[stack.length - 1].text === '(';
    if (paren) stack.pop();
    const name = stack.pop();
    if (!name || name.kind !== 'ident' || (paren && stack.pop()?.text !== ')')) {
      this.ctx.sink?.error('invalid-defined', '"defined" must be followed by a macro name, optionally in parentheses', t.loc);
      return synth('number', '0', t);
    }
    const known = this.ctx.macros.has(name.text) || this.ctx.dynamic?.(name.text, t.loc) !== undefined || FEATURE_PROBES.has(name.text) || name.text === '__has_include';
    return synth('number', known ? '1' : '0', t);
  }

  /** __has_attribute(x) and __has_builtin(x) answer as the target's compiler; the clang-only probes answer 0. */
  private probe(t: PToken, stack: PToken[]): PToken {
    stack.pop();
    const parts: PToken[] = [];
    let depth = 1;
    while (stack.length > 0) {
      const p = stack.pop()!;
      if (p.text === '(') depth++;
      if (p.text === ')' && --depth === 0) break;
      parts.push(p);
    }
    const answer = this.ctx.featureProbe?.(t.text, parts.map((p) => p.text).join('')) ?? 0;
    return synth('number', String(answer), t);
  }

  private hasInclude(t: PToken, stack: PToken[]): PToken {
    const bad = () => {
      this.ctx.sink?.error('invalid-defined', `${t.text} expects ("file") or (<file>)`, t.loc);
      return synth('number', '0', t);
    };
    if (stack.pop()?.text !== '(') return bad();
    const parts: PToken[] = [];
    while (stack.length > 0 && stack[stack.length - 1].text !== ')') parts.push(stack.pop()!);
    if (stack.pop()?.text !== ')') return bad();
    const text = parts.map((p, k) => (k > 0 && p.spaceBefore ? ' ' : '') + p.text).join('');
    const m = /^(?:"(.*)"|<(.*)>)$/.exec(text);
    if (!m) return bad();
    const found = this.ctx.hasInclude!(m[1] ?? m[2], m[2] !== undefined, t.text === '__has_include_next', t.loc);
    return synth('number', found ? '1' : '0', t);
  }

  /** Pops `( a, b, … )` off the stack; undefined (and a diagnostic) when unterminated or the count is wrong. */
  private collectArgs(m: MacroDef, name: PToken, stack: PToken[]): { args: PToken[][]; rparen: PToken } | undefined {
    stack.pop();
    const args: PToken[][] = [[]];
    let depth = 0;
    const params = m.params!;
    for (;;) {
      const t = stack.pop();
      if (!t) {
        this.ctx.sink?.error('unterminated-macro-call', `unterminated argument list invoking macro "${m.name}"`, name.site ?? name.loc);
        return undefined;
      }
      if (t.kind === 'punct' && (t.text === '(' || t.text === ')' || t.text === ',')) {
        if (t.text === ')' && depth === 0) {
          if (params.length === 0 && args.length === 1 && args[0].length === 0) args.pop();
          if (m.variadic && args.length === params.length - 1) args.push([]);
          if (args.length !== params.length) {
            this.ctx.sink?.error(
              'macro-arg-count',
              `macro "${m.name}" takes ${params.length} argument${params.length === 1 ? '' : 's'}${m.variadic ? ' or more' : ''}, but ${args.length} given`,
              name.site ?? name.loc,
            );
            return undefined;
          }
          return { args, rparen: t };
        }
        if (t.text === '(') depth++;
        if (t.text === ')') depth--;
        if (t.text === ',' && depth === 0 && !(m.variadic && args.length === params.length)) {
          args.push([]);
          continue;
        }
      }
      args[args.length - 1].push(t);
    }
  }

  private subst(m: MacroDef, args: PToken[][], hs: HideSet, name: PToken): PToken[] {
    const params = m.params ?? [];
    const site = name.site ?? name.loc;
    const body = m.body as PToken[];
    // Most expansions are object-like macros without ##: each body token is copied once, with its hide set.
    if (m.params === null && !hasPaste(body)) {
      const copy: PToken[] = new Array(body.length);
      for (let k = 0; k < body.length; k++) copy[k] = derive(body[k], k === 0 ? name.spaceBefore : body[k].spaceBefore, hs, body[k].site ?? site);
      return copy;
    }
    const argOf = (t: PToken | undefined) => paramIndex(params, t);
    const out: PToken[] = [];
    for (let i = 0; i < body.length; i++) {
      const t = body[i];
      const first = out.length === 0 ? name.spaceBefore : t.spaceBefore;
      if (m.params && t.text === '#' && t.kind === 'punct' && argOf(body[i + 1]) >= 0) {
        out.push({ ...stringize(args[argOf(body[i + 1])], t), spaceBefore: first });
        i++;
        continue;
      }
      if (t.text === '##' && t.kind === 'punct' && i + 1 < body.length && out.length > 0) {
        const next = body[++i];
        const p = argOf(next);
        const rhs: PToken[] = p >= 0 ? args[p].map((a) => ({ ...a })) : [{ ...next }];
        // GNU: `, ## __VA_ARGS__` drops the comma when the variable arguments are empty.
        const last = out[out.length - 1];
        if (p === params.length - 1 && m.variadic && last.text === ',' && last.kind === 'punct') {
          if (rhs.length === 0) out.pop();
          else appendAll(out, rhs.map((r, k) => (k === 0 ? { ...r, spaceBefore: next.spaceBefore } : r)));
          continue;
        }
        if (rhs.length === 0) continue;
        out[out.length - 1] = this.paste(last, rhs[0]);
        appendAll(out, rhs.slice(1));
        continue;
      }
      const p = argOf(t);
      if (p >= 0) {
        const raw = args[p];
        const pasted = body[i + 1]?.text === '##';
        const pieces = pasted ? raw.map((a) => ({ ...a })) : this.expandArgument(raw, name);
        if (pieces.length === 0) {
          this.madePlacemarker = true;
          out.push(placemarker(t));
        }
        else appendAll(out, pieces.map((r, k) => (k === 0 ? { ...r, spaceBefore: first } : r)));
        continue;
      }
      // Built as the loop below would leave it, which then keeps it instead of copying it again.
      out.push(derive(t, first, hs, t.site ?? site));
    }
    for (let k = 0; k < out.length; k++) out[k] = withHide(out[k], hs, site);
    return out;
  }

  /** An argument is expanded by recursion; calls nested in arguments past MAX_ARGUMENT_NESTING stop with an error. */
  private expandArgument(raw: PToken[], call: PToken): PToken[] {
    if (this.argDepth >= MAX_ARGUMENT_NESTING) {
      if (!this.exhausted) {
        this.ctx.sink?.error('nesting-too-deep', `macro calls nested more than ${MAX_ARGUMENT_NESTING} levels deep in arguments`, call.site ?? call.loc);
      }
      this.exhausted = true;
      this.steps = 0;
      return raw;
    }
    this.argDepth++;
    const out = this.expand(raw);
    this.argDepth--;
    return out;
  }

  private paste(a: PToken, b: PToken): PToken {
    if (a.placemarker) return { ...b, spaceBefore: a.spaceBefore };
    if (b.placemarker) return a;
    const text = a.text + b.text;
    const lexed = tokenize(text, a.loc.file, a.loc.line, a.loc.column);
    if (lexed.length !== 1 || lexed[0].text !== text) {
      this.ctx.sink?.error('invalid-paste', `pasting "${a.text}" and "${b.text}" does not give a valid preprocessing token`, a.site ?? a.loc);
      return { ...a, text: a.text + ' ' + b.text };
    }
    return { ...a, kind: lexed[0].kind, text };
  }
}

export function expandTokens(tokens: readonly PToken[], ctx: ExpandContext): PToken[] {
  return new Expander(ctx).expand(tokens);
}

/**
 * Expands already-tokenized text with a final macro table (for enum values, array sizes and macro
 * constants after preprocessing). Errors go to `sink` when given.
 */
export function expandForEvaluation(
  tokens: readonly Token[],
  macros: ReadonlyMap<string, MacroDef> | readonly MacroDef[],
  sink?: DiagnosticSink,
  onInvoke?: ExpandContext['onInvoke'],
  hideRoot?: HideSet,
  maxSteps?: number,
): Token[] {
  const table = macros instanceof Map ? macros : new Map((macros as readonly MacroDef[]).map((m) => [m.name, m]));
  return expandTokens(tokens, { macros: table as ReadonlyMap<string, MacroDef>, sink, onInvoke, hideRoot, maxSteps });
}
