// Placement truth: the real kernel's fake offsets in ../shared/oracle/kernel/scripts/03-prime-mmap
// (the f4 block) and the oracle README's "holes 2p@8 and 1p@11 → a 1-page object goes to 11".

import { describe, expect, it } from 'vitest';
import { DrmMm } from '../../runtime/drm-mm.ts';
import { drm_mm_node } from '../../runtime/views.ts';

function node() {
  return drm_mm_node.alloc();
}

describe('drm_mm best fit', () => {
  it('places successive nodes contiguously from the start', () => {
    const mm = new DrmMm(0, 100);
    const a = node(), b = node();
    mm.insertNode(a, 4);
    mm.insertNode(b, 1);
    expect([a.start, b.start]).toEqual([0n, 4n]);
  });

  it('puts a node into the smallest hole that fits, not the first one', () => {
    const mm = new DrmMm(0, 100);
    const n = Array.from({ length: 6 }, node);
    [1, 2, 1, 1, 1, 1].forEach((size, i) => mm.insertNode(n[i], size));
    // nodes at 0(1) 1(2) 3(1) 4(1) 5(1) 6(1); free 1(2) and 4(1): holes 2p@1 and 1p@4
    mm.removeNode(n[1]);
    mm.removeNode(n[3]);
    const x = node();
    mm.insertNode(x, 1);
    expect(x.start).toBe(4n);
  });

  it('merges a freed node with its neighbouring holes', () => {
    const mm = new DrmMm(0, 10);
    const n = Array.from({ length: 3 }, node);
    n.forEach((x) => mm.insertNode(x, 3));
    mm.removeNode(n[0]);
    mm.removeNode(n[1]);
    const big = node();
    expect(mm.insertNode(big, 6)).toBe(0);
    expect(big.start).toBe(0n);
  });

  it('answers ENOSPC for a zero-sized node or one larger than any hole', () => {
    const mm = new DrmMm(0, 4);
    expect(mm.insertNode(node(), 0)).toBe(-28);
    expect(mm.insertNode(node(), 5)).toBe(-28);
  });

  it('reproduces the placements the kernel printed for 03-prime-mmap (pages relative to the f4 block)', () => {
    const mm = new DrmMm(0, 100000);
    const pre = node();
    mm.insertNode(pre, 6);
    const h1 = node(), h2 = node(), h3 = node();
    mm.insertNode(h1, 1); mm.insertNode(h2, 4); mm.insertNode(h3, 1);
    expect([h1.start, h2.start, h3.start]).toEqual([6n, 7n, 11n]);
    mm.removeNode(h2);
    const h2b = node(); mm.insertNode(h2b, 2);
    const h4 = node(); mm.insertNode(h4, 1);
    const h5 = node(); mm.insertNode(h5, 1024);
    expect([h2b.start, h4.start, h5.start]).toEqual([7n, 9n, 12n]);
    mm.removeNode(h2b);
    const c2 = node(); mm.insertNode(c2, 1);
    const c6 = node(); mm.insertNode(c6, 1);
    expect([c2.start, c6.start]).toEqual([10n, 7n]);
    mm.removeNode(c6);
    mm.removeNode(h1);
    mm.removeNode(c2);
    const d1 = node(); mm.insertNode(d1, 1);
    const d2 = node(); mm.insertNode(d2, 1);
    expect([d1.start, d2.start]).toEqual([10n, 6n]);
  });
});
