// C declaration specifiers and declarators → CType, read inside-out as C declarators are.
// Diagnostic codes: unknown-type, unsupported-construct, bad-array-size.

import type { CType, IntKind, Param, Qualifiers } from './types.ts';
import { evalConstant } from './lower-const.ts';
import { layoutAttrs, typeAlignMerge, type LayoutAttrs } from './lower-attributes.ts';
import { locOf, type LowerContext, type SyntaxNode } from './lower-context.ts';
import { enumUnderlying, lowerEnumSpecifier } from './lower-enums.ts';
import { lowerRecordSpecifier } from './lower-records.ts';
import { lowerTypeof } from './lower-typeof.ts';
import { builtinVaList, VA_LIST } from './builtin-types.ts';
import { complexAt, typeofAt } from '../source/parse.ts';

/** How an anonymous struct/union/enum met in a specifier is named (see RecordDecl.id). */
export type AnonNaming = { parentPath: string; parentId?: string } | { typedefName: string };

export const TOP_LEVEL: AnonNaming = { parentPath: '' };

function qualifiersOf(node: SyntaxNode): Qualifiers {
  const q: Qualifiers = {};
  for (const c of node.namedChildren) {
    if (c.type !== 'type_qualifier') continue;
    const word = c.text.replace(/^__|__$/g, '');
    if (word === 'const') q.const = true;
    else if (word === 'volatile') q.volatile = true;
  }
  return q;
}

function withQualifiers(type: CType, q: Qualifiers): CType {
  if (type.kind === 'function' || (!q.const && !q.volatile)) return type;
  return { ...type, ...(q.const ? { const: true } : {}), ...(q.volatile ? { volatile: true } : {}) };
}

const BUILTIN_NAMES: Record<string, CType> = {
  void: { kind: 'void' },
  char: { kind: 'int', int: 'char' },
  int: { kind: 'int', int: 'int' },
  float: { kind: 'float', float: 'float' },
  double: { kind: 'float', float: 'double' },
  _Bool: { kind: 'int', int: 'bool' },
  __int128: { kind: 'int', int: 'int128' },
  __int128_t: { kind: 'int', int: 'int128' },
  __uint128_t: { kind: 'int', int: 'uint128' },
};

/** The integer or floating type named by a multiset of keywords (`unsigned long int`, `long double`, …). */
function arithmeticFromWords(words: string[]): CType | undefined {
  const count = (w: string) => words.filter((x) => x === w).length;
  const longs = count('long');
  const unsigned = count('unsigned') > 0;
  const signed = count('signed') > 0;
  const base = words.find((w) => !['long', 'short', 'signed', 'unsigned'].includes(w));
  if (base === 'double') return longs === 1 ? { kind: 'float', float: 'longdouble' } : longs === 0 ? BUILTIN_NAMES.double : undefined;
  if (base === 'char') return { kind: 'int', int: unsigned ? 'uchar' : signed ? 'schar' : 'char' };
  if (base === '__int128') return { kind: 'int', int: unsigned ? 'uint128' : 'int128' };
  if (base !== undefined && base !== 'int') return undefined;
  let kind: IntKind;
  if (count('short') > 0) kind = 'short';
  else if (longs === 1) kind = 'long';
  else if (longs === 2) kind = 'longlong';
  else kind = 'int';
  return { kind: 'int', int: unsigned ? (`u${kind}` as IntKind) : kind };
}

function lowerTypeName(node: SyntaxNode, ctx: LowerContext): CType | undefined {
  const name = node.text;
  if (ctx.ir.byId.get(name)?.kind === 'typedef') return { kind: 'named', name };
  const builtin = BUILTIN_NAMES[name];
  if (builtin) return builtin;
  const operand = typeofAt(node.tree, node.startIndex);
  if (operand !== undefined) return lowerTypeof(node, operand, ctx);
  // C11 6.2.5p13: a complex type is represented and aligned as an array of two of its real type.
  const complex = complexAt(node.tree, node.startIndex);
  if (complex) return { kind: 'array', element: { kind: 'float', float: complex }, length: 2 };
  if (name === VA_LIST) return builtinVaList(ctx);
  ctx.sink.error('unknown-type', `unknown type name "${name}" (not a typedef declared before this point)`, locOf(ctx, node));
  return undefined;
}

