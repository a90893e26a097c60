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

/**
 * How several `aligned` attributes on one entity combine. Measured (gcc 12, clang 14, all five targets):
 * on a member (a FIELD_DECL) gcc keeps the largest wherever each is written; on a type — a record's
 * attributes before its tag and after its `}`, a typedef's — each one gcc applies replaces the previous, so
 * the last applied wins, even when smaller. clang keeps the largest in every position.
 */
export type AlignMerge = 'max' | 'last';

/** The rule for attributes on a type (record or typedef) on this target: see AlignMerge. */
export function typeAlignMerge(ctx: LowerContext): AlignMerge {
  return ctx.target.layoutRules === 'clang' ? 'max' : 'last';
}

function applyOne(item: SyntaxNode, ctx: LowerContext, into: LayoutAttrs, merge: AlignMerge): void {
  const isCall = item.type === 'call_expression';
  const nameNode = isCall ? item.childForFieldName('function') : item;
  if (!nameNode || nameNode.type !== 'identifier') return;
  const name = bare(nameNode.text);
  if (name === 'packed' && !isCall) {
    into.packed = true;
  } else if (name === 'aligned') {
    const args = isCall ? (item.childForFieldName('arguments')?.namedChildren ?? []) : [];
    if (args.length === 0) {
      into.aligned = combineAlign(into.aligned, 'max', merge, ctx);
      return;
    }
    const value = evalConstant(args[0], ctx);
    if (value === undefined) return;
    if (value <= 0n || (value & (value - 1n)) !== 0n) {
      ctx.sink.error('bad-alignment', `aligned(${value}) is not a positive power of two`, locOf(ctx, args[0]));
      return;
    }
    into.aligned = combineAlign(into.aligned, Number(value), merge, ctx);
  } else if (REPRESENTATION_CHANGING.has(name)) {
    ctx.sink.error('unsupported-construct', `__attribute__((${name})) is not supported by tsbindgen`, locOf(ctx, item));
  }
}

/** `b` applied after `a` (either may be absent) under `merge`. */
export function combineAlign(a: AlignAttr | undefined, b: AlignAttr | undefined, merge: AlignMerge, ctx: LowerContext): AlignAttr | undefined {
  if (a === undefined || b === undefined) return b ?? a;
  if (merge === 'last') return b;
  const n = (x: AlignAttr) => (x === 'max' ? ctx.target.biggestAlignment : x);
  return n(a) >= n(b) ? a : b;
}

/** Merge every attribute_specifier among `nodes` (children of a declaration, specifier or declarator). */
export function layoutAttrs(nodes: readonly SyntaxNode[], ctx: LowerContext, into: LayoutAttrs = {}, merge: AlignMerge = 'max'): LayoutAttrs {
  for (const node of nodes) {
    if (node.type !== 'attribute_specifier') continue;
    const list = node.namedChildren.find((c) => c.type === 'argument_list');
    for (const item of list?.namedChildren ?? []) applyOne(item, ctx, into, merge);
  }
  return into;
}
