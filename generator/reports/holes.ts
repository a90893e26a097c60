// `tsbindgen holes`: what pahole shows without debug info — padding per record with byte ranges, and what
// ordering the members by alignment would save.
//
// Model (over the dump's top-level members: paths without a dot, so members of anonymous records count as the
// record's own, as C names them): a byte is used when a member covers it; a byte some bitfield touches but not
// every bit of which is used has a bit hole; unused bytes before the last used byte are a hole, after it the tail
// padding. Reordering treats each group of overlapping members (an anonymous union, a run of bitfields sharing
// bytes) as one block, keeps zero-sized blocks (flexible arrays) last, and sorts the rest by alignment, largest first.

import type { FieldDump, LayoutDump, RecordDump } from '../dump/types.ts';

export type Gap =
  | { kind: 'hole' | 'tail'; start: number; end: number; after?: string }
  | { kind: 'bits'; startBit: number; endBit: number; after?: string };

export interface RecordHoles {
  name: string;
  kind: 'struct' | 'union';
  size: number;
  align: number;
  members: number;
  gaps: Gap[];
  holeBytes: number;
  tailBytes: number;
  bitHoleBits: number;
  /** Size after reordering by alignment; equal to size when nothing is gained. */
  reorderedSize: number;
  saving: number;
}

export interface HolesReport {
  target: string;
  records: RecordHoles[];
}

type FieldWithAlign = FieldDump & { align?: number };

function pow2Dividing(n: number): number {
  return n === 0 ? Infinity : n & -n;
}

/** The dump carries no member alignment yet: infer the largest the member's size, its offset and the record allow. */
export function memberAlign(f: FieldWithAlign, record: RecordDump): number {
  if (f.align !== undefined) return f.align;
  const bySize = pow2Dividing(f.size);
  const byOffset = f.bitWidth !== undefined ? Infinity : pow2Dividing(f.offset);
  return Math.max(1, Math.min(record.align, bySize, byOffset));
}

function topLevel(r: RecordDump): FieldWithAlign[] {
  return r.fields.filter((f) => !f.path.includes('.'));
}

/** Bit ranges [start, end) each member occupies, in bits from the record's start. */
function bitRange(f: FieldDump): [number, number] {
  if (f.bitWidth !== undefined) return [f.bitOffset!, f.bitOffset! + f.bitWidth];
  return [f.offset * 8, (f.offset + f.size) * 8];
}

function findGaps(r: RecordDump, members: FieldDump[]): Gap[] {
  const used = new Uint8Array(r.size * 8);
  const owner: (string | undefined)[] = new Array(r.size * 8);
  for (const f of members) {
    const [s, e] = bitRange(f);
    for (let b = s; b < Math.min(e, used.length); b++) {
      used[b] = 1;
      owner[b] = f.path;
    }
  }
  let lastUsedByte = -1;
  for (let b = used.length - 1; b >= 0; b--)
    if (used[b]) {
      lastUsedByte = b >> 3;
      break;
    }
  const gaps: Gap[] = [];
  let lastOwner: string | undefined;
  let byte = 0;
  while (byte < r.size) {
    const bits = used.subarray(byte * 8, byte * 8 + 8);
    const count = bits.reduce((a, x) => a + x, 0);
    if (count === 0) {
      let end = byte;
      while (end < r.size && used.subarray(end * 8, end * 8 + 8).every((x) => x === 0)) end++;
      gaps.push({ kind: byte > lastUsedByte ? 'tail' : 'hole', start: byte, end, after: lastOwner });
      byte = end;
      continue;
    }
    // A partly used byte: every run of unused bits in it is a bit hole.
    for (let b = byte * 8; b < byte * 8 + 8; ) {
      if (used[b]) {
        lastOwner = owner[b];
        b++;
        continue;
      }
      let e = b;
      while (e < byte * 8 + 8 && !used[e]) e++;
      gaps.push({ kind: 'bits', startBit: b, endBit: e, after: lastOwner });
      b = e;
    }
    byte++;
  }
  return gaps;
}

interface Block {
  start: number;
  end: number;
  align: number;
}

/** Groups members whose byte ranges overlap (anonymous unions, bitfields sharing bytes) into blocks. */
function blocks(r: RecordDump, members: FieldWithAlign[]): Block[] {
  const spans = members
    .map((f) => {
      const [s, e] = bitRange(f);
      return { start: Math.floor(s / 8), end: Math.ceil(e / 8), align: memberAlign(f, r) };
    })
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Block[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.align = Math.max(last.align, s.align);
    } else out.push({ ...s });
  }
  return out;
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

export function reorderedSize(r: RecordDump): number {
  if (r.kind === 'union') return r.size;
  const bs = blocks(r, topLevel(r));
  const sized = bs.filter((b) => b.end > b.start).sort((x, y) => y.align - x.align);
  let off = 0;
  for (const b of sized) off = alignUp(off, b.align) + (b.end - b.start);
  for (const b of bs.filter((x) => x.end === x.start)) off = alignUp(off, b.align);
  return Math.min(r.size, alignUp(off, r.align));
}

export function recordHoles(name: string, r: RecordDump): RecordHoles {
  const members = topLevel(r);
  const gaps = findGaps(r, members);
  const sum = (k: Gap['kind']) =>
    gaps.filter((g) => g.kind === k).reduce((a, g) => a + (g.kind === 'bits' ? g.endBit - g.startBit : g.end - g.start), 0);
  const reordered = reorderedSize(r);
  return {
    name,
    kind: r.kind,
    size: r.size,
    align: r.align,
    members: members.length,
    gaps,
    holeBytes: sum('hole'),
    tailBytes: sum('tail'),
    bitHoleBits: sum('bits'),
    reorderedSize: reordered,
    saving: r.size - reordered,
  };
}

export function holes(dump: LayoutDump): HolesReport {
  return {
    target: dump.target,
    records: Object.keys(dump.records)
      .sort()
      .map((n) => recordHoles(n, dump.records[n])),
  };
}

function gapLine(g: Gap): string {
  const after = g.after ? ` after ${g.after}` : '';
  if (g.kind === 'bits') {
    const n = g.endBit - g.startBit;
    return `  bits [${g.startBit}, ${g.endBit})  bit hole, ${n} bit${n === 1 ? '' : 's'}${after}`;
  }
  const n = g.end - g.start;
  return `  [${g.start}, ${g.end})  ${g.kind === 'tail' ? 'tail padding' : 'hole'}, ${n} byte${n === 1 ? '' : 's'}${after}`;
}

/** Records without any padding are counted but not listed. */
export function formatHoles(r: HolesReport): string {
  const padded = r.records.filter((h) => h.gaps.length > 0);
  const total = padded.reduce((a, h) => a + h.holeBytes + h.tailBytes, 0);
  const saving = r.records.reduce((a, h) => a + h.saving, 0);
  const lines = [
    `holes on ${r.target}: ${r.records.length} records, ${padded.length} with padding, ${total} padding bytes, ` +
      `${saving} bytes saved by reordering`,
  ];
  for (const h of padded) {
    lines.push('');
    const save = h.saving > 0 ? `; reordering saves ${h.saving} (size ${h.reorderedSize})` : '';
    lines.push(
      `${h.name}: size ${h.size}, align ${h.align}, ${h.members} members; ` +
        `holes ${h.holeBytes}, tail ${h.tailBytes}, bit holes ${h.bitHoleBits}${save}`,
    );
    for (const g of h.gaps) lines.push(gapLine(g));
  }
  return `${lines.join('\n')}\n`;
}
