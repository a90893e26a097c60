// The simulated kernel heap: one ArrayBuffer that holds every kernel object, laid out by the
// (generated) views. Addresses are byte offsets into the buffer; 0 is NULL. Models kmalloc/kfree
// with first-fit placement, alignment, live counters and double-free / use-after-free detection.
// Misuse codes: heap-double-free, heap-bad-free, heap-use-after-free.

import { MisuseLog } from './misuse.ts';

interface Block { readonly addr: number; readonly size: number }

/** The NULL pointer; alloc returns it when the heap is full (callers answer ENOMEM). */
export const HEAP_NULL = 0;

export class Heap {
  readonly buffer: ArrayBuffer;
  readonly bytes: Uint8Array;
  /** one DataView over the whole heap: views built on it share it instead of making their own */
  readonly dataView: DataView;
  readonly misuse: MisuseLog;
  private readonly live = new Map<number, Block>();
  private readonly freed = new Set<number>();
  /** free extents sorted by address: [addr, size] */
  private holes: Array<[number, number]>;
  private liveBytesCount = 0;

  constructor(capacity = 4 << 20, misuse = new MisuseLog()) {
    this.buffer = new ArrayBuffer(capacity);
    this.bytes = new Uint8Array(this.buffer);
    this.dataView = new DataView(this.buffer);
    this.misuse = misuse;
    // the first 64 bytes stay unused so that no object ever sits at NULL
    this.holes = [[64, capacity - 64]];
  }

  get liveObjects(): number { return this.live.size; }
  get liveBytes(): number { return this.liveBytesCount; }

  /** Models kzalloc: zeroed memory or HEAP_NULL when no extent fits (the caller returns ENOMEM). */
  alloc(size: number, align = 8): number {
    const want = Math.max(1, size);
    for (let i = 0; i < this.holes.length; i++) {
      const [start, len] = this.holes[i];
      const addr = Math.ceil(start / align) * align;
      const end = addr + want;
      if (end > start + len) continue;
      const replacement: Array<[number, number]> = [];
      if (addr > start) replacement.push([start, addr - start]);
      if (end < start + len) replacement.push([end, start + len - end]);
      this.holes.splice(i, 1, ...replacement);
      this.bytes.fill(0, addr, end);
      this.live.set(addr, { addr, size: want });
      this.freed.delete(addr);
      this.liveBytesCount += want;
      return addr;
    }
    return HEAP_NULL;
  }

  /** Models kfree; a second free or a pointer that was never allocated is reported, not applied. */
  free(addr: number): boolean {
    if (addr === HEAP_NULL) return true;
    const block = this.live.get(addr);
    if (!block) {
      this.misuse.report(this.freed.has(addr) ? 'heap-double-free' : 'heap-bad-free',
        `kfree(0x${addr.toString(16)}) of memory that is not allocated`);
      return false;
    }
    this.live.delete(addr);
    this.freed.add(addr);
    this.liveBytesCount -= block.size;
    // poison so stale views read garbage that tests can notice
    this.bytes.fill(0x6b, addr, addr + block.size);
    this.insertHole(addr, block.size);
    return true;
  }

  isLive(addr: number): boolean { return this.live.has(addr); }

  /** Reports a use after free (or of a wild pointer); true when `addr` is a live allocation. */
  check(addr: number, what: string): boolean {
    if (this.live.has(addr)) return true;
    this.misuse.report('heap-use-after-free', `${what} at 0x${addr.toString(16)} is not live`);
    return false;
  }

  private insertHole(addr: number, size: number): void {
    let i = 0;
    while (i < this.holes.length && this.holes[i][0] < addr) i++;
    this.holes.splice(i, 0, [addr, size]);
    // merge with the neighbours so the heap does not fragment forever
    if (i + 1 < this.holes.length && this.holes[i][0] + this.holes[i][1] === this.holes[i + 1][0]) {
      this.holes[i][1] += this.holes[i + 1][1];
      this.holes.splice(i + 1, 1);
    }
    if (i > 0 && this.holes[i - 1][0] + this.holes[i - 1][1] === this.holes[i][0]) {
      this.holes[i - 1][1] += this.holes[i][1];
      this.holes.splice(i, 1);
    }
  }
}