/** The type named by a `type:` specifier node, before any declarator applies. */
export function lowerTypeSpecifier(node: SyntaxNode, ctx: LowerContext, naming: AnonNaming): CType | undefined {
  switch (node.type) {
    case 'primitive_type':
    case 'type_identifier':
      return lowerTypeName(node, ctx);
    case 'sized_type_specifier': {
      const words = node.children.filter((c) => c.type !== 'type_qualifier').map((c) => c.text);
      const type = arithmeticFromWords(words);
      if (!type) ctx.sink.error('unknown-type', `"${node.text}" is not a valid C type`, locOf(ctx, node));
      return type;
    }
    case 'struct_specifier':
    case 'union_specifier':
      return lowerRecordSpecifier(node, ctx, naming);
    case 'enum_specifier':
      return lowerEnumSpecifier(node, ctx, naming);
    default:
      ctx.sink.error('unsupported-construct', `the type "${node.text}" is not supported by tsbindgen`, locOf(ctx, node));
      return undefined;
  }
}

const DEFINES_TAG = new Set(['struct_specifier', 'union_specifier', 'enum_specifier']);

/**
 * Attributes right after a record/enum body belong to that type (`struct s {…} __attribute__((packed)) x;`);
 * tree-sitter keeps the first in the specifier and puts any further ones in the declaration, before the declarator.
 */
function typeTrailingAttrs(decl: SyntaxNode): SyntaxNode[] {
  const typeNode = decl.childForFieldName('type');
  if (!typeNode || !DEFINES_TAG.has(typeNode.type) || !typeNode.childForFieldName('body')) return [];
  const out: SyntaxNode[] = [];
  for (let n = typeNode.nextSibling; n && n.type === 'attribute_specifier'; n = n.nextSibling) out.push(n);
  return out;
}

/** The attributes of a declaration itself: those of the type (see typeTrailingAttrs) left out. */
export function declarationAttrs(decl: SyntaxNode, ctx: LowerContext): LayoutAttrs {
  return layoutAttrs(ownAttributeNodes(decl), ctx);
}

function ownAttributeNodes(decl: SyntaxNode): SyntaxNode[] {
  const ofType = new Set(typeTrailingAttrs(decl).map((n) => n.startIndex));
  return decl.namedChildren.filter((n) => n.type === 'attribute_specifier' && !ofType.has(n.startIndex));
}

/**
 * A declaration's own attributes split as gcc's parser splits them: `prefix` among the declaration
 * specifiers (before the first declarator), `postfix` after each declarator (one list per declarator).
 */
export function splitDeclarationAttrs(decl: SyntaxNode, declarators: readonly SyntaxNode[]): { prefix: SyntaxNode[]; postfix: SyntaxNode[][] } {
  const own = ownAttributeNodes(decl);
  const firstStart = declarators[0]?.startIndex ?? Infinity;
  const postfix = declarators.map((d, i) => {
    const next = declarators[i + 1]?.startIndex ?? Infinity;
    return own.filter((n) => n.startIndex >= d.endIndex && n.startIndex < next);
  });
  return { prefix: own.filter((n) => n.startIndex < firstStart), postfix };
}

function applyTypeAttrs(type: CType, nodes: SyntaxNode[], ctx: LowerContext): void {
  if (nodes.length === 0 || (type.kind !== 'record' && type.kind !== 'enum')) return;
  const decl = ctx.ir.byId.get(type.id);
  const attrs = layoutAttrs(nodes, ctx);
  if (decl?.kind === 'record') {
    if (attrs.packed) decl.packed = true;
    if (attrs.aligned !== undefined) decl.aligned = layoutAttrs(nodes, ctx, { aligned: decl.aligned }, typeAlignMerge(ctx)).aligned;
  } else if (decl?.kind === 'enum' && attrs.packed && !decl.packed) {
    decl.packed = true;
    decl.underlying = enumUnderlying(decl.enumerators.map((e) => e.value), true, ctx.target);
  }
}

/** Specifiers of a declaration-like node (declaration, field_declaration, type_definition, parameter…). */
export function lowerSpecifiers(decl: SyntaxNode, ctx: LowerContext, naming: AnonNaming): CType | undefined {
  const typeNode = decl.childForFieldName('type');
  if (!typeNode) {
    ctx.sink.error('unsupported-construct', `a declaration without a type is not supported ("${decl.text}")`, locOf(ctx, decl));
    return undefined;
  }
  const base = lowerTypeSpecifier(typeNode, ctx, naming);
  if (base) applyTypeAttrs(base, typeTrailingAttrs(decl), ctx);
  return base && withQualifiers(base, qualifiersOf(decl));
}

