// Translation phases 2–3 for one file: backslash-newline splices and comments removed, giving logical
// lines that remember their first physical line; comments written at the start of a line are kept as
// doc comments, keyed by the line of the code that follows them.

import type { Token } from './types.ts';

export interface LogicalLine {
  /** Text with comments blanked to spaces and spliced newlines kept, so tokenizing it from `line` gives true positions. */
  text: string;
  /** 1-based physical line where it starts. */
  line: number;
  /** Number of physical lines it covers (more than 1 after splices or multi-line comments). */
  span: number;
  /**
   * Its tokens once the preprocessor has lexed it (see Preprocessor.lineTokens). Kept on the line rather than
   * in a WeakMap: a WeakMap lookup per line, and the ephemeron table every GC must walk, cost more.
   */
  tokens?: Token[];
}

export interface SplitSource {
  lines: LogicalLine[];
  /** `line → doc text` for the first code line after each leading comment block. */
  docs: Map<number, string>;
  /** Physical line count. */
  physicalLines: number;
  /** Line of a block comment that never ends, if any. */
  unterminatedComment?: { line: number; column: number };
}

interface RawComment {
  text: string;
  startLine: number;
  endLine: number;
  /** Only whitespace before it on its line. */
  leading: boolean;
  /** Code follows on its last line. */
  codeAfter: boolean;
}

/** The comment text with `/** *\/`, `/* *\/`, `//` and leading ` * ` markers stripped. */
export function stripCommentMarkers(raw: string): string {
  let lines: string[];
  if (raw.startsWith('//')) lines = [raw.replace(/^\/\/[/!]?\s?/, '')];
  else {
    const inner = raw.replace(/^\/\*[*!]?/, '').replace(/\*\/$/, '');
    lines = inner.split('\n').map((l, k) => (k === 0 ? l.replace(/^\s+/, '') : l.replace(/^\s*\*(?!\/) ?/, '').replace(/^\s+$/, '')));
  }
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines.map((l) => l.replace(/\s+$/, '')).join('\n');
}

/** `raw` with every character but newlines turned into a space (a regex replace here allocated ~5 MB on libdrm). */
function blanked(raw: string): string {
  if (!raw.includes('\n')) return ' '.repeat(raw.length);
  return raw
    .split('\n')
    .map((l) => ' '.repeat(l.length))
    .join('\n');
}

export function splitSource(source: string): SplitSource {
  const text = source.replace(/\r\n?/g, '\n');
  const comments: RawComment[] = [];
  const lines: LogicalLine[] = [];
  let cur = '';
  let curStart = 1;
  let line = 1;
  let lineHasCode = false;
  let i = 0;
  let unterminatedComment: SplitSource['unterminatedComment'];
  let lineStart = 0;
  const endLogical = () => {
    lines.push({ text: cur, line: curStart, span: line - curStart + 1, tokens: undefined });
    cur = '';
    line++;
    curStart = line;
    lineHasCode = false;
  };
  // Ordinary characters are copied a run at a time, up to the next one that may start a splice, a line
  // end, a comment or a literal (copying them one by one was most of this function's cost).
  const special = /[\\\n/"']/g;
  while (i < text.length) {
    special.lastIndex = i;
    const next = special.exec(text);
    const runEnd = next ? next.index : text.length;
    if (runEnd > i) {
      const run = text.slice(i, runEnd);
      if (!lineHasCode && /[^ \t]/.test(run)) lineHasCode = true;
      cur += run;
      i = runEnd;
      if (i >= text.length) break;
    }
    const c = text[i];
    if (c === '\\' && text[i + 1] === '\n') {
      // Keep the newline (so tokens after it know their physical line) unless the splice cuts a token in two.
      const joinsToken = /[\w$"']/.test(cur[cur.length - 1] ?? ' ') && /[\w$"']/.test(text[i + 2] ?? ' ');
      if (!joinsToken) cur += '\n';
      i += 2;
      line++;
      lineStart = i;
      continue;
    }
    if (c === '\n') {
      i++;
      lineStart = i;
      endLogical();
      continue;
    }
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const block = text[i + 1] === '*';
      let end: number;
      if (block) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) unterminatedComment = { line, column: i - lineStart + 1 };
        end = close < 0 ? text.length : close + 2;
      } else {
        end = i;
        while (end < text.length && text[end] !== '\n') end += text[end] === '\\' && text[end + 1] === '\n' ? 2 : 1;
      }
      const raw = text.slice(i, end);
      const startLine = line;
      const newlines = raw.split('\n').length - 1;
      const restOfLine = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
      comments.push({
        text: raw,
        startLine,
        endLine: startLine + newlines,
        leading: !lineHasCode && cur.trim() === '',
        codeAfter: restOfLine.trim() !== '' && !restOfLine.trim().startsWith('/'),
      });
      // A comment is whitespace (C); blanking it in place keeps every later token's line and column.
      cur += blanked(raw);
      line += newlines;
      if (newlines > 0) lineStart = text.lastIndexOf('\n', end - 1) + 1;
      i = end;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      const lit = text.slice(i, Math.min(j + 1, text.length));
      cur += lit;
      i += lit.length;
      lineHasCode = true;
      continue;
    }
    // A backslash or slash that starts nothing is code.
    lineHasCode = true;
    cur += c;
    i++;
  }
  if (cur !== '' || text.length === 0 || !text.endsWith('\n')) endLogical();
  const physicalLines = line - 1;
  return { lines, docs: attachDocs(comments, lines), physicalLines, unterminatedComment };
}

/** The first of the ascending `lines` after `line` (binary search: headers have thousands of comments and lines). */
function firstCodeLineAfter(lines: readonly number[], line: number): number | undefined {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] > line) hi = mid;
    else lo = mid + 1;
  }
  return lines[lo];
}

/** Merge adjacent leading comments into blocks and key each by the first code line after it. */
function attachDocs(comments: RawComment[], lines: LogicalLine[]): Map<number, string> {
  const docs = new Map<number, string>();
  const codeLines = lines.filter((l) => l.text.trim() !== '').map((l) => l.line);
  let block: RawComment[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const last = block[block.length - 1];
    const target = last.codeAfter ? last.endLine : firstCodeLineAfter(codeLines, last.endLine);
    if (target !== undefined) docs.set(target, block.map((c) => stripCommentMarkers(c.text)).join('\n'));
    block = [];
  };
  for (const c of comments) {
    if (!c.leading) {
      flush();
      continue;
    }
    const prev = block[block.length - 1];
    // A blank line or code between two comments separates them.
    if (prev && (c.startLine > prev.endLine + 1 || prev.codeAfter || (firstCodeLineAfter(codeLines, prev.endLine) ?? Infinity) < c.startLine)) flush();
    // A `/**` comment documents what follows on its own: a plain comment right above it (a section
    // heading) is not part of that declaration's doc.
    if (c.text.startsWith('/**')) block = [];
    block.push(c);
    if (c.codeAfter) flush();
  }
  flush();
  return docs;
}
