// C type names inside constant expressions (`sizeof(struct drm_gem_open)`, casts, offsetof), given as tokens:
// the tokens up to the closing parenthesis are parsed as a parameter declaration and lowered like any declarator.
// Diagnostic codes: none of its own (errors are returned to the evaluator).

import type { PreprocessedSource, Token } from '../source/types.ts';
import type { SourceLoc } from '../diagnostics.ts';
import type { CType } from './types.ts';
import type { LowerContext } from './lower-context.ts';
import { parseC } from '../source/parse.ts';
import { DiagnosticSink as Sink } from '../diagnostics.ts';
import { applyDeclarator, lowerSpecifiers, TOP_LEVEL } from './lower-types.ts';

const SNIPPET_FN = '__tsbindgen_type_name';

/** Index of the `)` or `,` that ends a type name starting at `start` (depth 0), or tokens.length. */
function typeNameEnd(tokens: Token[], start: number): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') {
      if (depth === 0) return i;
      depth--;
    } else if (t === ',' && depth === 0) return i;
  }
  return tokens.length;
}

/** Parse tokens[start…] as a type name; diagnostics from lowering it become the returned error. */
export function parseTypeNameTokens(
  tokens: Token[],
  start: number,
  ctx: LowerContext,
): { type: CType; next: number } | { error: string; loc: SourceLoc } {
  const end = typeNameEnd(tokens, start);
  const loc = tokens[start]?.loc ?? tokens[tokens.length - 1]?.loc ?? { file: '<expr>', line: 1, column: 1 };
  const text = tokens.slice(start, end).map((t) => t.text).join(' ');
  if (!text) return { error: 'expected a type name', loc };
  const tree = parseC(`void ${SNIPPET_FN}(${text});`);
  const param = tree.rootNode.descendantsOfType('parameter_declaration')[0];
  if (tree.rootNode.hasError || !param) return { error: `cannot parse the type name "${text}"`, loc };
  // The snippet is one line of its own: map it to where the type name was written.
  const pp: PreprocessedSource = { ...ctx.pp, lineMap: [{ file: loc.file, line: loc.line }] };
  const sink = new Sink();
  const sub: LowerContext = { ...ctx, pp, sink };
  const base = lowerSpecifiers(param, sub, TOP_LEVEL);
  const declared = base && applyDeclarator(base, param.childForFieldName('declarator'), sub);
  const problem = sink.items.find((d) => d.severity === 'error');
  if (problem || !declared) return { error: problem?.message ?? `cannot lower the type name "${text}"`, loc };
  for (const d of sink.items) ctx.sink.report({ ...d, loc: d.loc && loc });
  return { type: declared.type, next: end };
}
