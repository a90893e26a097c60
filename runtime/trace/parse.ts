// Script syntax of the kernel oracle's runner: '#' comments, whitespace tokens (at most 32),
// numbers in decimal or 0x-hex (strtoull rules: no sign, no octal, overflow rejected), named caps
// and '|'-joined flag words.

export const MAX_TOKENS = 32;

/** The op lines of a script: each line's tokens, blank and comment-only lines dropped. */
export function tokenize(script: string): string[][] {
  const ops: string[][] = [];
  for (const raw of script.split('\n')) {
    const hash = raw.indexOf('#');
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    const toks = line.split(/[ \t\r\n]+/).filter((t) => t.length > 0).slice(0, MAX_TOKENS);
    if (toks.length) ops.push(toks);
  }
  return ops;
}

const U64_MAX = (1n << 64n) - 1n;

/** parse_u64: a non-negative decimal or 0x-hex number that fits 64 bits, else null. */
export function parseU64(s: string | undefined): bigint | null {
  if (!s || s.startsWith('-') || s.startsWith('+')) return null;
  let v: bigint;
  if (/^0[xX]/.test(s)) {
    if (!/^[0-9a-fA-F]+$/.test(s.slice(2))) return null;
    v = BigInt('0x' + s.slice(2));
  } else {
    if (!/^[0-9]+$/.test(s)) return null;
    v = BigInt(s);
  }
  return v > U64_MAX ? null : v;
}

export type NameTable = ReadonlyArray<readonly [string, bigint]>;

/** parse_named: a case-insensitive name from `table`, else a number. */
export function parseNamed(s: string, table: NameTable): bigint | null {
  const hit = table.find(([name]) => name.toLowerCase() === s.toLowerCase());
  return hit ? hit[1] : parseU64(s);
}

export const CAPS: NameTable = [
  ['DUMB_BUFFER', 0x1n], ['VBLANK_HIGH_CRTC', 0x2n], ['DUMB_PREFERRED_DEPTH', 0x3n],
  ['DUMB_PREFER_SHADOW', 0x4n], ['PRIME', 0x5n], ['TIMESTAMP_MONOTONIC', 0x6n],
  ['ASYNC_PAGE_FLIP', 0x7n], ['CURSOR_WIDTH', 0x8n], ['CURSOR_HEIGHT', 0x9n],
  ['ADDFB2_MODIFIERS', 0x10n], ['PAGE_FLIP_TARGET', 0x11n], ['CRTC_IN_VBLANK_EVENT', 0x12n],
  ['SYNCOBJ', 0x13n], ['SYNCOBJ_TIMELINE', 0x14n],
];

export const CLIENT_CAPS: NameTable = [
  ['STEREO_3D', 1n], ['UNIVERSAL_PLANES', 2n], ['ATOMIC', 3n], ['ASPECT_RATIO', 4n], ['WRITEBACK_CONNECTORS', 5n],
];

const FLAG_WORDS: NameTable = [['0', 0n], ['rdwr', 2n], ['cloexec', 0o2000000n], ['write', 1n]];

/** parse_flags: words and numbers joined with '|' (empty pieces are skipped), OR-ed. */
export function parseFlags(s: string): bigint | null {
  let v = 0n;
  for (const piece of s.slice(0, 127).split('|')) {
    if (!piece) continue;
    const x = parseNamed(piece, FLAG_WORDS);
    if (x === null) return null;
    v |= x;
  }
  return v;
}
