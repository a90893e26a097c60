// Literal values as tsc's declaration emit prints them when it writes a value into a .d.ts (`declare const
// A = 16;`, `readonly a: 16;`): numbers and bigints in canonical decimal, strings re-escaped in double quotes
// with every non-ASCII character as \uXXXX. Inside a type annotation tsc keeps the source text instead, except
// for bigints, which it always prints in decimal.

import { Unsupported } from './scan.ts';

export function numberText(text: string): string {
  if (text.endsWith('n')) return bigintText(text);
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isFinite(value)) throw new Unsupported(`numeric literal ${text}`, 0);
  return String(value);
}

export function bigintText(text: string): string {
  return `${BigInt(text.slice(0, -1).replace(/_/g, ''))}n`;
}

const SHORT: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The value of a '…' or "…" literal as the scanner took it. */
function stringValue(text: string): string {
  let out = '';
  for (let i = 1; i < text.length - 1; i++) {
    const ch = text[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = text[++i]!;
    if (e in SHORT && !(e === '0' && /[0-9]/.test(text[i + 1] ?? ''))) out += SHORT[e];
    else if (e === 'x') {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e === 'u' && text[i + 1] === '{') {
      const end = text.indexOf('}', i);
      out += String.fromCodePoint(parseInt(text.slice(i + 2, end), 16));
      i = end;
    } else if (e === 'u') {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (e === '\n') continue;
    else if (/[1-9]/.test(e)) throw new Unsupported('an octal escape', 0);
    else out += e;
  }
  return out;
}

const ESCAPES: Record<string, string> = { '\t': '\\t', '\v': '\\v', '\f': '\\f', '\b': '\\b', '\r': '\\r', '\n': '\\n', '\\': '\\\\', '"': '\\"', '\0': '\\0' };

/** `ascii`: as a `declare const`'s initializer, where non-ASCII is escaped too; a literal type keeps it. */
export function stringText(text: string, ascii: boolean): string {
  let out = '"';
  const value = stringValue(text);
  for (let i = 0; i < value.length; ) {
    const ch = String.fromCodePoint(value.codePointAt(i)!);
    const code = ch.codePointAt(0)!;
    i += ch.length;
    // A NUL before a digit cannot be \0 (that would read as an octal escape).
    if (ch === '\0' && /[0-9]/.test(value[i] ?? '')) out += '\\x00';
    else if (ESCAPES[ch] !== undefined) out += ESCAPES[ch];
    else if (code < 0x20 || (ascii && code > 0x7e) || code === 0x2028 || code === 0x2029 || code === 0x85) {
      for (let k = 0; k < ch.length; k++) out += `\\u${ch.charCodeAt(k).toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}
