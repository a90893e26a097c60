// Mutations of real headers for the fuzz gate, at token and byte level. Each takes the text and a random
// source and returns the mutated text (plus extra files for include cycles); all are deterministic per seed.

/** mulberry32: small, fast, and the same sequence on every machine for one seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];

/** Tokens with the whitespace between them kept as tokens, so joining gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\s+|[A-Za-z_]\w*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\*|\*\/|\/\/|[^\s]/g) ?? [];
}

function nonSpace(ts: string[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < ts.length; k++) if (!/^\s/.test(ts[k])) out.push(k);
  return out;
}

function atRandomLine(text: string, r: Rand, insert: string): string {
  const lines = text.split('\n');
  lines.splice(int(r, lines.length + 1), 0, insert);
  return lines.join('\n');
}

function atRandomOffset(text: string, r: Rand, insert: string): string {
  const at = int(r, text.length + 1);
  return text.slice(0, at) + insert + text.slice(at);
}

export interface Mutated {
  text: string;
  /** Other files the mutated header may include (name → content), for include cycles. */
  extra?: Record<string, string>;
}

export interface Mutator {
  name: string;
  apply(text: string, r: Rand, self: string): Mutated;
}

const HUGE_NUMBERS = ['1 << 1000000000000', '99999999999999999999999999999999', '0x' + 'f'.repeat(40), '-9223372036854775808', '1ULL << 64', '0b' + '1'.repeat(80), '18446744073709551616', '1e999'];

