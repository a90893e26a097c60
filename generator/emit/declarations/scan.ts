// Tokens of the TypeScript the templates write — enough of the language to find where every declaration, type
// and body starts and ends. `//` and `/* */` comments are trivia; a `/** … */` comment is kept on the token after
// it, since the .d.ts carries JSDoc (as tsc's declaration emit does) and nothing else.

export type TokenKind = 'ident' | 'number' | 'string' | 'template' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  /** JSDoc comments right before this token, with the column each began at. */
  docs: { text: string; column: number }[];
}

/** Input outside what the scanner or the declaration writer understands; the caller falls back to tsc. */
export class Unsupported extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

// Longest first, so `=>` is not read as `=` then `>`; `>` stays single so `A<B<C>>` closes one level at a time.
const PUNCTS = ['...', '=>', '?.', '??', '===', '!==', '==', '!=', '<=', '&&', '||', '**', '++', '--', '+=', '-=', '*=', '/=', '&=', '|=', '^=', '%=', '<<'];

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function columnOf(src: string, offset: number): number {
  const nl = src.lastIndexOf('\n', offset - 1);
  return offset - (nl + 1);
}

export function scan(src: string): Token[] {
  const out: Token[] = [];
  let docs: Token['docs'] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 47) {
      const end = src.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new Unsupported('unterminated comment', i);
      const text = src.slice(i, end + 2);
      if (text.startsWith('/**') && text !== '/**/') docs.push({ text, column: columnOf(src, i) });
      i = end + 2;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isIdentStart(c)) {
      while (i < n && isIdentPart(src.charCodeAt(i))) i++;
      kind = 'ident';
    } else if ((c >= 48 && c <= 57) || (c === 46 && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?)n?/.exec(src.slice(i, i + 400))!;
      i += Math.max(1, m[0].length);
      kind = 'number';
    } else if (c === 39 || c === 34) {
      i++;
      while (i < n && src.charCodeAt(i) !== c) {
        if (src.charCodeAt(i) === 92) i++;
        else if (src.charCodeAt(i) === 10) throw new Unsupported('newline in a string literal', start);
        i++;
      }
      if (i >= n) throw new Unsupported('unterminated string literal', start);
      i++;
      kind = 'string';
    } else if (c === 96) {
      i++;
      while (i < n && src.charCodeAt(i) !== 96) {
        if (src.charCodeAt(i) === 92) i++;
        else if (src.charCodeAt(i) === 36 && src.charCodeAt(i + 1) === 123) throw new Unsupported('template literal with a substitution', start);
        i++;
      }
      if (i >= n) throw new Unsupported('unterminated template literal', start);
      i++;
      kind = 'template';
    } else {
      const p = PUNCTS.find((q) => src.startsWith(q, i));
      i += p ? p.length : 1;
      kind = 'punct';
    }
    out.push({ kind, text: src.slice(start, i), start, docs });
    docs = [];
  }
  out.push({ kind: 'eof', text: '', start: n, docs });
  return out;
}
