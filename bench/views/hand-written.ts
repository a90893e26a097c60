// The baseline: what a careful person writes by hand against a DataView, with the offsets gcc gives for
// x86_64 (checked with `gcc -S` on offsetof() over /usr/include/libdrm/drm.h and drm_mode.h):
//   drm_mode_create_dumb: height 0, width 4, bpp 8, flags 12, handle 16, pitch 20, size 24 (u64); SIZE 32
//   drm_version: version_major 0, version_minor 4, version_patchlevel 8 (int), name_len 16, name 24,
//                date_len 32, date 40, desc_len 48, desc 56 (size_t / pointers, 64-bit); SIZE 64
//   drm_gem_open: name 0, handle 4 (u32), size 8 (u64); SIZE 16
// Each loop writes every field, reads every field back and folds the reads into a checksum the caller
// compares with the generated views' loop, so neither side can be optimised away or touch other bytes.

import { BIG, BIG_MASK, NAMES } from './values.ts';

export function createDumbHand(dv: DataView, o: number, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const big = BIG[i & BIG_MASK];
    dv.setUint32(o, i, true);
    dv.setUint32(o + 4, i + 1, true);
    dv.setUint32(o + 8, 32, true);
    dv.setUint32(o + 12, i & 7, true);
    dv.setUint32(o + 16, i + 2, true);
    dv.setUint32(o + 20, i + 3, true);
    dv.setBigUint64(o + 24, big, true);
    acc += dv.getUint32(o, true) + dv.getUint32(o + 4, true) + dv.getUint32(o + 8, true);
    acc += dv.getUint32(o + 12, true) + dv.getUint32(o + 16, true) + dv.getUint32(o + 20, true);
    if (dv.getBigUint64(o + 24, true) === big) acc++;
    acc |= 0;
  }
  return acc;
}

/** A literal copy of createDumbHand, for the A/A control: two identical loops must time the same. */
export function createDumbHandTwin(dv: DataView, o: number, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const big = BIG[i & BIG_MASK];
    dv.setUint32(o, i, true);
    dv.setUint32(o + 4, i + 1, true);
    dv.setUint32(o + 8, 32, true);
    dv.setUint32(o + 12, i & 7, true);
    dv.setUint32(o + 16, i + 2, true);
    dv.setUint32(o + 20, i + 3, true);
    dv.setBigUint64(o + 24, big, true);
    acc += dv.getUint32(o, true) + dv.getUint32(o + 4, true) + dv.getUint32(o + 8, true);
    acc += dv.getUint32(o + 12, true) + dv.getUint32(o + 16, true) + dv.getUint32(o + 20, true);
    if (dv.getBigUint64(o + 24, true) === big) acc++;
    acc |= 0;
  }
  return acc;
}

export function versionHand(dv: DataView, o: number, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const big = BIG[i & BIG_MASK];
    dv.setInt32(o, i, true);
    dv.setInt32(o + 4, -i, true);
    dv.setInt32(o + 8, i & 255, true);
    dv.setBigUint64(o + 16, big, true);
    dv.setBigUint64(o + 24, big, true);
    dv.setBigUint64(o + 32, big, true);
    dv.setBigUint64(o + 40, big, true);
    dv.setBigUint64(o + 48, big, true);
    dv.setBigUint64(o + 56, big, true);
    acc += dv.getInt32(o, true) + dv.getInt32(o + 4, true) + dv.getInt32(o + 8, true);
    if (dv.getBigUint64(o + 16, true) === big) acc++;
    if (dv.getBigUint64(o + 24, true) === big) acc++;
    if (dv.getBigUint64(o + 32, true) === big) acc++;
    if (dv.getBigUint64(o + 40, true) === big) acc++;
    if (dv.getBigUint64(o + 48, true) === big) acc++;
    if (dv.getBigUint64(o + 56, true) === big) acc++;
    acc |= 0;
  }
  return acc;
}

export function gemOpenHand(dv: DataView, o: number, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const big = BIG[i & BIG_MASK];
    dv.setUint32(o, i, true);
    dv.setUint32(o + 4, i + 1, true);
    dv.setBigUint64(o + 8, big, true);
    acc += dv.getUint32(o, true) + dv.getUint32(o + 4, true);
    if (dv.getBigUint64(o + 8, true) === big) acc++;
    acc |= 0;
  }
  return acc;
}

/** An ioctl's life: wrap the caller's argument bytes, read the request fields, write the answers. */
export function createDumbWrapHand(bytes: Uint8Array, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const height = dv.getUint32(0, true);
    const width = dv.getUint32(4, true);
    const bpp = dv.getUint32(8, true);
    const pitch = (width * ((bpp + 7) >>> 3) + 63) & ~63;
    dv.setUint32(16, i, true);
    dv.setUint32(20, pitch, true);
    dv.setBigUint64(24, BIG[i & BIG_MASK], true);
    acc = (acc + height + pitch) | 0;
  }
  return acc;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A char[len] at `at` written as a C string and read back, as one would by hand over the same bytes: encoded
 * into a reused scratch buffer (refusing what does not fit before touching the field), then copied and NUL-filled.
 */
export function stringHand(bytes: Uint8Array, at: number, len: number, n: number): number {
  const field = bytes.subarray(at, at + len);
  const scratch = new Uint8Array(len);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const name = NAMES[i & 7];
    const { read, written } = encoder.encodeInto(name, scratch);
    if (read < name.length || written + 1 > len) throw new RangeError('name too long');
    for (let k = 0; k < written; k++) field[k] = scratch[k];
    field.fill(0, written);
    const end = field.indexOf(0);
    acc += decoder.decode(field.subarray(0, end < 0 ? len : end)).length;
  }
  return acc;
}

/**
 * Following a ring of struct link (x86_64, gcc: next 0, item 8 as 64-bit pointers; struct named's flags at 8)
 * from `start`: per step `l = l->next; acc += l->item->flags;` — two pointer loads and a byte, no allocation.
 */
export function linkWalkHand(dv: DataView, start: number, n: number): number {
  let acc = 0;
  let at = start;
  for (let i = 0; i < n; i++) {
    at = Number(dv.getBigUint64(at, true));
    const item = Number(dv.getBigUint64(at + 8, true));
    acc += dv.getUint8(item + 8);
  }
  return acc;
}
