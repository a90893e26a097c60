// C11 `_Alignas(N)` / `_Alignas(type)` on a declaration (tree-sitter keeps it as a type_qualifier).
// gcc treats it on a member like an `aligned` attribute written on that member (a packed record keeps it),
// except that it may never lower the alignment of the member's type and is not allowed on a bitfield;
// both checks need the type's layout, so they run in layout (generator/layout/compute.ts).
// `_Alignas(0)` has no effect (C11 6.7.5p6). Diagnostic codes: bad-alignment, unsupported-construct.

import { evalConstant } from './lower-const.ts';
import { locOf, type LowerContext, type SyntaxNode } from './lower-context.ts';
import { applyDeclarator, lowerSpecifiers, TOP_LEVEL } from './lower-types.ts';

function alignasNodes(decl: SyntaxNode): SyntaxNode[] {
  return decl.namedChildren.flatMap((c) => (c.type === 'type_qualifier' ? c.namedChildren.filter((q) => q.type === 'alignas_qualifier') : []));
}

/** The alignment one `_Alignas(…)` asks for, in bytes; 0 for `_Alignas(0)`, undefined after reporting why there is none. */
function alignasValue(node: SyntaxNode, ctx: LowerContext): number | undefined {
  const arg = node.namedChildren[0];
  if (!arg) return undefined;
  if (arg.type === 'type_descriptor') {
    const base = lowerSpecifiers(arg, ctx, TOP_LEVEL);
    const declared = base && applyDeclarator(base, arg.childForFieldName('declarator'), ctx);
    if (!declared) return undefined;
    // C11 _Alignof: the member alignment (4 for double on i386), as gcc uses for _Alignas(type).
    return ctx.layout()?.alignOf(declared.type, locOf(ctx, arg));
  }
  // tree-sitter cannot tell `_Alignas(u64)` from an expression: a typedef name there is the type.
  if (arg.type === 'identifier' && ctx.ir.byId.get(arg.text)?.kind === 'typedef') {
    return ctx.layout()?.alignOf({ kind: 'named', name: arg.text }, locOf(ctx, arg));
  }
  const value = evalConstant(arg, ctx);
  if (value === undefined) return undefined;
  if (value < 0n || (value !== 0n && (value & (value - 1n)) !== 0n)) {
    ctx.sink.error('bad-alignment', `_Alignas(${value}) is not a power of two`, locOf(ctx, arg));
    return undefined;
  }
  return Number(value);
}

/**
 * The strictest `_Alignas` among a declaration's specifiers (several combine to the largest), undefined when
 * there is none (or only `_Alignas(0)`); `null` when one of them is invalid (already reported).
 */
export function alignasOf(decl: SyntaxNode, ctx: LowerContext): number | undefined | null {
  let best: number | undefined;
  for (const node of alignasNodes(decl)) {
    const v = alignasValue(node, ctx);
    if (v === undefined) return null;
    if (v > 0) best = Math.max(best ?? 0, v);
  }
  return best;
}

/** `_Alignas` where C forbids it (a typedef): gcc rejects the declaration. */
export function rejectAlignas(decl: SyntaxNode, what: string, ctx: LowerContext): boolean {
  const node = alignasNodes(decl)[0];
  if (!node) return false;
  ctx.sink.error('bad-alignment', `_Alignas is not allowed on ${what}`, locOf(ctx, node));
  return true;
}
