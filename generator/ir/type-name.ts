// C type names (C11 6.7.7) as casts, sizeof and offsetof write them — `unsigned long`, `struct x`, `__u32 *`,
// `const char *`, `int [4]`, `void (*)(int)` — parsed from tokens into a CType, using the IR for typedef names.

import type { SourceLoc } from '../diagnostics.ts';
import type { TargetInfo } from '../layout/targets.ts';
import type { Token } from '../source/types.ts';
import type { CType, IntKind, IrModule } from './types.ts';

export interface TypeNameScope {
  isTypedef(name: string): boolean;
  /** Value of an array length written between brackets; undefined when not a constant. */
  arrayLength?(tokens: Token[]): bigint | undefined;
  /** The type `typeof(tokens)` names when its operand is an expression (a declared function or variable). */
  typeofExpression?(tokens: Token[]): CType | undefined;
}

const TYPEOF = new Set(['typeof', '__typeof__', '__typeof']);

/** `typeof ( … )` at tokens[start]: the type it names and the index after it. */
function typeofSpecifier(tokens: Token[], start: number, scope: TypeNameScope): TypeNameResult {
  const at = tokens[start].loc;
  if (tokens[start + 1]?.text !== '(') return { error: `expected "(" after "${tokens[start].text}"`, loc: at };
  let depth = 0;
  let k = start + 1;
  for (; k < tokens.length; k++) {
    if (tokens[k].text === '(') depth++;
    else if (tokens[k].text === ')' && --depth === 0) break;
  }
  const inner = tokens.slice(start + 2, k);
  const asType = parseTypeName(inner, 0, scope);
  if ('type' in asType && asType.next === inner.length) return { type: asType.type, next: k + 1 };
  const typed = scope.typeofExpression?.(inner);
  if (typed) return { type: typed, next: k + 1 };
  return { error: `cannot work out the type of typeof(${inner.map((t) => t.text).join(' ')})`, loc: at };
}

export type TypeNameResult = { type: CType; next: number } | { error: string; loc: SourceLoc };

const QUALIFIERS = new Set(['const', 'volatile', '__const', '__const__', '__volatile__', '__volatile', 'restrict', '__restrict', '__restrict__', '__extension__']);
const BASIC = new Set(['void', 'char', 'short', 'int', 'long', 'signed', 'unsigned', '__signed__', '__signed', '_Bool', 'float', 'double', '__int128']);

interface Specifiers {
  words: string[];
  tag?: { tag: 'struct' | 'union' | 'enum'; name: string };
  typedef?: string;
  typeofType?: CType;
  isConst: boolean;
  isVolatile: boolean;
}

function basicType(words: string[]): CType | string {
  const count = (w: string) => words.filter((x) => x === w).length;
  const unsigned = count('unsigned') > 0;
  const signed = count('signed') + count('__signed__') + count('__signed') > 0;
  if (unsigned && signed) return 'both signed and unsigned in a type name';
  const longs = count('long');
  if (count('void')) return { kind: 'void' };
  if (count('_Bool')) return { kind: 'int', int: 'bool' };
  if (count('float')) return { kind: 'float', float: 'float' };
  if (count('double')) return { kind: 'float', float: longs ? 'longdouble' : 'double' };
  if (count('char')) return { kind: 'int', int: unsigned ? 'uchar' : signed ? 'schar' : 'char' };
  const pick = (s: IntKind, u: IntKind): CType => ({ kind: 'int', int: unsigned ? u : s });
  if (count('__int128')) return pick('int128', 'uint128');
  if (count('short')) return pick('short', 'ushort');
  if (longs >= 2) return pick('longlong', 'ulonglong');
  if (longs === 1) return pick('long', 'ulong');
  return pick('int', 'uint');
}

export function parseTypeName(tokens: Token[], start: number, scope: TypeNameScope): TypeNameResult {
  let i = start;
  const spec: Specifiers = { words: [], isConst: false, isVolatile: false };
  const at = tokens[start]?.loc ?? { file: '<expr>', line: 1, column: 1 };
  for (;;) {
    const t = tokens[i];
    if (!t || t.kind !== 'ident') break;
    if (QUALIFIERS.has(t.text)) {
      if (t.text.includes('const')) spec.isConst = true;
      if (t.text.includes('volatile')) spec.isVolatile = true;
      i++;
    } else if (BASIC.has(t.text)) {
      spec.words.push(t.text);
      i++;
    } else if (t.text === 'struct' || t.text === 'union' || t.text === 'enum') {
      const name = tokens[i + 1];
      if (!name || name.kind !== 'ident') return { error: `expected a tag name after "${t.text}" in a type name`, loc: t.loc };
      spec.tag = { tag: t.text, name: name.text };
      i += 2;
    } else if (spec.words.length === 0 && !spec.tag && !spec.typedef && !spec.typeofType && TYPEOF.has(t.text)) {
      const r = typeofSpecifier(tokens, i, scope);
      if ('error' in r) return r;
      spec.typeofType = r.type;
      i = r.next;
    } else if (spec.words.length === 0 && !spec.tag && !spec.typedef && scope.isTypedef(t.text)) {
      spec.typedef = t.text;
      i++;
    } else break;
  }
  let base: CType;
  if (spec.tag) base = spec.tag.tag === 'enum' ? { kind: 'enum', id: `enum ${spec.tag.name}` } : { kind: 'record', id: `${spec.tag.tag} ${spec.tag.name}` };
  else if (spec.typedef) base = { kind: 'named', name: spec.typedef };
  else if (spec.typeofType) base = spec.typeofType;
  else if (spec.words.length > 0) {
    const b = basicType(spec.words);
    if (typeof b === 'string') return { error: b, loc: at };
    base = b;
  } else return { error: `expected a type name before "${tokens[start]?.text ?? 'end of expression'}"`, loc: at };
  if (spec.isConst) base = { ...base, const: true } as CType;
  if (spec.isVolatile) base = { ...base, volatile: true } as CType;
  return abstractDeclarator(tokens, i, base, scope);
}

