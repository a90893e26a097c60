// Object-like macros that are not integers but still constants a binding wants: a string literal (adjacent
// literals concatenated, escapes decoded) or a floating literal, optionally signed and parenthesised. Runs after
// the integer constants and takes from ir.skipped only what it can give exactly; everything else keeps its reason.
//
// Why exact only: a `float` literal is rounded to binary32 (Math.fround of the correctly rounded double is the
// same value, since binary32 values are doubles), a `long double` one cannot be held by a JS number and stays
// skipped, as do strings whose bytes are not UTF-8 text (a JS string would not hold those bytes).

import type { IrModule, LiteralDecl, LiteralValue, SkippedMacro } from './types.ts';
import type { MacroDef, PreprocessedSource, Token } from '../source/types.ts';
import { expandForEvaluation } from '../source/pp-expand.ts';

const STRING_REASON = 'expands to a string literal';
// A floating literal is what makes the integer evaluator stop with this; any other failure cannot be a literal,
// and re-expanding every failed macro (a broken link early in a long chain fails all after it) was quadratic.
const NOT_INTEGER = 'not an integer constant expression: floating constant';

type Outcome = { value: LiteralValue } | { reason: string };

/** Moves the string and floating macros of `ir.skipped` into `literal` declarations. */
export function resolveLiteralMacros(ir: IrModule, pp: PreprocessedSource): void {
  const macros = new Map(pp.macros.map((m) => [m.name, m]));
  const kept: SkippedMacro[] = [];
  for (const s of ir.skipped) {
    const m = macros.get(s.name);
    if (!m || m.params !== null || !(s.reason === STRING_REASON || s.reason.startsWith(NOT_INTEGER)) || ir.byId.has(s.name)) {
      kept.push(s);
      continue;
    }
    const outcome = literalOf(expandForEvaluation([{ kind: 'ident', text: m.name, loc: m.loc, spaceBefore: false }], macros));
    if ('reason' in outcome) {
      kept.push(outcome.reason === '' ? s : { ...s, reason: outcome.reason });
      continue;
    }
    const decl: LiteralDecl = {
      kind: 'literal',
      id: m.name,
      name: m.name,
      value: outcome.value,
      text: m.text,
      loc: s.loc,
      header: s.header,
      ...(m.doc !== undefined ? { doc: m.doc } : {}),
    };
    ir.decls.push(decl);
    ir.byId.set(decl.id, decl);
  }
  ir.skipped = kept;
}

/** '' as the reason: not a literal at all, keep the integer evaluator's reason. */
function literalOf(toks: readonly Token[]): Outcome {
  const inner = unwrap(toks);
  if (inner.length > 0 && inner.every((t) => t.kind === 'string')) return stringOf(inner);
  let sign = 1;
  let rest = inner;
  while (rest.length > 1 && (rest[0]!.text === '-' || rest[0]!.text === '+')) {
    if (rest[0]!.text === '-') sign = -sign;
    rest = unwrap(rest.slice(1));
  }
  if (rest.length === 1 && rest[0]!.kind === 'number') {
    const f = floatOf(rest[0]!.text);
    if (f === undefined) return { reason: '' };
    if ('reason' in f) return f;
    return { value: { kind: 'float', type: f.type, value: sign * f.value } };
  }
  return { reason: '' };
}

function unwrap(toks: readonly Token[]): readonly Token[] {
  let t = toks;
  while (t.length >= 2 && t[0]!.text === '(' && t[t.length - 1]!.text === ')' && balancedInside(t)) t = t.slice(1, -1);
  return t;
}

function balancedInside(t: readonly Token[]): boolean {
  let depth = 0;
  for (let i = 0; i < t.length - 1; i++) {
    if (t[i]!.text === '(') depth++;
    else if (t[i]!.text === ')') depth--;
    if (depth === 0) return false;
  }
  return true;
}

// ---- floating literals ----

