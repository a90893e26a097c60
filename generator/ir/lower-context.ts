// The state lowering carries through one translation unit: what is in scope so far, and where to report.

import type { DiagnosticSink, SourceLoc } from '../diagnostics.ts';
import type { TargetInfo } from '../layout/targets.ts';
import type { LayoutQuery } from '../layout/types.ts';
import { nodeLoc } from '../source/parse.ts';
import type { PreprocessedSource } from '../source/types.ts';
import type { Decl, IntKind, IrModule } from './types.ts';
import type { CNode } from '../source/syntax-tree.ts';
import type { PackState } from './pragma-pack.ts';

export type SyntaxNode = CNode;

export interface EnumeratorValue {
  value: bigint;
  /** The type the constant has in later expressions: int when it fits, else the 64-bit type gcc gives it. */
  type: IntKind;
}

export interface LowerContext {
  readonly pp: PreprocessedSource;
  readonly target: TargetInfo;
  readonly sink: DiagnosticSink;
  readonly ir: IrModule;
  readonly enumerators: Map<string, EnumeratorValue>;
  /** Anonymous tag counters per parent path ('' for file scope), so ids do not depend on anything but position. */
  readonly anonCounters: Map<string, number>;
  /** `file:line` keys of pp.comments already given to a declaration. */
  readonly docsTaken: Set<string>;
  /** The `#pragma pack` values of the translation unit, when it has any. */
  readonly pack?: PackState;
  /** Layout of the IR built so far, for sizeof/_Alignof in constant expressions; undefined when not available. */
  layout(): LayoutQuery | undefined;
}

export function locOf(ctx: LowerContext, node: SyntaxNode): SourceLoc {
  return nodeLoc(node, ctx.pp);
}

/**
 * The doc comment ending on the line before `loc` (the preprocessor keys them by the line they precede).
 * Taking it consumes it: a record and its first field, or two fields, written on one line share one comment,
 * and it belongs to whichever declaration starts there first.
 */
export function docAt(ctx: LowerContext, loc: SourceLoc): string | undefined {
  const key = `${loc.file}:${loc.line}`;
  // Most lines have no comment: nothing to take, and nothing to remember (a later ask finds none either).
  const doc = ctx.pp.comments.get(key);
  if (doc === undefined || ctx.docsTaken.has(key)) return undefined;
  ctx.docsTaken.add(key);
  return doc;
}

export function addDecl(ctx: LowerContext, decl: Decl): void {
  ctx.ir.decls.push(decl);
  ctx.ir.byId.set(decl.id, decl);
}

export function nextAnonId(ctx: LowerContext, tag: string, parentPath: string): string {
  const n = ctx.anonCounters.get(parentPath) ?? 0;
  ctx.anonCounters.set(parentPath, n + 1);
  return `${tag} ${parentPath}::anon${n}`;
}

/** The `declarator:` children of a declaration, in order (tree-sitter's childrenForFieldName is unreliable for repeated fields). */
export function declaratorsOf(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((_, i) => node.fieldNameForChild(i) === 'declarator');
}
