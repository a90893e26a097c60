// Integer constant expressions met while lowering (array sizes, enum values, bitfield widths, aligned(N)):
// the node's text goes through the shared lexer and evaluator, in 'constant' mode, with hooks into the IR so far.
// Diagnostic codes: not-constant.

import type { ExprHooks } from '../source/expr.ts';
import { evaluate } from '../source/expr.ts';
import { tokenize } from '../source/lexer.ts';
import { createLayoutQuery } from '../layout/compute.ts';
import type { TargetInfo } from '../layout/targets.ts';
import type { LayoutQuery } from '../layout/types.ts';
import type { DiagnosticSink } from '../diagnostics.ts';
import type { IrModule } from './types.ts';
import { locOf, type LowerContext, type SyntaxNode } from './lower-context.ts';
import { integerKindOf, recordOf } from './resolve.ts';
import { parseTypeNameTokens } from './lower-typename.ts';
import { sameCanonicalType } from './type-compat.ts';
import { memberType } from './member-type.ts';

/** Hooks for `evaluate` in constant mode over a lowering context (enumerators and typedefs seen so far). */
export function loweringHooks(ctx: LowerContext): ExprHooks {
  const query = (): LayoutQuery | undefined => ctx.layout();
  return {
    target: ctx.target,
    mode: 'constant',
    identifier: (name) => ctx.enumerators.get(name),
    isTypeName: (name) => ctx.ir.byId.get(name)?.kind === 'typedef',
    parseTypeName: (tokens, start) => parseTypeNameTokens(tokens, start, ctx),
    integerKind: (type) => integerKindOf(type, ctx.ir),
    sizeOf: (type, loc) => query()?.sizeOf(type, loc),
    alignOf: (type, loc) => query()?.alignOf(type, loc),
    typesCompatible: (a, b) => sameCanonicalType(a, b, ctx.ir),
    memberType: (type, path) => memberType(type, path, ctx.ir),
    offsetOf: (type, path, loc) => {
      const record = recordOf(type, ctx.ir);
      return record ? query()?.offsetOf(record.id, path, loc) : undefined;
    },
  };
}

/** The value of an integer constant expression node, or undefined after reporting why there is none. */
export function evalConstant(node: SyntaxNode, ctx: LowerContext): bigint | undefined {
  const loc = locOf(ctx, node);
  // The text as written: parse.ts rewrote GNU builtins (`__builtin_offsetof(T, a.b)`) for the parser only.
  const tokens = tokenize(node.sourceText, loc.file, loc.line, loc.column);
  const r = evaluate(tokens, loweringHooks(ctx));
  if (r.ok) return r.value;
  ctx.sink.error('not-constant', `"${node.sourceText}" is not an integer constant expression: ${r.message}`, r.loc);
  return undefined;
}

/** A layout query over an IR that is still growing, made on first use (most headers never need one). */
export function lazyLayout(ir: IrModule, target: TargetInfo, sink: DiagnosticSink): () => LayoutQuery {
  let query: LayoutQuery | undefined;
  return () => (query ??= createLayoutQuery(ir, target, sink));
}
