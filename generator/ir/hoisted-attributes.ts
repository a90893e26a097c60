// The attribute list written between `union` and its tag, which parse.ts took out of the text (the grammar has no
// place for it): parsed on its own and read like the attributes the tree holds, located at the `union` keyword.

import { enumAttributeAt, parseC } from '../source/parse.ts';
import type { PreprocessedSource } from '../source/types.ts';
import { layoutAttrs, type AlignMerge, type LayoutAttrs } from './lower-attributes.ts';
import { locOf, type LowerContext, type SyntaxNode } from './lower-context.ts';

export function hoistedTagAttributes(node: SyntaxNode, ctx: LowerContext, into: LayoutAttrs, merge: AlignMerge): LayoutAttrs {
  const text = enumAttributeAt(node.tree, node.startIndex);
  if (text === undefined) return into;
  const snippet = parseC(`struct ${text} __tsbindgen_tag;`);
  const attrs = snippet.rootNode.descendantsOfType('attribute_specifier');
  const loc = locOf(ctx, node);
  const pp: PreprocessedSource = { ...ctx.pp, lineMap: [{ file: loc.file, line: loc.line }] };
  return layoutAttrs(attrs, { ...ctx, pp }, into, merge);
}
