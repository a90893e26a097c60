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
    const c = text.charCodeAt(j);
    if (c === 43 /* + */ || c === 45 /* - */) {
      const prev = text.charCodeAt(j - 1);
      if (prev === 101 /* e */ || prev === 69 /* E */ || prev === 112 /* p */ || prev === 80 /* P */) {
        j++;
        continue;
      }
      break;
    }
    if (isIdentCode(c) || c === 46 /* . */) j++;
    else break;
  }
  return j;
}

const isQuoteCode = (c: number) => c === 34 /* " */ || c === 39; /* ' */

export function tokenize(text: string, file: string, startLine = 1, startColumn = 1): Token[] {
  // Character codes rather than one-character strings, and the token built in place: this runs over every
  // line of every header (and every directive), without V8's optimizing tier (bin/v8-tuning.js).
  const out: Token[] = [];
  const n = text.length;
  let line = startLine;
  let col = startColumn;
  let i = 0;
  let space = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      line++;
      col = 1;
      i++;
      space = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      i++;
      col++;
      space = true;
      continue;
    }
    let kind: TokenKind;
    let end: number;
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
      space = true;
      continue;
    }
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      const stop = close < 0 ? n : close + 2;
      for (; i < stop; i++) {
        if (text.charCodeAt(i) === 10) {
          line++;
          col = 1;
        } else col++;
      }
      space = true;
      continue;
    }
    // Encoding prefixes belong to the literal: L'x', u8"s".
    let prefix = 0;
    if (c === 117 /* u */) {
      if (text.charCodeAt(i + 1) === 56 /* 8 */ && isQuoteCode(text.charCodeAt(i + 2))) prefix = 2;
      else if (isQuoteCode(text.charCodeAt(i + 1))) prefix = 1;
    } else if ((c === 85 /* U */ || c === 76) /* L */ && isQuoteCode(text.charCodeAt(i + 1))) prefix = 1;
    if (prefix > 0) {
      const q = text[i + prefix];
      kind = q === "'" ? 'char' : 'string';
      end = quotedEnd(text, i + prefix, q);
    } else if (isIdentStartCode(c)) {
      // isIdentCode written out: without the optimizing tier a call per character is most of the cost.
      end = i + 1;
      while (end < n) {
        const d = text.charCodeAt(end);
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 95 || d === 36 || d > 0x7f) end++;
        else break;
      }
      kind = 'ident';
    } else if (isDigitCode(c) || (c === 46 /* . */ && isDigitCode(text.charCodeAt(i + 1)))) {
      kind = 'number';
      end = numberEnd(text, i);
    } else if (isQuoteCode(c)) {
      kind = c === 39 ? 'char' : 'string';
      end = quotedEnd(text, i, text[i]);
    } else {
      PUNCTUATOR.lastIndex = i;
      const p = PUNCTUATOR.exec(text)?.[0];
      kind = p ? 'punct' : 'other';
      end = i + (p ? p.length : 1);
    }
    out.push({ kind, text: text.slice(i, end), loc: { file, line, column: col }, spaceBefore: space });
    col += end - i;
    i = end;
    space = false;
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
