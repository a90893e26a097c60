// `_Static_assert(expr, "msg")` checked once the layout is known (their expressions use sizeof/offsetof).
// Diagnostic codes: static-assert-failed, static-assert-invalid.

import type { DiagnosticSink } from '../diagnostics.ts';
import type { TargetInfo } from '../layout/targets.ts';
import type { LayoutQuery } from '../layout/types.ts';
import { evaluate } from '../source/expr.ts';
import { tokenize } from '../source/lexer.ts';
import { constantHooks } from './constants.ts';
import type { IrModule } from './types.ts';

export function checkStaticAsserts(ir: IrModule, query: LayoutQuery, target: TargetInfo, sink: DiagnosticSink): void {
  if (ir.staticAsserts.length === 0) return;
  const hooks = constantHooks(ir, query, target);
  for (const a of ir.staticAsserts) {
    const toks = tokenize(a.expr, a.loc.file, a.loc.line, a.loc.column);
    const r = evaluate(toks, hooks, a.loc);
    if (!r.ok) {
      sink.error('static-assert-invalid', `static assertion expression is not an integer constant expression: ${r.message}`, r.loc);
    } else if (r.value === 0n) {
      sink.error('static-assert-failed', `static assertion failed${a.message !== undefined ? `: ${a.message}` : ''} (${a.expr})`, a.loc);
    }
  }
}
