// The plain copy of tree-sitter's tree answers every question the generator asks exactly as tree-sitter's own
// SyntaxNode does: checked node by node on real headers and on broken input (ERROR and MISSING nodes).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type Parser from 'tree-sitter';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { nodeSourceFs } from '../../../generator/fs/source-fs.ts';
import { TARGETS } from '../../../generator/layout/targets.ts';
import { treeSitterParse } from '../../../generator/source/parse.ts';
import { preprocess } from '../../../generator/source/preprocess.ts';
import { copyTree, type CNode } from '../../../generator/source/syntax-tree.ts';

/** Every difference between the two trees, as paths; empty when they agree. */
function differences(ours: CNode, theirs: Parser.SyntaxNode, path = 'root'): string[] {
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path}.${what}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  };
  same('type', ours.type, theirs.type);
  same('isNamed', ours.isNamed, theirs.isNamed);
  same('isMissing', ours.isMissing, theirs.isMissing);
  same('hasError', ours.hasError, theirs.hasError);
  same('startIndex', ours.startIndex, theirs.startIndex);
  same('endIndex', ours.endIndex, theirs.endIndex);
  same('startPosition', ours.startPosition, theirs.startPosition);
  same('text', ours.text, theirs.text);
  same('children', ours.children.length, theirs.childCount);
  same('namedChildren', ours.namedChildren.map((c) => c.startIndex), theirs.namedChildren.map((c) => c.startIndex));
  // Where the parent holds an ERROR or a zero-width MISSING node, tree-sitter's nextSibling skips by byte
  // position (the MISSING node, or everything after an error); ours is always the parent's next child.
  if (!theirs.parent?.hasError) same('nextSibling', ours.nextSibling?.startIndex ?? null, theirs.nextSibling?.startIndex ?? null);
  same('parent', ours.parent?.type ?? null, theirs.parent?.type ?? null);
  for (const field of ['declarator', 'type', 'body', 'name', 'value', 'size', 'left', 'right', 'argument', 'parameters']) {
    same(`childForFieldName(${field})`, ours.childForFieldName(field)?.startIndex ?? null, theirs.childForFieldName(field)?.startIndex ?? null);
  }
  for (let i = 0; i < Math.min(ours.children.length, theirs.childCount) && out.length < 20; i++) {
    same(`fieldNameForChild(${i})`, ours.fieldNameForChild(i) ?? null, theirs.fieldNameForChild(i) ?? null);
    out.push(...differences(ours.children[i], theirs.children[i], `${path}/${i}:${theirs.children[i].type}`));
  }
  return out;
}

function compare(input: string): string[] {
  const tree = treeSitterParse(input);
  return differences(copyTree(tree, input).rootNode, tree.rootNode);
}

describe('copyTree', () => {
  it("agrees with tree-sitter on every header this project ships, preprocessed", () => {
    const headers = readdirSync('headers', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.h')).map((f) => `headers/${f}`);
    expect(headers.length).toBeGreaterThan(10);
    const sink = new DiagnosticSink();
    const pp = preprocess(headers, { target: TARGETS.x86_64, includeDirs: ['headers'], defines: [], undefines: [], nostdinc: true }, nodeSourceFs, sink);
    expect(pp.text.length).toBeGreaterThan(10_000);
    expect(compare(pp.text)).toEqual([]);
  });

  it.skipIf(!existsSync('/usr/include/libdrm/i915_drm.h'))("agrees on Debian's i915_drm.h as written (unpreprocessed, so full of odd nodes)", () => {
    expect(compare(readFileSync('/usr/include/libdrm/i915_drm.h', 'utf8'))).toEqual([]);
  });

  it('agrees on ERROR and MISSING nodes and their hasError ancestors', () => {
    const broken = 'struct a { int x; int : 3; };\nstruct b { int y int z; };\nint f(void) { return (1 + ; }\nenum { A = , B };\nstruct c { char s[; };\n';
    const tree = treeSitterParse(broken);
    expect(tree.rootNode.hasError).toBe(true);
    expect(compare(broken)).toEqual([]);
  });

  it('agrees on text with non-ASCII characters (offsets are UTF-16 units)', () => {
    expect(compare('/* größe */ struct ü { int été; };\nint x = 1;\n')).toEqual([]);
  });
});