export interface Declared {
  name: string | null;
  type: CType;
  nameNode?: SyntaxNode;
  /** Attributes written inside the declarator (after the name, or after a `*`). */
  attrs: LayoutAttrs;
}

const NAME_NODES = new Set(['identifier', 'field_identifier', 'type_identifier', 'primitive_type']);

export function arraySize(sizeNode: SyntaxNode | null, ctx: LowerContext): bigint | null | undefined {
  if (!sizeNode) return null;
  const v = evalConstant(sizeNode, ctx);
  if (v === undefined) return undefined;
  if (v < 0n) {
    ctx.sink.error('bad-array-size', `array size ${v} is negative`, locOf(ctx, sizeNode));
    return undefined;
  }
  return v;
}

/** An array type of `length` elements, exact however long (see CType's lengthText). */
export function arrayOf(element: CType, length: bigint | null): CType {
  if (length === null || length <= BigInt(Number.MAX_SAFE_INTEGER)) return { kind: 'array', element, length: length === null ? null : Number(length) };
  return { kind: 'array', element, length: Number(length), lengthText: length.toString() };
}

/** Apply a (possibly abstract, possibly absent) declarator to the specifier type. */
export function applyDeclarator(base: CType, node: SyntaxNode | null, ctx: LowerContext): Declared | undefined {
  const attrs: LayoutAttrs = {};
  let type: CType = base;
  let cur: SyntaxNode | null = node;
  while (cur) {
    if (NAME_NODES.has(cur.type)) return { name: cur.text === '' ? null : cur.text, type, nameNode: cur, attrs };
    layoutAttrs(cur.namedChildren, ctx, attrs);
    switch (cur.type) {
      case 'pointer_declarator':
      case 'abstract_pointer_declarator':
        type = withQualifiers({ kind: 'pointer', pointee: type }, qualifiersOf(cur));
        cur = cur.childForFieldName('declarator');
        break;
      case 'array_declarator':
      case 'abstract_array_declarator': {
        const length = arraySize(cur.childForFieldName('size'), ctx);
        if (length === undefined) return undefined;
        type = arrayOf(type, length);
        cur = cur.childForFieldName('declarator');
        break;
      }
      case 'function_declarator':
      case 'abstract_function_declarator': {
        const params = lowerParams(cur.childForFieldName('parameters'), ctx);
        if (!params) return undefined;
        type = { kind: 'function', ret: type, ...params };
        cur = cur.childForFieldName('declarator');
        break;
      }
      case 'parenthesized_declarator':
      case 'abstract_parenthesized_declarator':
      case 'attributed_declarator':
        cur = cur.namedChildren.find((c) => c.type !== 'attribute_specifier' && c.type !== 'type_qualifier') ?? null;
        break;
      default:
        ctx.sink.error('unsupported-construct', `the declarator "${cur.text}" is not supported by tsbindgen`, locOf(ctx, cur));
        return undefined;
    }
  }
  return { name: null, type, attrs };
}

/** C adjusts array and function parameters to pointers (C11 6.7.6.3p7-8). */
function adjustParam(type: CType): CType {
  if (type.kind === 'array') return { kind: 'pointer', pointee: type.element };
  if (type.kind === 'function') return { kind: 'pointer', pointee: type };
  return type;
}

export function lowerParams(list: SyntaxNode | null, ctx: LowerContext): { params: Param[]; variadic: boolean } | undefined {
  const params: Param[] = [];
  let variadic = false;
  let ok = true;
  for (const p of list?.namedChildren ?? []) {
    if (p.type === 'variadic_parameter') {
      variadic = true;
      continue;
    }
    if (p.type !== 'parameter_declaration') continue;
    const base = lowerSpecifiers(p, ctx, TOP_LEVEL);
    const d = base && applyDeclarator(base, p.childForFieldName('declarator'), ctx);
    if (!d) {
      ok = false;
      continue;
    }
    params.push({ name: d.name, type: adjustParam(d.type) });
  }
  // `(void)` is the empty list.
  if (params.length === 1 && params[0].name === null && params[0].type.kind === 'void' && !variadic) params.length = 0;
  return ok ? { params, variadic } : undefined;
}
