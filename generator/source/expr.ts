// Evaluates C integer constant expressions over already-expanded tokens, with C's typing rules: literal
// types from value and suffix, promotions, the usual arithmetic conversions, wrap-around to the type's
// width. Mode 'if' follows #if (every integer is intmax_t/uintmax_t, leftover identifiers are 0, no sizeof);
// mode 'constant' resolves identifiers, type names, sizeof/alignof/offsetof through hooks.
// Errors are values (EvalResult); callers turn them into diagnostics with their own codes.

import type { SourceLoc } from '../diagnostics.ts';
import type { CType, IntKind } from '../ir/types.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { bitsOf, isUnsigned, maxOf, normalize, promote, sizeTypeOf, usualConversions, wcharTypeOf } from './int-types.ts';
import type { Token } from './types.ts';

export { expandForEvaluation } from './pp-expand.ts';

export type ExprMode = 'if' | 'constant';

export interface TypedValue {
  value: bigint;
  type: IntKind;
}

export interface ExprHooks {
  target: TargetInfo;
  mode: ExprMode;
  /** Constant mode: the value of an identifier left after expansion (an enumerator); undefined = unknown. */
  identifier?(name: string, loc: SourceLoc): TypedValue | undefined;
  /** Whether an identifier names a type (a typedef), so `(name)x` is a cast and `sizeof(name)` a type. */
  isTypeName?(name: string): boolean;
  /** Parse a type name at tokens[start]; next is the index after it. */
  parseTypeName?(tokens: Token[], start: number): { type: CType; next: number } | { error: string; loc: SourceLoc };
  /** The integer kind a type converts to in a cast, or undefined when it is not an integer type. */
  integerKind?(type: CType): IntKind | undefined;
  sizeOf?(type: CType, loc: SourceLoc): number | undefined;
  alignOf?(type: CType, loc: SourceLoc): number | undefined;
  /** offsetof(type, a.b.c). */
  offsetOf?(type: CType, path: string, loc: SourceLoc): number | undefined;
  /** The declared type of the member a dot path names (offsetof designators with subscripts). */
  memberType?(type: CType, path: string): CType | undefined;
  /** GNU __builtin_types_compatible_p: the same type once typedefs and top-level qualifiers are set aside. */
  typesCompatible?(a: CType, b: CType): boolean;
}

export type EvalResult = ({ ok: true } & TypedValue) | { ok: false; message: string; loc: SourceLoc };

class EvalError {
  constructor(
    readonly message: string,
    readonly loc: SourceLoc,
  ) {}
}

const TYPE_KEYWORDS = new Set([
  'void', 'char', 'short', 'int', 'long', 'signed', 'unsigned', '_Bool', 'float', 'double', 'struct', 'union',
  'enum', 'const', 'volatile', '__signed__', '__signed', '__int128', '__const', '__volatile__', 'restrict',
  '__restrict', '__restrict__', '__typeof__', 'typeof',
]);

const SIZEOF = new Set(['sizeof']);
const ALIGNOF = new Set(['_Alignof', '__alignof__', '__alignof', 'alignof']);
const OFFSETOF = new Set(['__builtin_offsetof', 'offsetof']);

const BIT_BUILTINS: Record<string, { op: 'clz' | 'ctz' | 'ffs' | 'popcount' | 'parity'; arg: 'u' | 'ul' | 'ull' }> = Object.fromEntries(
  (['clz', 'ctz', 'ffs', 'popcount', 'parity'] as const).flatMap((op) => [
    [op, { op, arg: 'u' as const }],
    [`${op}l`, { op, arg: 'ul' as const }],
    [`${op}ll`, { op, arg: 'ull' as const }],
  ]),
);

/** A pp-number as an integer literal with its C type (C11 6.4.4.1 type lists), or an error message. */
// Answers per target and spelling: macro constants re-expand the same few literals (ioctl direction bits,
// base numbers) thousands of times, and parsing one builds BigInts and runs several regexes. The answers
// are immutable values or messages, so sharing them is safe.
const literalCache = new WeakMap<TargetInfo, Map<string, TypedValue | string>>();

export function parseIntegerLiteral(text: string, target: TargetInfo): TypedValue | string {
  let known = literalCache.get(target);
  if (known === undefined) {
    known = new Map();
    literalCache.set(target, known);
  }
  let answer = known.get(text);
  if (answer === undefined) {
    answer = parseIntegerLiteralUncached(text, target);
    known.set(text, answer);
  }
  return answer;
}

