import { describe, expect, it } from 'vitest';
import { Heap, HEAP_NULL } from '../../runtime/heap.ts';

describe('kernel heap', () => {
  it('returns addresses aligned as asked and never NULL', () => {
    const heap = new Heap(4096);
    const a = heap.alloc(3, 1);
    const b = heap.alloc(8, 64);
    expect(a).not.toBe(HEAP_NULL);
    expect(b % 64).toBe(0);
  });

  it('counts live objects and bytes and forgets them on free', () => {
    const heap = new Heap(4096);
    const a = heap.alloc(24);
    heap.alloc(40);
    expect([heap.liveObjects, heap.liveBytes]).toEqual([2, 64]);
    heap.free(a);
    expect([heap.liveObjects, heap.liveBytes]).toEqual([1, 40]);
  });

  it('hands out zeroed memory even where a freed object lay', () => {
    const heap = new Heap(4096);
    const a = heap.alloc(16);
    heap.bytes.fill(0xff, a, a + 16);
    heap.free(a);
    const b = heap.alloc(16);
    expect([...heap.bytes.subarray(b, b + 16)].every((x) => x === 0)).toBe(true);
  });

  it('reports a double free and leaves the counters alone', () => {
    const heap = new Heap(4096);
    const a = heap.alloc(16);
    heap.free(a);
    expect(heap.free(a)).toBe(false);
    expect(heap.misuse.reports.map((r) => r.code)).toEqual(['heap-double-free']);
    expect(heap.liveObjects).toBe(0);
  });

  it('reports a use after free through check()', () => {
    const heap = new Heap(4096);
    const a = heap.alloc(16);
    heap.free(a);
    expect(heap.check(a, 'test')).toBe(false);
    expect(heap.misuse.reports[0].code).toBe('heap-use-after-free');
  });

  it('answers NULL when nothing fits at its limit, and reuses merged free space', () => {
    const heap = new Heap(1024, undefined, 1024);
    const a = heap.alloc(400);
    const b = heap.alloc(400);
    expect(heap.alloc(400)).toBe(HEAP_NULL);
    heap.free(a);
    heap.free(b);
    expect(heap.alloc(800)).not.toBe(HEAP_NULL);
  });

  it('grows past its initial size, keeping earlier views and addresses valid', () => {
    const heap = new Heap(4096);
    const view = heap.dataView;
    const first = heap.alloc(64);
    view.setUint32(first, 0xdeadbeef, true);
    const addrs = Array.from({ length: 1000 }, () => heap.alloc(64));
    expect(addrs.every((a) => a !== HEAP_NULL)).toBe(true);
    expect(heap.capacity).toBeGreaterThanOrEqual(64 * 1001);
    expect(view.getUint32(first, true)).toBe(0xdeadbeef);
    view.setUint32(addrs[999], 7, true);
    expect(heap.dataView.getUint32(addrs[999], true)).toBe(7);
    expect(new Set(addrs).size).toBe(1000);
  });

  it('hands a freed block of the same size back, and merges neighbours into bigger ones', () => {
    const heap = new Heap(1 << 16, undefined, 1 << 16);
    const [a, b, c] = [heap.alloc(48), heap.alloc(48), heap.alloc(48)];
    heap.alloc(48);
    heap.free(b);
    expect(heap.alloc(48)).toBe(b);
    heap.free(a);
    heap.free(b);
    heap.free(c);
    // a, b and c merged: 144 bytes at a
    expect(heap.alloc(144)).toBe(a);
  });
});
