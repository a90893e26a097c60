// Trace output of the oracle's runner: ` key="..."` strings with \" \\ and \xHH escapes.

export function quote(bytes: Uint8Array): string {
  let s = '"';
  for (const c of bytes) {
    if (c === 0x22 || c === 0x5c) s += '\\' + String.fromCharCode(c);
    else if (c < 0x20 || c > 0x7e) s += '\\x' + c.toString(16).padStart(2, '0');
    else s += String.fromCharCode(c);
  }
  return s + '"';
}

const enc = new TextEncoder();

export function quoteText(s: string): string {
  return quote(enc.encode(s));
}
