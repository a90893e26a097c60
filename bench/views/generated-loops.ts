// The same work as hand-written.ts, field for field, through the generated view classes. The interfaces
// name only what the loops use; the real classes come from the generated package at run time.

import { BIG, BIG_MASK, NAMES } from './values.ts';

export interface CreateDumbView {
  height: number;
  width: number;
  bpp: number;
  flags: number;
  handle: number;
  pitch: number;
  size: bigint;
}

export interface VersionView {
  version_major: number;
  version_minor: number;
  version_patchlevel: number;
  name_len: bigint;
  // char * fields: typed pointers (ScalarPtr), set from a raw address, compared by their address.
  get name(): { readonly address: bigint };
  set name(value: bigint);
  date_len: bigint;
  get date(): { readonly address: bigint };
  set date(value: bigint);
  desc_len: bigint;
  get desc(): { readonly address: bigint };
  set desc(value: bigint);
}

export interface GemOpenView {
  name: number;
  handle: number;
  size: bigint;
}

export type ViewCtor<T> = new (buffer: ArrayBuffer | DataView | Uint8Array, byteOffset?: number) => T;

export function createDumbGenerated(v: CreateDumbView, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const big = BIG[i & BIG_MASK];
    v.height = i;
    v.width = i + 1;
    v.bpp = 32;
    v.flags = i & 7;
    v.handle = i + 2;
    v.pitch = i + 3;
    v.size = big;
    acc += v.height + v.width + v.bpp;
    acc += v.flags + v.handle + v.pitch;
    if (v.size === big) acc++;
    acc |= 0;
  }
  return acc;
}

export function versionGenerated(v: VersionView, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const big = BIG[i & BIG_MASK];
    v.version_major = i;
    v.version_minor = -i;
    v.version_patchlevel = i & 255;
    v.name_len = big;
    v.name = big;
    v.date_len = big;
    v.date = big;
    v.desc_len = big;
    v.desc = big;
    acc += v.version_major + v.version_minor + v.version_patchlevel;
    if (v.name_len === big) acc++;
    if (v.name.address === big) acc++;
    if (v.date_len === big) acc++;
    if (v.date.address === big) acc++;
    if (v.desc_len === big) acc++;
    if (v.desc.address === big) acc++;
    acc |= 0;
  }
  return acc;
}

export function gemOpenGenerated(v: GemOpenView, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const big = BIG[i & BIG_MASK];
    v.name = i;
    v.handle = i + 1;
    v.size = big;
    acc += v.name + v.handle;
    if (v.size === big) acc++;
    acc |= 0;
  }
  return acc;
}

export function createDumbWrapGenerated(Ctor: ViewCtor<CreateDumbView>, bytes: Uint8Array, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const v = new Ctor(bytes);
    const height = v.height;
    const width = v.width;
    const bpp = v.bpp;
    const pitch = (width * ((bpp + 7) >>> 3) + 63) & ~63;
    v.handle = i;
    v.pitch = pitch;
    v.size = BIG[i & BIG_MASK];
    acc = (acc + height + pitch) | 0;
  }
  return acc;
}

export interface NamedView {
  get name(): { string: string };
  set name(value: string);
}

export function stringGenerated(v: NamedView, n: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    v.name = NAMES[i & 7];
    acc += v.name.string.length;
  }
  return acc;
}

interface PtrLike<T> {
  deref(memory: ArrayBuffer): T;
}

export interface LinkView {
  readonly next: PtrLike<LinkView>;
  readonly item: PtrLike<{ readonly flags: number }>;
}

export function linkWalkGenerated(first: LinkView, memory: ArrayBuffer, n: number): number {
  let acc = 0;
  let l = first;
  for (let i = 0; i < n; i++) {
    l = l.next.deref(memory);
    acc += l.item.deref(memory).flags;
  }
  return acc;
}
