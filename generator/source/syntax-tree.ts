// tree-sitter's tree copied into plain objects in one cursor walk. tree-sitter's own SyntaxNode answers every
// property (type, children, childForFieldName, text…) with a call into the native addon, and lowering asks
// each node many questions: on the libdrm benchmark input that was ~45 ms of the ~70 ms lowering took. The walk
// asks each of the ~8k nodes five questions once; afterwards everything is ordinary property loads.
// The members mirror the subset of SyntaxNode the generator uses, with the same meanings.

import type Parser from 'tree-sitter';

export interface Point {
  row: number;
  column: number;
}

export class CNode {
  readonly tree: CTree;
  readonly type: string;
  readonly isNamed: boolean;
  readonly isMissing: boolean;
  /** Offsets into the text tree-sitter parsed (UTF-16 units, like the JS string). */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly parent: CNode | null;
  /** The field this node fills in its parent (`declarator`, `type`…), null when none. */
  readonly fieldName: string | null;
  readonly children: CNode[] = [];
  /** This node or one below it is an ERROR or MISSING node (tree-sitter's hasError). */
  hasError = false;
  private indexInParent: number;
  private named: CNode[] | undefined;

  constructor(tree: CTree, names: Names, c: Parser.TreeCursor, parent: CNode | null) {
    this.tree = tree;
    const id = c.nodeTypeId;
    this.type = names.type(c, id);
    this.isNamed = names.named(c, id);
    this.startIndex = c.startIndex;
    this.endIndex = c.endIndex;
    // A MISSING node is zero-width: only those are worth a native call to ask.
    this.isMissing = names.maybeMissing && this.startIndex === this.endIndex && c.nodeIsMissing;
    this.parent = parent;
    this.fieldName = parent ? names.field(c) : null;
    this.indexInParent = parent ? parent.children.length : 0;
  }

  /** Row and column (UTF-16 units) of the start, as tree-sitter counts them; worked out from the text when asked. */
  get startPosition(): Point {
    return this.tree.positionOf(this.startIndex);
  }

  get text(): string {
    return this.tree.text.slice(this.startIndex, this.endIndex);
  }

  /** The same extent of the text before parse.ts rewrote GNU C (what constant expressions are evaluated from). */
  get sourceText(): string {
    return this.tree.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): CNode[] {
    return (this.named ??= this.children.filter((c) => c.isNamed));
  }

  /**
   * The parent's next child. tree-sitter's own answer differs only among the children of a node holding an
   * ERROR or a zero-width MISSING node, which it skips by byte position. The one MISSING node lowering reads
   * siblings of is an unnamed bitfield's (`int : 3`), whose next child both answer alike (golden `bitfields`).
   */
  get nextSibling(): CNode | null {
    return this.parent?.children[this.indexInParent + 1] ?? null;
  }

  childForFieldName(name: string): CNode | null {
    for (const c of this.children) if (c.fieldName === name) return c;
    return null;
  }

  fieldNameForChild(index: number): string | null {
    return this.children[index]?.fieldName ?? null;
  }

  descendantsOfType(type: string): CNode[] {
    // Pre-order with an explicit stack: trees of deeply nested declarations are deeper than the JS stack.
    const out: CNode[] = [];
    const stack: CNode[] = [];
    for (let k = this.children.length - 1; k >= 0; k--) stack.push(this.children[k]);
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === type) out.push(n);
      for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k]);
    }
    return out;
  }
}

export interface CTree {
  /** The text tree-sitter parsed; node offsets index it. */
  readonly text: string;
  /** The text before parse.ts's rewrites: the same length, the same offsets. */
  readonly source: string;
  readonly rootNode: CNode;
  positionOf(index: number): Point;
}

/**
 * Type and field names by their numeric ids, read from the cursor once per id: the cursor makes a new string
 * every time it is asked for a name, and a grammar has about a hundred of them against thousands of nodes.
 */
class Names {
  private readonly types: string[] = [];
  private readonly isNamed: boolean[] = [];
  private readonly fields: (string | null)[] = [];

  /**
   * A tree without errors has no MISSING node (tree-sitter counts each one in the error cost behind hasError),
   * so then nobody asks the cursor, a native call per node.
   */
  constructor(readonly maybeMissing: boolean) {}

  type(c: Parser.TreeCursor, id: number): string {
    return (this.types[id] ??= c.nodeType);
  }

  /** Whether a node is named depends only on its (public, alias-resolved) symbol, which nodeTypeId is. */
  named(c: Parser.TreeCursor, id: number): boolean {
    return (this.isNamed[id] ??= c.nodeIsNamed);
  }

  field(c: Parser.TreeCursor): string | null {
    const id = c.currentFieldId;
    if (!id) return null;
    return (this.fields[id] ??= c.currentFieldName ?? null);
  }
}

/** Row/column of an offset, from the offsets where lines start (built on first use, binary-searched). */
function positions(text: string): (index: number) => Point {
  let starts: number[] | undefined;
  return (index) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - starts[lo] };
  };
}

/** Copies a tree-sitter tree; `text` must be the string that was parsed, `source` what it was rewritten from. */
export function copyTree(tree: Parser.Tree, text: string, source: string = text): CTree {
  const c = tree.walk();
  const names = new Names(tree.rootNode.hasError);
  const out = { text, source, positionOf: positions(text) } as { text: string; source: string; rootNode: CNode; positionOf(index: number): Point };
  const root = new CNode(out, names, c, null);
  out.rootNode = root;
  let node = root;
  // Depth-first with the cursor: down to the first child, else across to the next sibling, else back up
  // (folding each finished node's error flag into its parent) until a sibling turns up.
  for (;;) {
    if (c.gotoFirstChild()) {
      const child = new CNode(out, names, c, node);
      node.children.push(child);
      node = child;
      continue;
    }
    for (;;) {
      if (node.type === 'ERROR' || node.isMissing) node.hasError = true;
      const parent = node.parent;
      if (parent === null) return out;
      if (node.hasError) parent.hasError = true;
      if (c.gotoNextSibling()) {
        const sibling = new CNode(out, names, c, parent);
        parent.children.push(sibling);
        node = sibling;
        break;
      }
      c.gotoParent();
      node = parent;
    }
  }
}
