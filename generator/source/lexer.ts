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

// One sticky regex tries the punctuators in the list's order, as a scan with startsWith would, in one call.
const PUNCTUATOR = new RegExp(PUNCTUATORS.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'y');

// Character classes by code unit: the lexer looks at every character, and a regex test per character cost
// more than the rest of tokenizing. Any code unit above 0x7f counts as an identifier character.
const isIdentStartCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 0x7f;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isIdentCode = (c: number) => isIdentStartCode(c) || isDigitCode(c);
const isIdentStart = (c: string) => isIdentStartCode(c.charCodeAt(0));
const isIdentChar = (c: string) => isIdentCode(c.charCodeAt(0));
const isDigit = (c: string) => isDigitCode(c.charCodeAt(0));

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
    const prev = text[j - 1];
    if ((c === '+' || c === '-') && (prev === 'e' || prev === 'E' || prev === 'p' || prev === 'P')) j++;
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
    const prefix = c === 'u' || c === 'U' || c === 'L' ? /^(u8|u|U|L)(?=['"])/.exec(text.slice(i, i + 3)) : null;
    if (prefix) {
      const q = text[i + prefix[1].length];
      push(q === "'" ? 'char' : 'string', quotedEnd(text, i + prefix[1].length, q));
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdentCode(text.charCodeAt(j))) j++;
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
    PUNCTUATOR.lastIndex = i;
    const p = PUNCTUATOR.exec(text)?.[0];
    push(p ? 'punct' : 'other', i + (p ? p.length : 1));
  }
  return out;
}

/** Source text of tokens, one space where the original had whitespace. */
export function tokensToText(tokens: readonly Token[]): string {
  // An index loop: for…of over entries() allocates two objects a token before V8 optimizes it, and the CLI
  // runs without the optimizing tier (bin/v8-tuning.js).
  let s = '';
  for (let k = 0; k < tokens.length; k++) s += (k > 0 && tokens[k].spaceBefore ? ' ' : '') + tokens[k].text;
  return s;
}