function parseIntegerLiteralUncached(text: string, target: TargetInfo): TypedValue | string {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([uUlL]*)$/.exec(text);
  if (!m) return /^[0-9.]/.test(text) && /[.eEpP]/.test(text) ? `floating constant "${text}" in an integer expression` : `invalid integer constant "${text}"`;
  const [, digits, suffix] = m;
  // Beyond 64 bits the answer is "too large" whatever the digits; BigInt() of a megabyte of them is not free.
  const significant = digits.replace(/^0[xXbB]?0*/, '').length;
  if (significant > ({ x: 16, b: 64 }[digits[1]?.toLowerCase() ?? ''] ?? 22)) return `integer constant "${text.length > 40 ? `${text.slice(0, 20)}…` : text}" is too large`;
  const s = suffix.toLowerCase();
  if (!['', 'u', 'l', 'ul', 'lu', 'll', 'ull', 'llu'].includes(s) || /lL|Ll/.test(suffix)) return `invalid suffix "${suffix}" on integer constant`;
  let value: bigint;
  if (/^0[bB]/.test(digits)) value = BigInt(digits);
  else if (/^0[xX]/.test(digits)) value = BigInt(digits);
  else if (digits.length > 1 && digits[0] === '0') {
    if (/[89]/.test(digits)) return `invalid digit in octal constant "${text}"`;
    value = BigInt('0o' + digits.slice(1));
  } else value = BigInt(digits);
  const decimal = !/^0/.test(digits) || digits === '0';
  const unsigned = s.includes('u');
  const longs = s.replace('u', '');
  const base: IntKind[] = longs === 'll' ? ['longlong'] : longs === 'l' ? ['long', 'longlong'] : ['int', 'long', 'longlong'];
  const candidates: IntKind[] = [];
  for (const k of base) {
    const u = (k === 'int' ? 'uint' : 'u' + k) as IntKind;
    if (unsigned) candidates.push(u);
    else if (decimal) candidates.push(k);
    else candidates.push(k, u);
  }
  for (const k of candidates) if (value <= maxOf(k, target)) return { value, type: k };
  // gcc: "integer constant is so large that it is unsigned".
  if (value <= maxOf('ulonglong', target)) return { value, type: 'ulonglong' };
  return `integer constant "${text}" is too large`;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, '\\': 92, "'": 39, '"': 34, '?': 63,
};

/** A character constant's value and type as gcc computes it (multi-char: big-endian packing into int). */
export function parseCharLiteral(text: string, target: TargetInfo): TypedValue | string {
  const m = /^(L|u8|u|U)?'(.*)'$/s.exec(text);
  if (!m) return `unterminated character constant ${text}`;
  const prefix = m[1] ?? '';
  const body = m[2];
  const chars: number[] = [];
  for (let i = 0; i < body.length; ) {
    if (body[i] !== '\\') {
      chars.push(body.codePointAt(i)!);
      i += body.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return `invalid escape in ${text}`;
    if (e in SIMPLE_ESCAPES) {
      chars.push(SIMPLE_ESCAPES[e]);
      i += 2;
    } else if (e === 'x') {
      const hx = /^[0-9a-fA-F]+/.exec(body.slice(i + 2));
      if (!hx) return `\\x used with no following hex digits in ${text}`;
      chars.push(Number.parseInt(hx[0], 16));
      i += 2 + hx[0].length;
    } else if (/[0-7]/.test(e)) {
      const oc = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      chars.push(Number.parseInt(oc, 8));
      i += 1 + oc.length;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const hx = body.slice(i + 2, i + 2 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hx)) return `incomplete universal character name in ${text}`;
      chars.push(Number.parseInt(hx, 16));
      i += 2 + n;
    } else return `unknown escape sequence "\\${e}" in ${text}`;
  }
  if (chars.length === 0) return `empty character constant ${text}`;
  if (prefix === 'u') return { value: BigInt(chars[chars.length - 1] & 0xffff), type: 'ushort' };
  if (prefix === 'U') return { value: BigInt(chars[chars.length - 1] >>> 0), type: 'uint' };
  if (prefix === 'L') {
    const type = wcharTypeOf(target);
    return { value: normalize(BigInt(chars[chars.length - 1]), type, target), type };
  }
  if (chars.length === 1) return { value: normalize(BigInt(chars[0] & 0xff), 'char', target), type: 'int' };
  let v = 0n;
  for (const c of chars) v = (v << 8n) | BigInt(c & 0xff);
  return { value: normalize(v, 'int', target), type: 'int' };
}

