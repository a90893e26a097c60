import { describe, expect, it } from 'vitest';
import { Idr } from '../../runtime/idr.ts';

describe('idr', () => {
  it('allocates the lowest free id from the base, reusing removed ids', () => {
    const idr = new Idr<string>();
    expect([1, 2, 3, 4, 5].map(() => idr.alloc('x', 1))).toEqual([1, 2, 3, 4, 5]);
    idr.remove(2);
    idr.remove(4);
    expect([idr.alloc('y', 1), idr.alloc('y', 1), idr.alloc('y', 1)]).toEqual([2, 4, 6]);
  });

  it('keeps a slot parked with NULL reserved but not found', () => {
    const idr = new Idr<string>();
    const id = idr.alloc('a', 1);
    idr.replace(id, null);
    expect(idr.find(id)).toBeUndefined();
    expect(idr.alloc('b', 1)).toBe(2);
  });

  it('answers -ENOSPC when the range is full', () => {
    const idr = new Idr<string>();
    idr.alloc('a', 1, 2);
    expect(idr.alloc('b', 1, 2)).toBe(-28);
  });
});

describe('idr against a lowest-free scan', () => {
  it('gives the same ids through random allocations, removals and starts', () => {
    let seed = 99;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const idr = new Idr<number>();
    const used = new Set<number>();
    for (let step = 0; step < 4000; step++) {
      if (used.size > 0 && rand(3) === 0) {
        const victim = [...used][rand(used.size)];
        used.delete(victim);
        idr.remove(victim);
      } else {
        const start = rand(10) === 0 ? rand(60) : 1;
        let expected = start;
        while (used.has(expected)) expected++;
        expect(idr.alloc(step, start)).toBe(expected);
        used.add(expected);
      }
    }
  });
});
