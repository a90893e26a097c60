// Which top-level declaration of the translation unit a source position lies in. Failed declarations never reach
// the IR, so their errors cannot be matched to a declaration by name; by extent they can: an error belongs to the
// closure when it lies in the same top-level declaration as something the closure holds.

import type { SourceLoc } from '../diagnostics.ts';
import type { CTree } from '../source/syntax-tree.ts';
import type { PreprocessedSource } from '../source/types.ts';

export interface ExtentIndex {
  /** The indices of the top-level nodes whose text covers the line of `loc`. */
  at(loc: SourceLoc): readonly number[];
  /** The preprocessed text of a top-level node. */
  text(index: number): string;
}

export function topLevelExtents(tree: CTree, pp: PreprocessedSource): ExtentIndex {
  const byLine = new Map<string, number[]>();
  tree.rootNode.children.forEach((node, index) => {
    const first = tree.positionOf(node.startIndex).row;
    const last = tree.positionOf(Math.max(node.startIndex, node.endIndex - 1)).row;
    for (let row = first; row <= last; row++) {
      const o = pp.lineMap[row];
      if (!o) continue;
      const key = `${o.file}:${o.line}`;
      const list = byLine.get(key);
      if (!list) byLine.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const nodes = tree.rootNode.children;
  return { at: (loc) => byLine.get(`${loc.file}:${loc.line}`) ?? [], text: (index) => nodes[index]?.text ?? '' };
}
