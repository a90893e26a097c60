// `_Atomic T` members: the compilers raise the alignment of an atomic type whose size is a power of two to that
// size (measured: gcc-12 up to 16 bytes, 8 on armhf; clang-14 wasm32 up to 8). clang also pads an atomic type of
// 3, 5, 6 or 7 bytes to the next power of two, which no member attribute can say: that is an error.
// Diagnostic codes: unsupported-construct.

import type { CType } from './types.ts';
import { locOf, type LowerContext, type SyntaxNode } from './lower-context.ts';

const isAtomic = (decl: SyntaxNode) => decl.namedChildren.some((c) => c.type === 'type_qualifier' && c.text === '_Atomic');

/** The alignment an `_Atomic` member of `type` needs beyond its type's own, or undefined when none. */
export function atomicAlignment(decl: SyntaxNode, type: CType, ctx: LowerContext): number | undefined {
  if (!isAtomic(decl)) return undefined;
  let element = type;
  while (element.kind === 'array') element = element.element;
  const query = ctx.layout();
  const loc = locOf(ctx, decl);
  const size = query?.sizeOf(element, loc);
  const align = query?.alignOf(element, loc);
  if (size === undefined || align === undefined) return undefined;
  const clang = ctx.target.name === 'wasm32';
  const cap = clang ? 8 : ctx.target.name === 'armhf' ? 8 : 16;
  const power = size > 0 && (size & (size - 1)) === 0;
  if (clang && !power && size < 8) {
    ctx.sink.error('unsupported-construct', `clang pads an _Atomic type of ${size} bytes to ${2 ** Math.ceil(Math.log2(size))}; tsbindgen cannot lay it out`, loc);
    return undefined;
  }
  if (!power || size > (clang ? 8 : 16)) return undefined;
  const wanted = Math.min(size, cap);
  return wanted > align ? wanted : undefined;
}
