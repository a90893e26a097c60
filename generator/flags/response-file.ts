// `@file` arguments: gcc (libiberty's expandargv) replaces `@file` by the arguments written in the file,
// recursively. Inside the file arguments are separated by whitespace; single and double quotes group, and a
// backslash takes the next character literally (inside quotes too). An `@file` naming no readable file stays
// as it is, as with gcc — the caller reports it as an unknown argument.

import type { DiagnosticSink } from '../diagnostics.ts';
import type { SourceFs } from '../source/source-fs.ts';

const MAX_DEPTH = 32;

/** The arguments of one response file's text. */
export function splitResponseText(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inArg = false;
  let quote: string | undefined;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === '\\' && k + 1 < text.length) {
      cur += text[++k];
      inArg = true;
    } else if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inArg = true;
    } else if (/\s/.test(c)) {
      if (inArg) out.push(cur);
      cur = '';
      inArg = false;
    } else {
      cur += c;
      inArg = true;
    }
  }
  if (inArg) out.push(cur);
  return out;
}

/** argv with every readable `@file` replaced by its arguments. */
export function expandResponseFiles(argv: readonly string[], fs: SourceFs, sink: DiagnosticSink, depth = 0): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    if (!arg.startsWith('@') || arg.length === 1) {
      out.push(arg);
      continue;
    }
    const text = fs.readFile(arg.slice(1));
    if (text === undefined) {
      out.push(arg);
      continue;
    }
    if (depth >= MAX_DEPTH) {
      sink.error('response-file-too-deep', `response files nest more than ${MAX_DEPTH} levels at "${arg}"`, { file: arg.slice(1), line: 1, column: 1 });
      continue;
    }
    out.push(...expandResponseFiles(splitResponseText(text), fs, sink, depth + 1));
  }
  return out;
}
