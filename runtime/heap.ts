// The simulated kernel heap: one resizable ArrayBuffer that holds every kernel object, laid out by
// the (generated) views. Addresses are byte offsets into the buffer; 0 is NULL. Models
// kmalloc/kfree with alignment, live counters and double-free / use-after-free detection.
// The buffer grows (doubling, up to `limit`) when nothing free fits, as the kernel's slabs take
// more pages: the ArrayBuffer stays the same object, so every DataView and view built on it stays
// valid. Allocation and free cost O(1) in the number of live blocks for the runtime's alignments
// (≤ 8): a freed block goes to the list of its exact size (kernel objects come in a few sizes, as
// slab caches) and merges with free neighbours found by address; only when the buffer is at its
// limit does an allocation search every free block (first fit), before answering NULL.
// Misuse codes: heap-double-free, heap-bad-free, heap-use-after-free.

import { MisuseLog } from './misuse.ts';

/** The NULL pointer; alloc returns it when the heap is full (callers answer ENOMEM). */
export const HEAP_NULL = 0;

/** Every block's footprint is a multiple of this, so addresses are at least this aligned. */
const GRAIN = 8;
/** The first bytes stay unused so that no object ever sits at NULL. */
const FIRST = 64;

/** Node 20 has resizable ArrayBuffers; TypeScript's ES2022 lib does not describe them. */
interface ResizableArrayBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}
const ResizableArrayBufferCtor = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ResizableArrayBuffer;

const roundUp = (n: number, to: number): number => Math.ceil(n / to) * to;

export class Heap {
  readonly buffer: ArrayBuffer;
  /** the whole heap (tracks the buffer's length as it grows) */
  readonly bytes: Uint8Array;
  /** one DataView over the whole heap: views built on it share it instead of making their own */
  readonly dataView: DataView;
  readonly misuse: MisuseLog;
  /** live blocks: address → requested size */
  private readonly live = new Map<number, number>();
  private readonly freed = new Set<number>();
  /** free blocks by start (→ footprint) and by end (→ start) */
  private readonly freeByStart = new Map<number, number>();
  private readonly freeByEnd = new Map<number, number>();
  /** free blocks by footprint, oldest first */
  private readonly freeBySize = new Map<number, Set<number>>();
  /** everything from here to the end of the buffer is unused */
  private top = FIRST;
  private liveBytesCount = 0;
  private grows = 0;

  /**
   * `capacity` is the initial size; the heap grows up to `limit` bytes (default 2 GiB, or
   * `capacity` itself when that is larger).
   */
  constructor(capacity = 1 << 20, misuse = new MisuseLog(), readonly limit = Math.max(capacity, 2 ** 31)) {
    const buf = new ResizableArrayBufferCtor(Math.max(capacity, FIRST + GRAIN), { maxByteLength: Math.max(limit, capacity) });
    this.buffer = buf;
    this.bytes = new Uint8Array(this.buffer);
    this.dataView = new DataView(this.buffer);
    this.misuse = misuse;
  }

  get liveObjects(): number { return this.live.size; }
  get liveBytes(): number { return this.liveBytesCount; }
  /** the buffer's current size in bytes */
  get capacity(): number { return this.buffer.byteLength; }
  /** how many times the buffer has grown */
  get growCount(): number { return this.grows; }

  /** Models kzalloc: zeroed memory or HEAP_NULL when nothing fits (the caller returns ENOMEM). */
  alloc(size: number, align = 8): number {
    const want = Math.max(1, size);
    const foot = roundUp(want, GRAIN);
    const addr = this.takeExact(foot, align) ?? this.takeTop(foot, align) ?? this.takeAny(foot, align);
    if (addr === undefined) return HEAP_NULL;
    this.bytes.fill(0, addr, addr + want);
    this.live.set(addr, want);
    this.freed.delete(addr);
    this.liveBytesCount += want;
    return addr;
  }