export const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  '*': 10, '/': 10, '%': 10, '+': 9, '-': 9, '<<': 8, '>>': 8, '<': 7, '>': 7, '<=': 7, '>=': 7,
  '==': 6, '!=': 6, '&': 5, '^': 4, '|': 3, '&&': 2, '||': 1,
};

/**
 * How deep parentheses, unary operators and ?: may nest. The evaluator recurses once per level, and a JS stack
 * overflow is not an answer; 256 is clang's default bracket depth (-fbracket-depth), far above real headers.
 */
export const MAX_EXPR_NESTING = 256;

class Evaluator {
  private pos = 0;
  /** Levels entered so far; the outermost operand is level 0. */
  private depth = -1;

  constructor(
    private readonly toks: Token[],
    private readonly hooks: ExprHooks,
    private readonly endLoc: SourceLoc,
  ) {}

  run(): TypedValue {
    if (this.toks.length === 0) throw new EvalError('empty expression', this.endLoc);
    const v = this.comma(true);
    if (this.pos < this.toks.length) {
      const t = this.toks[this.pos];
      throw new EvalError(`unexpected "${t.text}" in constant expression`, t.loc);
    }
    return v;
  }

  private get target() {
    return this.hooks.target;
  }

  private peek(offset = 0): Token | undefined {
    return this.toks[this.pos + offset];
  }

  private loc(): SourceLoc {
    return this.peek()?.loc ?? this.endLoc;
  }

  private accept(text: string): boolean {
    const t = this.peek();
    if (t && t.kind !== 'string' && t.kind !== 'char' && t.text === text) {
      this.pos++;
      return true;
    }
    return false;
  }

  private expect(text: string): void {
    if (!this.accept(text)) {
      const t = this.peek();
      throw new EvalError(t ? `expected "${text}" before "${t.text}"` : `expected "${text}" at end of expression`, this.loc());
    }
  }

  /** In #if, every integer is intmax_t or uintmax_t (C11 6.10.1p4). */
  private widen(v: TypedValue): TypedValue {
    if (this.hooks.mode !== 'if') return v;
    const type: IntKind = isUnsigned(promote(v.type), this.target) ? 'ulonglong' : 'longlong';
    return { value: normalize(v.value, type, this.target), type };
  }

  private make(value: bigint, type: IntKind): TypedValue {
    return { value: normalize(value, type, this.target), type };
  }

  private comma(live: boolean): TypedValue {
    let v = this.conditional(live);
    while (this.accept(',')) v = this.conditional(live);
    return v;
  }

  private enter(): void {
    if (++this.depth > MAX_EXPR_NESTING) throw new EvalError(`expression nested more than ${MAX_EXPR_NESTING} levels deep`, this.loc());
  }

  private conditional(live: boolean): TypedValue {
    const cond = this.binary(1, live);
    if (!this.accept('?')) return cond;
    const takeFirst = cond.value !== 0n;
    // Both operands recurse (`a ? b : c ? d : …` nests on the right): each counts as a level.
    this.enter();
    const a = this.arm(!takeFirst, () => this.comma(live && takeFirst));
    this.expect(':');
    const b = this.arm(takeFirst, () => this.conditional(live && !takeFirst));
    this.depth--;
    const type = usualConversions(a.type, b.type, this.target);
    return this.make(takeFirst ? a.value : b.value, type);
  }

  /** Arms of `?:` not taken, being read now (unlike sizeof's operand, gcc folds them away unevaluated). */
  private deadArms = 0;

  private arm(dead: boolean, read: () => TypedValue): TypedValue {
    if (dead) this.deadArms++;
    try {
      return read();
    } finally {
      if (dead) this.deadArms--;
    }
  }

  private binary(minPrec: number, live: boolean): TypedValue {
    let left = this.unary(live);
    for (;;) {
      const t = this.peek();
      const prec = t && t.kind === 'punct' ? BINARY_PRECEDENCE[t.text] : undefined;
      if (prec === undefined || prec < minPrec) return left;
      this.pos++;
      if (t!.text === '&&' || t!.text === '||') {
        const shortCircuit = t!.text === '&&' ? left.value === 0n : left.value !== 0n;
        const right = this.binary(prec + 1, live && !shortCircuit);
        const truth = t!.text === '&&' ? left.value !== 0n && right.value !== 0n : left.value !== 0n || right.value !== 0n;
        left = this.widen({ value: truth ? 1n : 0n, type: 'int' });
        continue;
      }
      const right = this.binary(prec + 1, live);
      left = this.apply(t!, left, right, live);
    }
  }

