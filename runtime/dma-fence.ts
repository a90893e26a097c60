// dma_fence records in the kernel heap (refcount, seqno, signalled flag) and the reservation
// objects (dma_resv) that attach them to GEM objects with a read or write usage.
// Models dma_fence_init/get/put/signal and dma_resv_add_fence/test_signaled/fini.

import { DMA_FENCE_FLAG_SIGNALED_BIT as SIGNALED_BIT } from '@tsbindgen/drm-prime';
import { dma_fence } from './views.ts';
import { kref_get, kref_init, kref_put } from './kref.ts';
import type { Heap } from './heap.ts';
import { HEAP_NULL } from './heap.ts';
import type { Clock } from './clock.ts';

const DMA_FENCE_FLAG_SIGNALED_BIT = BigInt(SIGNALED_BIT);

/** A timer that signals the fence when it fires (vgem arms one per fence). */
export interface FenceTimer { readonly clock: Clock; readonly expiresAt: number }

export class DmaFence {
  readonly view: dma_fence;
  constructor(readonly heap: Heap, readonly addr: number, readonly timer: FenceTimer | null = null) {
    this.view = new dma_fence(heap.dataView, addr);
  }

  /** Models dma_fence_init on a fresh kzalloc'd fence; null when the heap is full. */
  static create(heap: Heap, seqno: bigint, timer: FenceTimer | null = null): DmaFence | null {
    const addr = heap.alloc(dma_fence.SIZE, dma_fence.ALIGN);
    if (addr === HEAP_NULL) return null;
    const f = new DmaFence(heap, addr, timer);
    kref_init(f.view.refcount);
    f.view.seqno = seqno;
    f.view.flags = 0n;
    return f;
  }

  /** Signalled explicitly, or its timer has fired (the timer callback would have signalled it). */
  get signaled(): boolean {
    if (this.timer && this.timer.clock.now >= this.timer.expiresAt && this.heap.isLive(this.addr)) this.signal();
    return (this.view.flags & (1n << DMA_FENCE_FLAG_SIGNALED_BIT)) !== 0n;
  }

  /** Models dma_fence_signal: idempotent. */
  signal(): void {
    if (!this.heap.check(this.addr, 'dma_fence_signal')) return;
    this.view.flags |= 1n << DMA_FENCE_FLAG_SIGNALED_BIT;
  }

  get(): void {
    if (this.heap.check(this.addr, 'dma_fence_get')) kref_get(this.view.refcount, this.heap.misuse);
  }

  put(): void {
    if (!this.heap.check(this.addr, 'dma_fence_put')) return;
    kref_put(this.view.refcount, () => this.heap.free(this.addr), this.heap.misuse);
  }
}

export type ResvUsage = 'write' | 'read';
interface ResvEntry { fence: DmaFence; usage: ResvUsage }

/** Models struct dma_resv: each entry holds a fence reference. */
export class DmaResv {
  private entries: ResvEntry[] = [];

  /** Models dma_resv_add_fence: a signalled entry is replaced in place, else appended. */
  add(fence: DmaFence, usage: ResvUsage): void {
    fence.get();
    const i = this.entries.findIndex((e) => e.fence.signaled);
    if (i >= 0) {
      this.entries[i].fence.put();
      this.entries[i] = { fence, usage };
    } else {
      this.entries.push({ fence, usage });
    }
  }

  /**
   * Models dma_resv_test_signaled(resv, usage): with 'read' usage every fence counts, with
   * 'write' usage only write fences.
   */
  testSignaled(usage: ResvUsage): boolean {
    return this.entries.every((e) => e.fence.signaled || (usage === 'write' && e.usage === 'read'));
  }

  /** Models dma_resv_fini: drops every fence reference. */
  fini(): void {
    for (const e of this.entries) e.fence.put();
    this.entries = [];
  }
}
