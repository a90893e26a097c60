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
  private maps: Mapping[] = [];

  /** The highest page-aligned start below MMAP_BASE where `length` bytes fit, or null (ENOMEM). */
  findGap(length: bigint): bigint | null {
    let top = MMAP_BASE;
    const sorted = [...this.maps].sort((a, b) => (a.start > b.start ? -1 : 1));
    for (const m of sorted) {
      const end = m.start + m.length;
      if (end <= top && top - end >= length) return top - length;
      if (m.start < top) top = m.start;
    }
    return top - MMAP_MIN >= length ? top - length : null;
  }

  insert(m: Mapping): void {
    this.maps.push(m);
  }

  remove(m: Mapping): boolean {
    const i = this.maps.indexOf(m);
    if (i < 0) return false;
    this.maps.splice(i, 1);
    return true;
  }

  get all(): readonly Mapping[] {
    return this.maps;
  }

  private find(addr: bigint): Mapping | undefined {
    return this.maps.find((m) => addr >= m.start && addr < m.start + m.length);
  }

  /** Stores bytes one at a time as a CPU would; stops at the first fault. */
  write(addr: bigint, data: Uint8Array): Access {
    for (let i = 0; i < data.length; i++) {
      const a = addr + BigInt(i);
      const m = this.find(a);
      if (!m || !(m.prot & PROT_WRITE)) return { ok: false, signal: 'SIGSEGV' };
      const off = Number(a - m.start);
      if (off >= m.bytes.length) return { ok: false, signal: 'SIGBUS' };
      m.bytes[off] = data[i];
    }
    return { ok: true };
  }

  /** Loads `out.length` bytes; on x86 every mapping we create is readable. */
  read(addr: bigint, out: Uint8Array): Access {
    for (let i = 0; i < out.length; i++) {
      const a = addr + BigInt(i);
      const m = this.find(a);
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
