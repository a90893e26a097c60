// Diagnostics for humans: the compiler-style first line, then the source line with a caret under the column.

import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

/** Reads one line of a file (1-based) for the excerpt; undefined when unavailable. */
export type LineReader = (file: string, line: number) => string | undefined;

export function formatWithSource(d: Diagnostic, readLine: LineReader): string {
  const head = formatDiagnostic(d);
  if (!d.loc) return head;
  const text = readLine(d.loc.file, d.loc.line);
  if (text === undefined) return head;
  // Tabs stay tabs under the caret so it lines up in any tab width.
  const pad = [...text.slice(0, Math.max(0, d.loc.column - 1))].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  return `${head}\n  ${text}\n  ${pad}^`;
}

/** A LineReader over a file-reading function, caching each file's lines. */
export function lineReader(readFile: (file: string) => string | undefined): LineReader {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) cache.set(file, readFile(file)?.split('\n'));
    return cache.get(file)?.[line - 1]?.replace(/\r$/, '');
  };
}
