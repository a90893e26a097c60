// GNU attributes that change layout (packed, aligned); the rest do not affect bindings and are ignored.
// Diagnostic codes: unsupported-construct (attributes that change a type's representation), bad-alignment.

import type { AlignAttr } from './types.ts';
import { evalConstant } from './lower-const.ts';
import { locOf, type LowerContext, type SyntaxNode } from './lower-context.ts';

export interface LayoutAttrs {
  packed?: boolean;
  aligned?: AlignAttr;
}

// These change the representation of the type itself; lowering them as if absent would give a wrong layout.
const REPRESENTATION_CHANGING = new Set(['mode', 'vector_size', 'transparent_union', 'scalar_storage_order']);

const bare = (name: string) => name.replace(/^__(.*)__$/, '$1');

function applyOne(item: SyntaxNode, ctx: LowerContext, into: LayoutAttrs): void {
  const isCall = item.type === 'call_expression';
  const nameNode = isCall ? item.childForFieldName('function') : item;
  if (!nameNode || nameNode.type !== 'identifier') return;
  const name = bare(nameNode.text);
  if (name === 'packed' && !isCall) {
    into.packed = true;
  } else if (name === 'aligned') {
    const args = isCall ? (item.childForFieldName('arguments')?.namedChildren ?? []) : [];
    if (args.length === 0) {
      into.aligned = maxAlign(into.aligned, 'max', ctx);
      return;
    }
    const value = evalConstant(args[0], ctx);
    if (value === undefined) return;
    if (value <= 0n || (value & (value - 1n)) !== 0n) {
      ctx.sink.error('bad-alignment', `aligned(${value}) is not a positive power of two`, locOf(ctx, args[0]));
      return;
    }
    into.aligned = maxAlign(into.aligned, Number(value), ctx);
  } else if (REPRESENTATION_CHANGING.has(name)) {
    ctx.sink.error('unsupported-construct', `__attribute__((${name})) is not supported by tsbindgen`, locOf(ctx, item));
  }
}

/** Several aligned attributes on one entity: the largest wins, as in gcc. */
function maxAlign(a: AlignAttr | undefined, b: AlignAttr, ctx: LowerContext): AlignAttr {
  if (a === undefined) return b;
  const n = (x: AlignAttr) => (x === 'max' ? ctx.target.biggestAlignment : x);
  return n(a) >= n(b) ? a : b;
}

/**
 * C11 `_Alignas(N)` (`alignas` from <stdalign.h>) raises the alignment like aligned(N); `_Alignas(type)` needs the
 * type's alignment, which lowering does not know yet, so it is an error rather than a layout without it.
 */
function alignasQualifier(node: SyntaxNode, ctx: LowerContext, into: LayoutAttrs): void {
  const q = node.namedChildren.find((c) => c.type === 'alignas_qualifier');
  const arg = q?.namedChildren[0];
  if (!q || !arg) return;
  if (arg.type === 'type_descriptor') {
    ctx.sink.error('unsupported-construct', `_Alignas(${arg.text}) with a type is not supported by tsbindgen; write _Alignas(N)`, locOf(ctx, q));
    return;
  }
  const value = evalConstant(arg, ctx);
  if (value === undefined) return;
  if (value === 0n) return; // _Alignas(0) has no effect (C17 6.7.5)
  if (value < 0n || (value & (value - 1n)) !== 0n) {
    ctx.sink.error('bad-alignment', `_Alignas(${value}) is not a positive power of two`, locOf(ctx, arg));
    return;
  }
  into.aligned = maxAlign(into.aligned, Number(value), ctx);
}

/** Merge every attribute_specifier among `nodes` (children of a declaration, specifier or declarator). */
export function layoutAttrs(nodes: readonly SyntaxNode[], ctx: LowerContext, into: LayoutAttrs = {}): LayoutAttrs {
  for (const node of nodes) {
    if (node.type === 'type_qualifier') alignasQualifier(node, ctx, into);
    if (node.type !== 'attribute_specifier') continue;
    const list = node.namedChildren.find((c) => c.type === 'argument_list');
    for (const item of list?.namedChildren ?? []) applyOne(item, ctx, into);
  }
  return into;
}
