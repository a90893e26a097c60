// Models the kernel's idr as the DRM core uses it: idr_alloc hands out the lowest free id in
// [start, end) (end 0 = INT_MAX + 1), idr_replace can park NULL in a slot so the id stays
// reserved but "not found", idr_remove frees the id for reuse. Ids below the high-water mark that
// are free sit in a min-heap, so allocating the lowest one costs O(log n) rather than a scan from
// `start` (plus the free ids below `start`, set aside meanwhile: id 0 for the DRM's start of 1).

export const IDR_INT_MAX = 0x7fffffff;

export class Idr<T> {
  private readonly slots = new Map<number, T | null>();
  /** every id ≥ this is free */
  private highWater = 0;
  /** every free id below highWater, as a binary min-heap */
  private readonly freeIds: number[] = [];

  /** Lowest free id ≥ start (and < end), or -ENOSPC as the kernel's idr_alloc. */
  alloc(value: T | null, start: number, end = 0): number {
    const limit = end <= 0 ? IDR_INT_MAX + 1 : end;
    const from = Math.max(start, 0);
    // free ids below `from` are set aside while the heap answers, then go back
    const below: number[] = [];
    while (this.freeIds.length > 0 && this.freeIds[0] < from) below.push(this.popFree());
    let id: number;
    if (this.freeIds.length > 0) {
      id = this.freeIds[0];
      if (id < limit) this.popFree();
    } else {
      id = Math.max(from, this.highWater);
    }
    for (const b of below) this.pushFree(b);
    if (id >= limit) return -28;
    this.slots.set(id, value);
    if (id >= this.highWater) {
      for (let skipped = this.highWater; skipped < id; skipped++) this.pushFree(skipped);
      this.highWater = id + 1;
    }
    return id;
  }

  /** idr_find: the stored value; a parked NULL slot or an unknown id reads as undefined. */
  find(id: number): T | undefined {
    const v = this.slots.get(id);
    return v === null ? undefined : v;
  }

  has(id: number): boolean {
    return this.slots.has(id);
  }

  /** idr_replace: returns the previous value, or undefined when the id is not allocated. */
  replace(id: number, value: T | null): T | null | undefined {
    if (!this.slots.has(id)) return undefined;
    const old = this.slots.get(id);
    this.slots.set(id, value);
    return old;
  }

  remove(id: number): T | null | undefined {
    if (!this.slots.has(id)) return undefined;
    const old = this.slots.get(id);
    this.slots.delete(id);
    this.pushFree(id);
    return old;
  }

  /** Allocated ids in ascending order (idr_for_each order). */
  ids(): number[] {
    return [...this.slots.keys()].sort((a, b) => a - b);
  }

  get size(): number {
    return this.slots.size;
  }

  private pushFree(id: number): void {
    const h = this.freeIds;
    let i = h.push(id) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p] <= id) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = id;
  }

  private popFree(): number {
    const h = this.freeIds;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const c = l + 1 < h.length && h[l + 1] < h[l] ? l + 1 : l;
        if (h[c] >= last) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