  private apply(op: Token, a: TypedValue, b: TypedValue, live: boolean): TypedValue {
    const target = this.target;
    if (op.text === '<<' || op.text === '>>') {
      const type = promote(a.type);
      const count = b.value;
      if (count < 0n) {
        if (live) throw new EvalError(`negative shift count ${count}`, op.loc);
        return this.make(0n, type);
      }
      const av = normalize(a.value, type, target);
      // A count at or past the width is undefined in C, and `av << count` would ask for a BigInt of `count`
      // bits. gcc's #if shifts everything out (0, or -1 for a negative value shifted right) with an overflow
      // warning; in a constant expression gcc only warns for small counts and gives up on huge ones, so there
      // it is an error rather than a number gcc might not agree with.
      const width = BigInt(bitsOf(type, target));
      if (count >= width) {
        if (this.hooks.mode === 'constant' && live) {
          throw new EvalError(`shift count ${count} is not smaller than the width of the type (${width} bits)`, op.loc);
        }
        return this.make(op.text === '>>' && av < 0n ? -1n : 0n, type);
      }
      return this.make(op.text === '<<' ? av << count : av >> count, type);
    }
    const type = usualConversions(a.type, b.type, target);
    const x = normalize(a.value, type, target);
    const y = normalize(b.value, type, target);
    const bool = (c: boolean) => this.widen({ value: c ? 1n : 0n, type: 'int' });
    switch (op.text) {
      case '*': return this.make(x * y, type);
      case '/':
      case '%':
        if (y === 0n) {
          if (live) throw new EvalError('division by zero in constant expression', op.loc);
          return this.make(0n, type);
        }
        return this.make(op.text === '/' ? x / y : x % y, type);
      case '+': return this.make(x + y, type);
      case '-': return this.make(x - y, type);
      case '<': return bool(x < y);
      case '>': return bool(x > y);
      case '<=': return bool(x <= y);
      case '>=': return bool(x >= y);
      case '==': return bool(x === y);
      case '!=': return bool(x !== y);
      case '&': return this.make(x & y, type);
      case '^': return this.make(x ^ y, type);
      case '|': return this.make(x | y, type);
    }
    throw new EvalError(`operator "${op.text}" is not allowed here`, op.loc);
  }

  private startsTypeName(at: number): boolean {
    const t = this.toks[at];
    if (!t || t.kind !== 'ident') return false;
    return TYPE_KEYWORDS.has(t.text) || (this.hooks.isTypeName?.(t.text) ?? false);
  }

  private typeName(): CType {
    const parse = this.hooks.parseTypeName;
    if (!parse) throw new EvalError('type names are not allowed here', this.loc());
    const r = parse(this.toks, this.pos);
    if ('error' in r) throw new EvalError(r.error, r.loc);
    this.pos = r.next;
    return r.type;
  }

  private unary(live: boolean): TypedValue {
    this.enter();
    const v = this.unaryInner(live);
    this.depth--;
    return v;
  }

  private unaryInner(live: boolean): TypedValue {
    const t = this.peek();
    if (!t) throw new EvalError('expected an expression at end of input', this.endLoc);
    if (t.kind === 'punct') {
      if (t.text === '(' && this.hooks.mode === 'constant' && this.startsTypeName(this.pos + 1)) return this.cast(live);
      if (['+', '-', '~', '!'].includes(t.text)) {
        this.pos++;
        const v = this.unary(live);
        const type = promote(v.type);
        if (t.text === '+') return this.make(v.value, type);
        if (t.text === '-') return this.make(-v.value, type);
        if (t.text === '~') return this.make(~v.value, type);
        return this.widen({ value: v.value === 0n ? 1n : 0n, type: 'int' });
      }
    }
    if (t.kind === 'ident' && this.hooks.mode === 'constant') {
      if (SIZEOF.has(t.text) || ALIGNOF.has(t.text)) return this.sizeofOrAlignof(t, live);
      if (OFFSETOF.has(t.text) && this.peek(1)?.text === '(') return this.offsetof(t);
      if (t.text.startsWith('__builtin_') && this.peek(1)?.text === '(') {
        const v = this.builtin(t, live);
        if (v) return v;
      }
    }
    return this.primary(live);
  }

