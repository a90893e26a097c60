// Parsing a `#define` line (or a -D option) into a MacroDef, with the constraints C puts on it.
// Diagnostic codes: invalid-macro-definition, invalid-stringize, invalid-paste-position.

import type { DiagnosticSink, SourceLoc } from '../diagnostics.ts';
import { tokensToText } from './lexer.ts';
import type { MacroDef, Token } from './types.ts';

/** Tokens after `define`; undefined (with a diagnostic) when malformed. */
export function parseDefine(
  toks: Token[],
  at: SourceLoc,
  header: string,
  sink: DiagnosticSink,
  doc?: string,
): MacroDef | undefined {
  const name = toks[0];
  if (!name || name.kind !== 'ident') {
    sink.error('invalid-macro-definition', name ? `macro names must be identifiers, not "${name.text}"` : 'no macro name given in #define', name?.loc ?? at);
    return undefined;
  }
  if (name.text === 'defined') {
    sink.error('invalid-macro-definition', '"defined" cannot be used as a macro name', name.loc);
    return undefined;
  }
  let i = 1;
  let params: string[] | null = null;
  let variadic = false;
  if (toks[1] && toks[1].text === '(' && !toks[1].spaceBefore) {
    params = [];
    i = 2;
    for (;;) {
      const t = toks[i];
      if (t && t.text === ')' && params.length === 0) {
        i++;
        break;
      }
      if (t && t.text === '...') {
        params.push('__VA_ARGS__');
        variadic = true;
        i++;
      } else if (t && t.kind === 'ident') {
        if (params.includes(t.text)) {
          sink.error('invalid-macro-definition', `duplicate macro parameter "${t.text}"`, t.loc);
          return undefined;
        }
        params.push(t.text);
        i++;
        if (toks[i]?.text === '...') {
          variadic = true;
          i++;
        }
      } else {
        sink.error('invalid-macro-definition', `expected a parameter name in the parameter list of "${name.text}"`, t?.loc ?? name.loc);
        return undefined;
      }
      const sep = toks[i++];
      if (sep?.text === ')') break;
      if (sep?.text !== ',' || variadic) {
        sink.error('invalid-macro-definition', `expected "," or ")" in the parameter list of "${name.text}"`, sep?.loc ?? name.loc);
        return undefined;
      }
    }
  }
  const body = toks.slice(i);
  if (body.length > 0) body[0] = { ...body[0], spaceBefore: false };
  if (body[0]?.text === '##' || (body.length > 0 && body[body.length - 1].text === '##')) {
    const bad = body[0]?.text === '##' ? body[0] : body[body.length - 1];
    sink.error('invalid-paste-position', '"##" cannot appear at either end of a macro expansion', bad.loc);
    return undefined;
  }
  if (params) {
    for (let k = 0; k < body.length; k++) {
      if (body[k].text === '#' && body[k].kind === 'punct' && !params.includes(body[k + 1]?.text ?? '')) {
        sink.error('invalid-stringize', `"#" is not followed by a macro parameter in "${name.text}"`, body[k].loc);
        return undefined;
      }
    }
  }
  return { name: name.text, params, variadic, body, text: tokensToText(body), loc: name.loc, header, doc };
}

/** Two definitions are the same when parameters, spelling and whitespace separation match (C11 6.10.3p2). */
export function sameDefinition(a: MacroDef, b: MacroDef): boolean {
  return (
    JSON.stringify(a.params) === JSON.stringify(b.params) &&
    a.variadic === b.variadic &&
    a.body.length === b.body.length &&
    a.body.every((t, k) => t.text === b.body[k].text && (k === 0 || t.spaceBefore === b.body[k].spaceBefore))
  );
}
