// A process's mappings: placed top-down in the first gap from the top that fits (Linux's
// unmapped_area_topdown), so consecutive mappings are adjacent as they are on the real kernel and
// an access just past one mapping lands in its neighbour. Accesses resolve to a mapping or fault.

import { PAGE_SHIFT, PAGE_SIZE } from './vma-manager.ts';
import type { KFile } from './vfs.ts';
import { PROT_WRITE } from './vfs.ts';

export const MMAP_BASE = 0x7f0000000000n;
export const MMAP_MIN = 0x10000n;

export interface Mapping {
  readonly start: bigint;
  /** page-rounded length */
  readonly length: bigint;
  readonly prot: number;
  /** the memory the pages show; shorter than `length` when the object is smaller (SIGBUS) */
  readonly bytes: Uint8Array;
  readonly file: KFile;
  readonly close: () => void;
  /** vm_private_data: the GEM object behind the mapping */
  readonly object?: unknown;
}

export type Access = { ok: true } | { ok: false; signal: 'SIGSEGV' | 'SIGBUS' };

export class AddressSpace {
  /** by start address, highest first (the order the top-down search walks) */
  private maps: Mapping[] = [];

  /** The highest page-aligned start below MMAP_BASE where `length` bytes fit, or null (ENOMEM). */
  findGap(length: bigint): bigint | null {
    let top = MMAP_BASE;
    for (const m of this.maps) {
      const end = m.start + m.length;
      if (end <= top && top - end >= length) return top - length;
      if (m.start < top) top = m.start;
    }
    return top - MMAP_MIN >= length ? top - length : null;
  }

  /** Index of the first mapping whose start is ≤ addr (maps are highest first). */
  private indexAtOrBelow(addr: bigint): number {
    let lo = 0;
    let hi = this.maps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.maps[mid].start > addr) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(m: Mapping): void {
    this.maps.splice(this.indexAtOrBelow(m.start), 0, m);
  }

  remove(m: Mapping): boolean {
    let i = this.indexAtOrBelow(m.start);
    while (i < this.maps.length && this.maps[i].start === m.start && this.maps[i] !== m) i++;
    if (this.maps[i] !== m) return false;
    this.maps.splice(i, 1);
    return true;
  }

  get all(): readonly Mapping[] {
    return this.maps;
  }

  private find(addr: bigint): Mapping | undefined {
    const m = this.maps[this.indexAtOrBelow(addr)];
    return m && addr < m.start + m.length ? m : undefined;
  }

  /** Stores bytes one at a time as a CPU would; stops at the first fault. */
  write(addr: bigint, data: Uint8Array): Access {
    let m: Mapping | undefined;
    for (let i = 0; i < data.length; i++) {
      const a = addr + BigInt(i);
      if (!m || a >= m.start + m.length) m = this.find(a);
      if (!m || !(m.prot & PROT_WRITE)) return { ok: false, signal: 'SIGSEGV' };
      const off = Number(a - m.start);
      if (off >= m.bytes.length) return { ok: false, signal: 'SIGBUS' };
      m.bytes[off] = data[i];
    }
    return { ok: true };
  }

  /** Loads `out.length` bytes; on x86 every mapping we create is readable. */
  read(addr: bigint, out: Uint8Array): Access {
    let m: Mapping | undefined;
    for (let i = 0; i < out.length; i++) {
      const a = addr + BigInt(i);
      if (!m || a >= m.start + m.length) m = this.find(a);
      if (!m || m.prot === 0) return { ok: false, signal: 'SIGSEGV' };
      const off = Number(a - m.start);
      if (off >= m.bytes.length) return { ok: false, signal: 'SIGBUS' };
      out[i] = m.bytes[off];
    }
    return { ok: true };
  }
}

export function pageAlign(len: bigint): bigint {
  return (len + BigInt(PAGE_SIZE - 1)) & ~BigInt(PAGE_SIZE - 1);
}

export function pages(len: bigint): number {
  return Number(len >> BigInt(PAGE_SHIFT));
}
