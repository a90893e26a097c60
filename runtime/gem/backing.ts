// The shmem backing store of a GEM object. Pages are allocated lazily, as shmem does: an object
// of 4 GiB that is never mapped costs nothing. The first mapping allocates one ArrayBuffer for the
// whole object, and every mapping (DRM fd, dma-buf) is a Uint8Array over that same memory.

import { ENOMEM } from '../errno.ts';

/** Largest object whose pages we are willing to materialise (ArrayBuffer limits). */
export const MAX_BACKED_BYTES = 1 << 30;

/** Where pages come from. A host may put them in memory other processes share (the preload shim's server does). */
export type PageAllocator = (size: number) => ArrayBuffer;
let allocatePages: PageAllocator = (size) => new ArrayBuffer(size);

/** Replaces the page allocator for every object materialised from now on. */
export function usePageAllocator(allocate: PageAllocator): void {
  allocatePages = allocate;
}

export class Backing {
  private buffer: ArrayBuffer | null = null;
  constructor(readonly size: number) {}

  get materialised(): boolean {
    return this.buffer !== null;
  }

  /** The bytes [offset, offset+length) as a view on the shared memory, or -ENOMEM. */
  view(offset: number, length: number): Uint8Array | number {
    if (!this.buffer) {
      if (this.size > MAX_BACKED_BYTES) return -ENOMEM;
      try {
        this.buffer = allocatePages(this.size);
      } catch {
        return -ENOMEM;
      }
    }
    return new Uint8Array(this.buffer, offset, Math.min(length, this.size - offset));
  }
}