const DECIMAL_FLOAT = /^(?:(\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+)([fFlL]?)$/;
const HEX_FLOAT = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)([fFlL]?)$/;

type FloatType = 'float' | 'double';

function floatOf(text: string): { value: number; type: FloatType } | { reason: string } | undefined {
  const dec = DECIMAL_FLOAT.exec(text);
  if (dec) return typed(Number(text.replace(/[fFlL]$/, '')), dec[2]!);
  const hex = HEX_FLOAT.exec(text);
  if (hex && (hex[1]! + (hex[2] ?? '')).length > 0) {
    const digits = hex[1]! + (hex[2] ?? '');
    // Exact: the mantissa as a bigint, scaled by a power of two; a double holds it when it has ≤ 53 bits.
    let mant = BigInt(`0x${digits}`);
    let exp = Number(hex[3]) - 4 * (hex[2]?.length ?? 0);
    while (mant !== 0n && (mant & 1n) === 0n) {
      mant >>= 1n;
      exp++;
    }
    if (mant >= 1n << 53n) return { reason: `the hexadecimal float ${text} has more bits than a double holds` };
    return typed(Number(mant) * 2 ** exp, hex[4]!);
  }
  return undefined;
}

function typed(value: number, suffix: string): { value: number; type: FloatType } | { reason: string } {
  if (suffix === 'l' || suffix === 'L') return { reason: 'a long double constant: a JavaScript number cannot hold it exactly' };
  if (!Number.isFinite(value)) return { reason: 'the floating constant overflows a double' };
  return suffix === '' ? { value, type: 'double' } : { value: Math.fround(value), type: 'float' };
}

// ---- string literals ----

const SIMPLE_ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, '\\': 92, "'": 39, '"': 34, '?': 63 };

function stringOf(toks: readonly Token[]): Outcome {
  const bytes: number[] = [];
  for (const t of toks) {
    const q = t.text.indexOf('"');
    const prefix = t.text.slice(0, q);
    if (prefix !== '' && prefix !== 'u8') return { reason: `a ${prefix}"…" wide string literal` };
    const body = t.text.slice(q + 1, -1);
    const r = decodeInto(body, bytes);
    if (r !== undefined) return { reason: r };
  }
  try {
    return { value: { kind: 'string', value: new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes)) } };
  } catch {
    return { reason: 'a string literal whose bytes are not UTF-8 text' };
  }
}

/** Appends the bytes of one literal's body (its source text is UTF-8); an error message for what C would reject. */
function decodeInto(body: string, out: number[]): string | undefined {
  const enc = new TextEncoder();
  for (let i = 0; i < body.length; ) {
    const c = body[i]!;
    if (c !== '\\') {
      const cp = body.codePointAt(i)!;
      out.push(...enc.encode(String.fromCodePoint(cp)));
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return 'a string literal ending in a backslash';
    if (e in SIMPLE_ESCAPES) {
      out.push(SIMPLE_ESCAPES[e]!);
      i += 2;
    } else if (e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < body.length && j < i + 4 && body[j]! >= '0' && body[j]! <= '7') v = v * 8 + Number(body[j++]);
      if (v > 255) return `the octal escape \\${body.slice(i + 1, j)} does not fit a char`;
      out.push(v);
      i = j;
    } else if (e === 'x') {
      let j = i + 2;
      while (j < body.length && /[0-9a-fA-F]/.test(body[j]!)) j++;
      if (j === i + 2) return 'a \\x escape without hexadecimal digits';
      const v = parseInt(body.slice(i + 2, j), 16);
      if (v > 255) return `the escape \\x${body.slice(i + 2, j)} does not fit a char`;
      out.push(v);
      i = j;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return `an incomplete \\${e} escape`;
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return `\\${e}${hex} is not a Unicode scalar value`;
      out.push(...enc.encode(String.fromCodePoint(cp)));
      i += 2 + n;
    } else return `the unknown escape \\${e}`;
  }
  return undefined;
}
