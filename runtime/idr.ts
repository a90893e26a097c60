// Models the kernel's idr as the DRM core uses it: idr_alloc hands out the lowest free id in
// [start, end) (end 0 = INT_MAX + 1), idr_replace can park NULL in a slot so the id stays
// reserved but "not found", idr_remove frees the id for reuse.

export const IDR_INT_MAX = 0x7fffffff;

export class Idr<T> {
  private readonly slots = new Map<number, T | null>();

  /** Lowest free id ≥ start (and < end), or -ENOSPC as the kernel's idr_alloc. */
  alloc(value: T | null, start: number, end = 0): number {
    const limit = end <= 0 ? IDR_INT_MAX + 1 : end;
    for (let id = Math.max(start, 0); id < limit; id++) {
      if (!this.slots.has(id)) {
        this.slots.set(id, value);
        return id;
      }
    }
    return -28;
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
    const old = this.slots.get(id);
    this.slots.delete(id);
    return old;
  }

  /** Allocated ids in ascending order (idr_for_each order). */
  ids(): number[] {
    return [...this.slots.keys()].sort((a, b) => a - b);
  }

  get size(): number {
    return this.slots.size;
  }
}
