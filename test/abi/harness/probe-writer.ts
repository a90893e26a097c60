// Writes the C probe file for one unit: one line per question (a record's size and alignment, a field's offset
// and size, a bitfield's bits, a constant's value), so a compiler error on a line names the question it spoils.

export interface ProbeRecordRequest {
  /** `struct NAME` / `union NAME`, spelled as C spells the type. */
  name: string;
  fields: { path: string; bitfield: boolean }[];
}

export interface ProbeRequest {
  /** Absolute paths, included in this order. */
  headers: string[];
  records: ProbeRecordRequest[];
  constants: string[];
}

export type Probe =
  | { kind: 'record'; symbol: string; line: number; record: string }
  | { kind: 'field'; symbol: string; line: number; record: string; path: string }
  /** Apart from the offset: sizeof a flexible array member is an error, and C gives it no size. */
  | { kind: 'field-size'; symbol: string; line: number; record: string; path: string }
  | { kind: 'bitfield'; symbol: string; line: number; record: string; path: string }
  | { kind: 'constant'; symbol: string; line: number; name: string };

export interface ProbeFile {
  /** probe.c; it includes PROBE_HELPERS_NAME first. */
  source: string;
  probes: Probe[];
}

export const PROBE_HELPERS_NAME = 'tsb-probe.h';
export const SYMBOL_PREFIX = 'tsb_';

/**
 * Kept in a header of its own so that a diagnostic inside these macros points outside probe.c and the probe line is
 * found from the expansion notes. `__builtin_choose_expr` keeps a non-integer (string, float, pointer) from being
 * evaluated, and the signedness flag tells how to read the 64-bit word back.
 */
export const PROBE_HELPERS = `#ifndef TSB_PROBE_H
#define TSB_PROBE_H
#ifdef __SIZEOF_INT128__
#define TSB_INT128_ 1, __int128: 1, unsigned __int128: 1
#else
#define TSB_INT128_ 1
#endif
#define TSB_IS_INT(x) _Generic((x), _Bool: 1, char: 1, signed char: 1, unsigned char: 1, short: 1, \\
  unsigned short: 1, int: 1, unsigned int: 1, long: 1, unsigned long: 1, long long: 1, unsigned long long: TSB_INT128_, \\
  default: 0)
#define TSB_INT_OR_0(x) __builtin_choose_expr(TSB_IS_INT(x), (x), 0)
#define TSB_CONSTANT(sym, x) const unsigned long long sym[3] = \\
  { (unsigned long long)TSB_INT_OR_0(x), TSB_IS_INT(x), TSB_INT_OR_0(x) < 0 }
#define TSB_RECORD(sym, T) const unsigned long long sym[2] = { sizeof(T), _Alignof(T) }
#define TSB_FIELD(sym, T, path) const unsigned long long sym[2] = \\
  { __builtin_offsetof(T, path), __alignof__(((T *)0)->path) }
#define TSB_FIELD_SIZE(sym, T, path) const unsigned long long sym[1] = { sizeof(((T *)0)->path) }
#define TSB_BITFIELD(sym, T, path) const T sym = { .path = -1 }
#endif
`;

/** Appends a line and returns its 1-based number. */
function lineWriter(lines: string[]) {
  return (text: string) => {
    lines.push(text);
    return lines.length;
  };
}

export function writeProbeFile(req: ProbeRequest): ProbeFile {
  const lines: string[] = [];
  const add = lineWriter(lines);
  const probes: Probe[] = [];
  add(`#include "${PROBE_HELPERS_NAME}"`);
  for (const h of req.headers) add(`#include "${h}"`);
  let n = 0;
  const sym = () => `${SYMBOL_PREFIX}${n++}`;
  for (const r of req.records) {
    const s = sym();
    probes.push({ kind: 'record', symbol: s, record: r.name, line: add(`TSB_RECORD(${s}, ${r.name});`) });
    for (const f of r.fields) {
      const fs = sym();
      if (f.bitfield)
        probes.push({ kind: 'bitfield', symbol: fs, record: r.name, path: f.path, line: add(`TSB_BITFIELD(${fs}, ${r.name}, ${f.path});`) });
      else {
        probes.push({ kind: 'field', symbol: fs, record: r.name, path: f.path, line: add(`TSB_FIELD(${fs}, ${r.name}, ${f.path});`) });
        const ss = sym();
        probes.push({ kind: 'field-size', symbol: ss, record: r.name, path: f.path, line: add(`TSB_FIELD_SIZE(${ss}, ${r.name}, ${f.path});`) });
      }
    }
  }
  for (const c of req.constants) {
    const s = sym();
    probes.push({ kind: 'constant', symbol: s, name: c, line: add(`TSB_CONSTANT(${s}, ${c});`) });
  }
  return { source: `${lines.join('\n')}\n`, probes };
}