/** `*` (with qualifiers), `[N]`, and the `(*)(…)` of a function pointer. */
function abstractDeclarator(tokens: Token[], start: number, base: CType, scope: TypeNameScope): TypeNameResult {
  let i = start;
  let type = base;
  while (tokens[i]?.text === '*' || QUALIFIERS.has(tokens[i]?.text ?? '')) {
    if (tokens[i].text === '*') type = { kind: 'pointer', pointee: type };
    i++;
  }
  if (tokens[i]?.text === '(' && tokens[i + 1]?.text === '*') {
    // Function pointer: only its size matters here, so the parameters are skipped.
    let depth = 0;
    let k = i;
    for (; k < tokens.length; k++) {
      if (tokens[k].text === '(') depth++;
      if (tokens[k].text === ')' && --depth === 0) break;
    }
    if (tokens[k + 1]?.text !== '(') return { error: 'unsupported declarator in a type name', loc: tokens[i].loc };
    depth = 0;
    let j = k + 1;
    for (; j < tokens.length; j++) {
      if (tokens[j].text === '(') depth++;
      if (tokens[j].text === ')' && --depth === 0) break;
    }
    return { type: { kind: 'pointer', pointee: { kind: 'function', ret: type, params: [], variadic: false } }, next: j + 1 };
  }
  const dims: bigint[] = [];
  while (tokens[i]?.text === '[') {
    let k = i + 1;
    let depth = 1;
    for (; k < tokens.length; k++) {
      if (tokens[k].text === '[') depth++;
      if (tokens[k].text === ']' && --depth === 0) break;
    }
    const inner = tokens.slice(i + 1, k);
    const n = inner.length === 0 ? undefined : scope.arrayLength?.(inner) ?? (inner.length === 1 && /^\d+$/.test(inner[0].text) ? BigInt(inner[0].text) : undefined);
    if (n === undefined) return { error: 'array length in a type name is not a constant', loc: tokens[i].loc };
    dims.push(n);
    i = k + 1;
  }
  for (let d = dims.length - 1; d >= 0; d--) {
    const n = dims[d]!;
    // Past 2^53 a number is not exact: the decimal text keeps it (layout then refuses the array).
    type = n <= BigInt(Number.MAX_SAFE_INTEGER) ? { kind: 'array', element: type, length: Number(n) } : { kind: 'array', element: type, length: Number(n), lengthText: n.toString() };
  }
  return { type, next: i };
}

/** A TypeNameScope over an IR module's typedefs; `typeof(f)` of a declared function is its function type. */
export function irTypeScope(ir: IrModule, arrayLength?: TypeNameScope['arrayLength']): TypeNameScope {
  return {
    isTypedef: (n) => ir.byId.get(n)?.kind === 'typedef',
    arrayLength,
    typeofExpression: (tokens) => {
      let words = tokens.map((t) => t.text);
      while (words.length > 2 && words[0] === '(' && words[words.length - 1] === ')') words = words.slice(1, -1);
      const d = words.length === 1 ? ir.byId.get(words[0]) : undefined;
      return d?.kind === 'function' ? { kind: 'function', ret: d.ret, params: d.params, variadic: d.variadic } : undefined;
    },
  };
}

/** The integer kind a cast to `type` produces; undefined for non-integer types (pointers, records, floats). */
export function integerKindOf(type: CType, ir: IrModule, target: TargetInfo): IntKind | undefined {
  void target;
  const seen = new Set<string>();
  let t: CType = type;
  for (;;) {
    if (t.kind === 'int') return t.int;
    if (t.kind === 'enum') {
      const e = ir.byId.get(t.id);
      return e?.kind === 'enum' ? e.underlying : undefined;
    }
    if (t.kind !== 'named' || seen.has(t.name)) return undefined;
    seen.add(t.name);
    const d = ir.byId.get(t.name);
    if (!d || d.kind !== 'typedef') return undefined;
    t = d.type;
  }
}
