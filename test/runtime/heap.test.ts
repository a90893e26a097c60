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

  it('answers NULL when nothing fits, and reuses merged free space', () => {
    const heap = new Heap(1024);
    const a = heap.alloc(400);
    const b = heap.alloc(400);
    expect(heap.alloc(400)).toBe(HEAP_NULL);
    heap.free(a);
    heap.free(b);
    expect(heap.alloc(800)).not.toBe(HEAP_NULL);
  });
});
