// `typeof(X)` / `__typeof__(X)` as a type specifier (per-CPU declarations, static calls, the kernel's
// `__unqual_scalar_typeof`). gnu-rewrite.ts turned it into one identifier and kept the operand text: a type name
// is lowered like any type name; an expression is typed when it is an identifier the IR declares (a function)
// or a cast, which is all the declarations of headers use it for.
// Diagnostic codes: unsupported-construct.

import { tokenize } from '../source/lexer.ts';
import type { CType } from './types.ts';
import { locOf, type LowerContext, type SyntaxNode } from './lower-context.ts';
import { parseTypeNameTokens } from './lower-typename.ts';
import { evaluate } from '../source/expr.ts';
import { loweringHooks } from './lower-const.ts';
import type { IrModule } from './types.ts';

/** Variables are not bound, but `typeof(var)` asks their type (per-CPU variables): kept per IR. */
const variables = new WeakMap<IrModule, Map<string, CType>>();

export function rememberVariable(ctx: LowerContext, name: string, type: CType): void {
  let m = variables.get(ctx.ir);
  if (!m) variables.set(ctx.ir, (m = new Map()));
  m.set(name, type);
}

export function lowerTypeof(node: SyntaxNode, operand: string, ctx: LowerContext): CType | undefined {
  const loc = locOf(ctx, node);
  // Columns of the operand: after `typeof(` on the same line.
  const open = node.sourceText.indexOf('(');
  const tokens = tokenize(operand, loc.file, loc.line, loc.column + open + 1);
  const asType = parseTypeNameTokens(tokens, 0, ctx);
  if ('type' in asType && asType.next === tokens.length) return unqualified(asType.type);
  const typed = expressionType(tokens.map((t) => t.text), ctx);
  if (typed) return typed;
  // An integer expression (`__typeof__((-10UL << 20) + …)` in casts): its type is the evaluator's.
  const value = evaluate(tokens, loweringHooks(ctx));
  if (value.ok) return { kind: 'int', int: value.type };
  const why = 'error' in asType ? asType.error : 'it is not a type name';
  ctx.sink.error('unsupported-construct', `cannot work out the type of typeof(${operand}): ${why}`, loc);
  return undefined;
}

/** typeof keeps qualifiers in C, but the IR qualifies declarations, not specifiers; layouts ignore them. */
function unqualified(type: CType): CType {
  return type;
}

function expressionType(words: string[], ctx: LowerContext): CType | undefined {
  // Strip redundant parentheses.
  while (words[0] === '(' && words[words.length - 1] === ')' && balanced(words.slice(1, -1))) words = words.slice(1, -1);
  if (words.length === 1) {
    const decl = ctx.ir.byId.get(words[0]);
    if (decl?.kind === 'function') return { kind: 'function', ret: decl.ret, params: decl.params, variadic: decl.variadic };
    const variable = variables.get(ctx.ir)?.get(words[0]);
    if (variable) return variable;
  }
  return undefined;
}

function balanced(words: string[]): boolean {
  let depth = 0;
  for (const w of words) {
    if (w === '(') depth++;
    else if (w === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