  private cast(live: boolean): TypedValue {
    const open = this.peek()!;
    this.pos++;
    const type = this.typeName();
    this.expect(')');
    const v = this.unary(live);
    const kind = this.hooks.integerKind?.(type);
    if (kind === undefined) {
      const what = type.kind === 'pointer' ? 'a pointer type' : type.kind === 'float' ? 'a floating type' : 'a non-integer type';
      throw new EvalError(`cast to ${what} in an integer constant expression`, open.loc);
    }
    return this.make(v.value, kind);
  }

  private sizeofOrAlignof(t: Token, live: boolean): TypedValue {
    this.pos++;
    const isSize = SIZEOF.has(t.text);
    let type: CType | undefined;
    let exprType: IntKind | undefined;
    if (this.peek()?.text === '(' && this.startsTypeName(this.pos + 1)) {
      this.pos++;
      type = this.typeName();
      this.expect(')');
    } else {
      // sizeof expr: the operand is not evaluated, only its type matters.
      exprType = this.unary(false).type;
      void live;
    }
    const hook = isSize ? this.hooks.sizeOf : this.hooks.alignOf;
    const query: CType = type ?? { kind: 'int', int: exprType! };
    let n = hook?.(query, t.loc);
    if (n === undefined) throw new EvalError(`cannot compute ${t.text} of this type`, t.loc);
    if (!isSize && t.text.startsWith('__alignof') && this.target.name === 'i386') n = Math.max(n, this.preferredI386(query));
    return { value: BigInt(n), type: sizeTypeOf(this.target) };
  }

  /** GNU __alignof__ answers the preferred alignment: 8 for double and long long on i386 (4 as members). */
  private preferredI386(type: CType): number {
    const k = this.hooks.integerKind?.(type);
    if (k === 'longlong' || k === 'ulonglong') return 8;
    return type.kind === 'float' && type.float === 'double' ? 8 : 0;
  }

  private offsetof(t: Token): TypedValue {
    this.pos++;
    this.expect('(');
    let type = this.typeName();
    this.expect(',');
    // A member designator (C11 7.19p3, GNU: `a.b[i].c`): dot paths are the layout's, a subscript steps into an
    // array member's element and the path starts again there.
    let offset = 0n;
    let path = '';
    const at = (p: string) => {
      const n = this.hooks.offsetOf?.(type, p, t.loc);
      if (n === undefined) throw new EvalError(`cannot compute offsetof(…, ${p})`, t.loc);
      return BigInt(n);
    };
    for (;;) {
      if (this.peek()?.text === '[') {
        if (path) {
          const member = this.hooks.memberType?.(type, path);
          if (!member) throw new EvalError(`cannot find the type of member ${path} for its subscript`, this.loc());
          offset += at(path);
          type = member;
          path = '';
        }
        if (type.kind !== 'array') throw new EvalError('subscript of a member that is not an array in offsetof', this.loc());
        this.pos++;
        const index = this.comma(true).value;
        this.expect(']');
        const size = this.hooks.sizeOf?.(type.element, t.loc);
        if (size === undefined) throw new EvalError('cannot compute the size of an array element in offsetof', t.loc);
        offset += index * BigInt(size);
        type = type.element;
        if (!this.accept('.')) {
          if (this.peek()?.text === '[') continue;
          break;
        }
      }
      const m = this.peek();
      if (!m || m.kind !== 'ident') throw new EvalError('expected a member name in offsetof', this.loc());
      path += (path ? '.' : '') + m.text;
      this.pos++;
      if (this.accept('.')) continue;
      if (this.peek()?.text === '[') continue;
      offset += at(path);
      path = '';
      break;
    }
    this.expect(')');
    return { value: offset, type: sizeTypeOf(this.target) };
  }

