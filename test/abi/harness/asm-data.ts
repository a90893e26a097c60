// Reads the bytes of the probe objects straight out of the compiler's assembly: the label starts an object and
// the data directives that follow spell its bytes (little-endian on all five targets).

import type { Toolchain } from './toolchains.ts';

const LABEL = /^([A-Za-z_][\w.$]*):/;

function pushInt(bytes: number[], value: bigint, size: number): void {
  let v = BigInt.asUintN(size * 8, value);
  for (let i = 0; i < size; i++) {
    bytes.push(Number(v & 0xffn));
    v >>= 8n;
  }
}

function parseIntLiteral(s: string): bigint | undefined {
  const t = s.trim();
  if (!/^-?(0x[0-9a-fA-F]+|\d+)$/.test(t)) return undefined;
  return t.startsWith('-') ? -BigInt(t.slice(1)) : BigInt(t);
}

function unescapeAscii(lit: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < lit.length; i++) {
    const c = lit[i];
    if (c !== '\\') {
      out.push(c.charCodeAt(0));
      continue;
    }
    const n = lit[++i];
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, '\\': 92, '"': 34 };
    if (n in simple) out.push(simple[n]);
    else if (/[0-7]/.test(n)) {
      const oct = lit.slice(i, i + 3).match(/^[0-7]{1,3}/)![0];
      out.push(parseInt(oct, 8));
      i += oct.length - 1;
    } else out.push(n.charCodeAt(0));
  }
  return out;
}

/** Appends the bytes of one directive; false when the line is not data (the object has ended). */
function readDirective(line: string, tc: Toolchain, bytes: number[]): boolean {
  const m = line.match(/^\s*(\.\w+)\s*(.*)$/);
  if (!m) return false;
  const dir = m[1];
  // Strings may contain the comment characters, so only non-string arguments lose a trailing comment.
  const arg = dir.startsWith('.asci') || dir === '.string' ? m[2].trim() : m[2].replace(/\s*[#@].*$/, '').trim();
  const size = tc.directiveSizes[dir];
  if (size !== undefined) {
    for (const part of arg.split(',')) {
      const v = parseIntLiteral(part);
      if (v === undefined) throw new Error(`unreadable ${dir} argument "${part}"`);
      pushInt(bytes, v, size);
    }
    return true;
  }
  if (tc.zeroFill.includes(dir)) {
    const n = Number(parseIntLiteral(arg.split(',')[0]) ?? 0n);
    for (let i = 0; i < n; i++) bytes.push(0);
    return true;
  }
  if (dir === '.ascii' || dir === '.string' || dir === '.asciz') {
    const lit = arg.match(/^"((?:[^"\\]|\\.)*)"/);
    if (!lit) throw new Error(`unreadable ${dir} argument ${arg}`);
    bytes.push(...unescapeAscii(lit[1]));
    if (dir !== '.ascii') bytes.push(0);
    return true;
  }
  return false;
}

/** Every object whose label starts with `prefix`, as its bytes. */
export function readAsmObjects(asm: string, tc: Toolchain, prefix: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let current: string | undefined;
  let bytes: number[] = [];
  const flush = () => {
    if (current !== undefined) out.set(current, Uint8Array.from(bytes));
    current = undefined;
    bytes = [];
  };
  for (const line of asm.split('\n')) {
    const label = line.match(LABEL);
    if (label) {
      flush();
      if (label[1].startsWith(prefix)) current = label[1];
      continue;
    }
    if (current === undefined) continue;
    if (!readDirective(line, tc, bytes)) flush();
  }
  flush();
  return out;
}

/** Little-endian unsigned 64-bit words. */
export function words64(bytes: Uint8Array): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i + 8 <= bytes.length; i += 8) {
    let v = 0n;
    for (let j = 7; j >= 0; j--) v = (v << 8n) | BigInt(bytes[i + j]);
    out.push(v);
  }
  return out;
}
