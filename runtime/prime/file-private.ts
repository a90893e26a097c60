// struct drm_prime_file_private: the per-file set of (dma_buf, handle) pairs, looked up both
// ways; every entry holds a dma-buf reference. Models drm_prime_add_buf_handle,
// drm_prime_lookup_buf_by_handle, drm_prime_lookup_buf_handle, drm_prime_remove_buf_handle.

import type { DrmFile } from '../drm-file.ts';
import type { DmaBuf } from './dma-buf.ts';
import { dma_buf_put, get_dma_buf } from './dma-buf.ts';

export class PrimeFilePrivate {
  private readonly byHandle = new Map<number, DmaBuf>();
  private readonly byBuf = new Map<DmaBuf, number>();
  constructor(readonly file: DrmFile) {}

  add(buf: DmaBuf, handle: number): void {
    get_dma_buf(buf);
    this.byHandle.set(handle, buf);
    this.byBuf.set(buf, handle);
  }

  bufByHandle(handle: number): DmaBuf | undefined {
    return this.byHandle.get(handle);
  }

  handleByBuf(buf: DmaBuf): number | undefined {
    return this.byBuf.get(buf);
  }

  removeBufHandle(handle: number): void {
    const buf = this.byHandle.get(handle);
    if (!buf) return;
    this.byHandle.delete(handle);
    if (this.byBuf.get(buf) === handle) this.byBuf.delete(buf);
    dma_buf_put(buf);
  }

  get size(): number {
    return this.byHandle.size;
  }

  /** Models drm_prime_destroy_file_private: the cache must already be empty. */
  destroy(): void {
    if (this.byHandle.size !== 0) {
      this.file.dev.heap.misuse.report('prime-cache-not-empty', 'prime cache not empty at file close');
    }
  }
}