  /** Models kfree; a second free or a pointer that was never allocated is reported, not applied. */
  free(addr: number): boolean {
    if (addr === HEAP_NULL) return true;
    const size = this.live.get(addr);
    if (size === undefined) {
      this.misuse.report(this.freed.has(addr) ? 'heap-double-free' : 'heap-bad-free',
        `kfree(0x${addr.toString(16)}) of memory that is not allocated`);
      return false;
    }
    this.live.delete(addr);
    this.freed.add(addr);
    this.liveBytesCount -= size;
    // poison so stale views read garbage that tests can notice
    this.bytes.fill(0x6b, addr, addr + size);
    this.release(addr, roundUp(size, GRAIN));
    return true;
  }

  isLive(addr: number): boolean { return this.live.has(addr); }

  /** Reports a use after free (or of a wild pointer); true when `addr` is a live allocation. */
  check(addr: number, what: string): boolean {
    if (this.live.has(addr)) return true;
    this.misuse.report('heap-use-after-free', `${what} at 0x${addr.toString(16)} is not live`);
    return false;
  }

  /** A free block of exactly `foot` bytes at a suitable address (the oldest such). */
  private takeExact(foot: number, align: number): number | undefined {
    const set = this.freeBySize.get(foot);
    if (!set) return undefined;
    for (const addr of set) {
      if (addr % align !== 0) continue;
      this.unlinkFree(addr, foot);
      return addr;
    }
    return undefined;
  }

  /** Room above `top`, growing the buffer when needed; the alignment gap becomes a free block. */
  private takeTop(foot: number, align: number): number | undefined {
    const addr = roundUp(this.top, align);
    const end = addr + foot;
    if (end > this.buffer.byteLength && !this.grow(end)) return undefined;
    const gap = addr - this.top;
    const gapStart = this.top;
    this.top = end;
    if (gap > 0) this.linkFree(gapStart, gap);
    return addr;
  }

  /** At the limit: the first free block (in the order they were freed) that can hold the request. */
  private takeAny(foot: number, align: number): number | undefined {
    for (const [start, len] of this.freeByStart) {
      const addr = roundUp(start, align);
      if (addr + foot > start + len) continue;
      this.unlinkFree(start, len);
      if (addr > start) this.linkFree(start, addr - start);
      if (addr + foot < start + len) this.linkFree(addr + foot, start + len - addr - foot);
      return addr;
    }
    return undefined;
  }

  private grow(needed: number): boolean {
    const max = (this.buffer as ResizableArrayBuffer).maxByteLength;
    if (needed > max) return false;
    let next = this.buffer.byteLength;
    while (next < needed) next = Math.min(max, next * 2);
    (this.buffer as ResizableArrayBuffer).resize(next);
    this.grows++;
    return true;
  }

  /** A freed extent: merged with free neighbours, or given back to the top. */
  private release(addr: number, foot: number): void {
    let start = addr;
    let end = addr + foot;
    const before = this.freeByEnd.get(start);
    if (before !== undefined) {
      this.unlinkFree(before, start - before);
      start = before;
    }
    const afterLen = this.freeByStart.get(end);
    if (afterLen !== undefined) {
      this.unlinkFree(end, afterLen);
      end += afterLen;
    }
    if (end === this.top) this.top = start;
    else this.linkFree(start, end - start);
  }

  private linkFree(start: number, len: number): void {
    this.freeByStart.set(start, len);
    this.freeByEnd.set(start + len, start);
    let set = this.freeBySize.get(len);
    if (!set) this.freeBySize.set(len, (set = new Set()));
    set.add(start);
  }

  private unlinkFree(start: number, len: number): void {
    this.freeByStart.delete(start);
    this.freeByEnd.delete(start + len);
    const set = this.freeBySize.get(len)!;
    set.delete(start);
    if (set.size === 0) this.freeBySize.delete(len);
  }
}