  /** The GNU builtins kernel headers use in constant expressions (ilog2, __same_type, __is_constexpr…). */
  private builtin(t: Token, live: boolean): TypedValue | undefined {
    const name = t.text.slice('__builtin_'.length);
    if (name === 'constant_p') {
      this.pos += 2;
      const start = this.pos;
      let constant = true;
      try {
        this.comma(false);
        if (this.peek()?.text !== ')') constant = false;
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
        constant = false;
      }
      if (!constant) this.skipToClose(start);
      this.expect(')');
      return { value: constant ? 1n : 0n, type: 'int' };
    }
    if (name === 'types_compatible_p') {
      this.pos += 2;
      const a = this.typeName();
      this.expect(',');
      const b = this.typeName();
      this.expect(')');
      const same = this.hooks.typesCompatible?.(a, b);
      if (same === undefined) throw new EvalError('__builtin_types_compatible_p is not available here', t.loc);
      return { value: same ? 1n : 0n, type: 'int' };
    }
    if (name === 'choose_expr') {
      this.pos += 2;
      const c = this.conditional(live);
      this.expect(',');
      const a = this.conditional(live && c.value !== 0n);
      this.expect(',');
      const b = this.conditional(live && c.value === 0n);
      this.expect(')');
      return c.value !== 0n ? a : b;
    }
    const bits = BIT_BUILTINS[name];
    if (!bits) return undefined;
    this.pos += 2;
    const arg = this.conditional(live);
    this.expect(')');
    const width = bits.arg === 'ull' ? 64 : bits.arg === 'ul' ? this.target.ints.ulong!.size * 8 : 32;
    const v = BigInt.asUintN(width, arg.value);
    if (v === 0n && (bits.op === 'clz' || bits.op === 'ctz')) {
      if (live) throw new EvalError(`${t.text}(0) is undefined`, t.loc);
      return { value: 0n, type: 'int' };
    }
    const s = v.toString(2);
    let r: number;
    if (bits.op === 'clz') r = width - s.length;
    else if (bits.op === 'ctz') r = s.length - 1 - s.lastIndexOf('1');
    else if (bits.op === 'ffs') r = v === 0n ? 0 : s.length - s.lastIndexOf('1');
    else if (bits.op === 'popcount') r = [...s].filter((c) => c === '1').length;
    else r = [...s].filter((c) => c === '1').length & 1;
    return { value: BigInt(r), type: 'int' };
  }

  /** Moves to the `)` closing the group whose contents start at `start`. */
  private skipToClose(start: number): void {
    let depth = 0;
    for (this.pos = start; this.pos < this.toks.length; this.pos++) {
      const x = this.toks[this.pos];
      if (x.kind !== 'punct') continue;
      if (x.text === '(') depth++;
      else if (x.text === ')' && depth-- === 0) return;
    }
  }

  private primary(live: boolean): TypedValue {
    const t = this.peek()!;
    if (t.text === '(' && t.kind === 'punct') {
      this.pos++;
      const v = this.comma(live);
      this.expect(')');
      return v;
    }
    this.pos++;
    if (t.kind === 'number') {
      const r = parseIntegerLiteral(t.text, this.target);
      if (typeof r === 'string') throw new EvalError(r, t.loc);
      return this.widen(r);
    }
    if (t.kind === 'char') {
      const r = parseCharLiteral(t.text, this.target);
      if (typeof r === 'string') throw new EvalError(r, t.loc);
      return this.widen(r);
    }
    if (t.kind === 'string') throw new EvalError('string literal in an integer constant expression', t.loc);
    if (t.kind === 'ident') {
      if (this.hooks.mode === 'if') return this.widen({ value: 0n, type: 'int' });
      const v = this.hooks.identifier?.(t.text, t.loc);
      if (v) return v;
      if (this.deadArms > 0) {
        // An arm of `?:` that is not taken (ilog2's `__builtin_constant_p(n) ? … : __ilog2_u64(n)`): gcc folds
        // the expression without it, so a call or an unknown name there is skipped, not evaluated.
        if (this.peek()?.text === '(') {
          this.pos++;
          this.skipToClose(this.pos);
          this.expect(')');
        }
        return { value: 0n, type: 'int' };
      }
      throw new EvalError(`uses undefined identifier ${t.text}`, t.loc);
    }
    throw new EvalError(`unexpected "${t.text}" in constant expression`, t.loc);
  }
}

export function evaluate(tokens: Token[], hooks: ExprHooks, endLoc?: SourceLoc): EvalResult {
  const end = endLoc ?? tokens[tokens.length - 1]?.loc ?? { file: '<expr>', line: 1, column: 1 };
  try {
    const v = new Evaluator(tokens, hooks, end).run();
    return { ok: true, ...v };
  } catch (e) {
    if (e instanceof EvalError) return { ok: false, message: e.message, loc: e.loc };
    throw e;
  }
}