export const MUTATORS: readonly Mutator[] = [
  {
    name: 'delete-token',
    apply: (text, r) => {
      const ts = tokens(text);
      const idx = nonSpace(ts);
      for (let n = 1 + int(r, 3); n > 0 && idx.length > 0; n--) ts[pick(r, idx)] = '';
      return { text: ts.join('') };
    },
  },
  {
    name: 'duplicate-token',
    apply: (text, r) => {
      const ts = tokens(text);
      const idx = nonSpace(ts);
      if (idx.length > 0) {
        const k = pick(r, idx);
        ts[k] = `${ts[k]} ${ts[k]}`.repeat(1 + int(r, 3));
      }
      return { text: ts.join('') };
    },
  },
  {
    name: 'swap-tokens',
    apply: (text, r) => {
      const ts = tokens(text);
      const idx = nonSpace(ts);
      if (idx.length > 1) {
        const a = pick(r, idx);
        const b = r() < 0.5 ? idx[Math.min(idx.indexOf(a) + 1, idx.length - 1)] : pick(r, idx);
        [ts[a], ts[b]] = [ts[b], ts[a]];
      }
      return { text: ts.join('') };
    },
  },
  {
    name: 'huge-number',
    apply: (text, r) => {
      const ts = tokens(text);
      const nums = ts.flatMap((t, k) => (/^\d/.test(t) ? [k] : []));
      const value = r() < 0.2 ? '9'.repeat(10_000 + int(r, 100_000)) : pick(r, HUGE_NUMBERS);
      if (nums.length > 0 && r() < 0.7) ts[pick(r, nums)] = value;
      else return { text: atRandomLine(text, r, `#if ${value}\n#endif\n#define FUZZ_HUGE (${value})`) };
      return { text: ts.join('') };
    },
  },
  {
    name: 'deep-nesting',
    apply: (text, r) => {
      const n = pick(r, [100, 255, 257, 1000, 3000]);
      const forms = [
        `#define FUZZ_DEEP ${'('.repeat(n)}1${')'.repeat(n)}`,
        `#if ${'('.repeat(n)}1${')'.repeat(n)}\n#endif`,
        `struct fuzz_deep { ${'struct { '.repeat(n)}int x; ${'};'.repeat(n)} };`,
        `#define FUZZ_F(x) x\n#define FUZZ_DEEPCALL ${'FUZZ_F('.repeat(n)}1${')'.repeat(n)}`,
        `#if ${'!'.repeat(n)}1\n#endif`,
        `#define FUZZ_TERN ${'0 ? 1 : '.repeat(n)}2`,
      ];
      return { text: atRandomLine(text, r, pick(r, forms)) };
    },
  },
  { name: 'unterminated-comment', apply: (text, r) => ({ text: atRandomOffset(text, r, '/*') }) },
  { name: 'unterminated-string', apply: (text, r) => ({ text: atRandomOffset(text, r, pick(r, ['"', "'", 'L"', "u8'", '#include "'])) }) },
  { name: 'nul', apply: (text, r) => ({ text: atRandomOffset(text, r, '\0'.repeat(1 + int(r, 3))) }) },
  {
    name: 'invalid-utf8',
    // What the disk read makes of invalid bytes (U+FFFD), and lone surrogates a broken decoder could leave.
    apply: (text, r) => ({ text: atRandomOffset(text, r, pick(r, ['\ufffd', '\ud800', '\udfff', '\ufffd\ufffd\ufffd', 'caf\u00e9', '\u200b'])) }),
  },
  {
    name: 'crlf',
    apply: (text, r) => ({ text: r() < 0.5 ? text.replace(/\n/g, '\r\n') : r() < 0.5 ? text.replace(/\n/g, '\r') : text.replace(/\\\n/g, '\\\r\n') }),
  },
  {
    name: 'long-line',
    apply: (text, r) => {
      if (r() < 0.5) return { text: text.replace(/\n(?!#)/g, ' ') };
      const n = 5_000 + int(r, 30_000);
      const forms = [`#define FUZZ_LONG ${Array(n).fill('1').join(' + ')}`, `int fuzz_long[] = {${Array(n).fill('1').join(',')}};`, `${Array(n).fill('@').join(' ')}`];
      return { text: atRandomLine(text, r, pick(r, forms)) };
    },
  },
  {
    name: 'macro-cycle',
    apply: (text, r) =>
      ({
        text: atRandomLine(
          text,
          r,
          pick(r, [
            '#define FUZZ_A FUZZ_B\n#define FUZZ_B FUZZ_A\nint fuzz_a = FUZZ_A;',
            '#define FUZZ_S(x) FUZZ_S(x) + 1\n#define FUZZ_T FUZZ_S(FUZZ_T)',
            '#define FUZZ_D0 1\n' + Array.from({ length: 30 }, (_, i) => `#define FUZZ_D${i + 1} FUZZ_D${i} FUZZ_D${i}`).join('\n'),
            '#define FUZZ_C0 0\n' + Array.from({ length: 2000 }, (_, i) => `#define FUZZ_C${i + 1} FUZZ_C${i}-1`).join('\n'),
          ]),
        ),
      }),
  },
  {
    name: 'include-cycle',
    apply: (text, r, self) =>
      r() < 0.5
        ? { text: atRandomLine(text, r, `#include "${self}"`) }
        : { text: atRandomLine(text, r, '#include "fuzz-cycle.h"'), extra: { 'fuzz-cycle.h': `#include "${self}"\nstruct fuzz_cycle { int x; };\n` } },
  },
  {
    name: 'stray-directive',
    apply: (text, r) => ({ text: atRandomLine(text, r, pick(r, ['#if', '#endif', '#else', '#elif', '#define', '#undef', '#include', '#if 1 +', '#pragma pack(1)', '#line 5', '# 12 "x.h"', '#error fuzz', '\\', '#define X(', '_Pragma("'])) }),
  },
  {
    name: 'byte-flip',
    apply: (text, r) => {
      const chars = [...text];
      for (let n = 1 + int(r, 8); n > 0 && chars.length > 0; n--) chars[int(r, chars.length)] = String.fromCharCode(int(r, 128));
      return { text: chars.join('') };
    },
  },
  { name: 'truncate', apply: (text, r) => ({ text: text.slice(0, int(r, text.length)) }) },
];

/** 1–3 mutations in a row; the names say what was done, for the failure report. */
export function mutate(text: string, r: Rand, self: string): Mutated & { applied: string[] } {
  let out: Mutated = { text };
  const applied: string[] = [];
  for (let n = 1 + int(r, 3); n > 0; n--) {
    const m = pick(r, MUTATORS);
    const next = m.apply(out.text, r, self);
    out = { text: next.text, extra: { ...out.extra, ...next.extra } };
    applied.push(m.name);
  }
  return { ...out, applied };
}
