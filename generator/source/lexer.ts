// C preprocessing tokens for one stretch of text (comments and line splices already gone, or handled here).
// Diagnostic codes: none (the lexer never fails: an unknown character becomes an 'other' token).

import type { Token, TokenKind } from './types.ts';

// Longest first, so maximal munch picks `<<=` before `<<` before `<`.
const PUNCTUATORS = [
  '%:%:', '...', '<<=', '>>=',
  '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=',
  '##', '<:', ':>', '<%', '%>', '%:',
  '[', ']', '(', ')', '{', '}', '.', '&', '*', '+', '-', '~', '!', '/', '%', '<', '>', '^', '|', '?', ':', ';', '=',
  ',', '#',
];

const isIdentStart = (c: string) => /[A-Za-z_$]/.test(c) || c > '\x7f';
const isIdentChar = (c: string) => /[A-Za-z0-9_$]/.test(c) || c > '\x7f';
const isDigit = (c: string) => c >= '0' && c <= '9';

/** End index of a quoted literal starting at `i` (the quote), stopping at end of line when unterminated. */
function quotedEnd(text: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < text.length && text[j] !== quote && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, text.length);
}

/** pp-number: digit or .digit, then digits, letters, _, ., and e+/e-/p+/p- sign pairs. */
function numberEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if ((c === '+' || c === '-') && /[eEpP]/.test(text[j - 1])) j++;
    else if (isIdentChar(c) || c === '.') j++;
    else break;
  }
  return j;
}

export function tokenize(text: string, file: string, startLine = 1, startColumn = 1): Token[] {
  const out: Token[] = [];
  let line = startLine;
  let col = startColumn;
  let i = 0;
  let space = false;
  const push = (kind: TokenKind, end: number) => {
    out.push({ kind, text: text.slice(i, end), loc: { file, line, column: col }, spaceBefore: space });
    col += end - i;
    i = end;
    space = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      col = 1;
      i++;
      space = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      i++;
      col++;
      space = true;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      space = true;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) {
        if (text[i] === '\n') {
          line++;
          col = 1;
        } else col++;
      }
      space = true;
      continue;
    }
    // Encoding prefixes belong to the literal: L'x', u8"s".
    const prefix = /^(u8|u|U|L)(?=['"])/.exec(text.slice(i, i + 3));
    if (prefix) {
      const q = text[i + prefix[1].length];
      push(q === "'" ? 'char' : 'string', quotedEnd(text, i + prefix[1].length, q));
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdentChar(text[j])) j++;
      push('ident', j);
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      push('number', numberEnd(text, i));
      continue;
    }
    if (c === '"' || c === "'") {
      push(c === "'" ? 'char' : 'string', quotedEnd(text, i, c));
      continue;
    }
    const p = PUNCTUATORS.find((s) => text.startsWith(s, i));
    push(p ? 'punct' : 'other', i + (p ? p.length : 1));
  }
  return out;
}

/** Source text of tokens, one space where the original had whitespace. */
export function tokensToText(tokens: readonly Token[]): string {
  let s = '';
  for (const [k, t] of tokens.entries()) s += (k > 0 && t.spaceBefore ? ' ' : '') + t.text;
  return s;
}
