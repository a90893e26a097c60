// Diagnostics for humans: the compiler-style first line, then the source line with a caret under the column.

import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

/** Reads one line of a file (1-based) for the excerpt; undefined when unavailable. */
export type LineReader = (file: string, line: number) => string | undefined;

export function formatWithSource(d: Diagnostic, readLine: LineReader): string {
  const head = formatDiagnostic(d);
  if (!d.loc) return head;
  const text = readLine(d.loc.file, d.loc.line);
  if (text === undefined) return head;
  const { shown, caretAt } = excerpt(text, Math.max(0, d.loc.column - 1));
  // Tabs stay tabs under the caret so it lines up in any tab width.
  const pad = [...shown.slice(0, caretAt)].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  return `${head}\n  ${shown}\n  ${pad}^`;
}

/** Longest source line printed whole; longer ones are cut to a window around the column. */
export const MAX_EXCERPT = 240;

/** The part of a long line around `index` (0-based), marked with … where cut, and where the caret goes in it. */
function excerpt(text: string, index: number): { shown: string; caretAt: number } {
  if (text.length <= MAX_EXCERPT) return { shown: text, caretAt: index };
  const start = Math.max(0, Math.min(index - MAX_EXCERPT / 2, text.length - MAX_EXCERPT));
  const end = Math.min(text.length, start + MAX_EXCERPT);
  const lead = start > 0 ? '…' : '';
  return { shown: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, caretAt: index - start + lead.length };
}

/** A LineReader over a file-reading function, caching each file's lines. */
export function lineReader(readFile: (file: string) => string | undefined): LineReader {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) cache.set(file, readFile(file)?.split('\n'));
    return cache.get(file)?.[line - 1]?.replace(/\r$/, '');
  };
}
