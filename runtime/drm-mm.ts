// Models drm_mm, the range allocator under the mmap offset manager, for the one mode vgem uses:
// DRM_MM_INSERT_BEST without alignment or colouring. The kernel keeps holes in an rbtree sorted by
// size (equal sizes after the existing ones) and best_hole() walks to the smallest hole that fits,
// which among equal sizes is the hole (re)inserted most recently; the node goes at the hole's low
// end. Any hole whose extent changes is removed and re-added, so it counts as "most recent".
// Node positions, the allocated bit and each node's following hole_size live in the drm_mm_node
// views; the drm_mm record (when given) makes the allocator findable from a bare view.
// No operation looks at every node or hole: holes are found by start and by end for merging, and by
// size through a binary search of the sorted distinct sizes present (a size appearing or vanishing
// shifts that short array), each size keeping its holes in insertion order (the newest wins a tie).

import type { drm_mm, drm_mm_node } from './views.ts';
import { ENOSPC } from './errno.ts';

interface Hole {
  start: number;
  size: number;
  /** neighbours in this size's list, oldest first */
  older: Hole | null;
  newer: Hole | null;
}

interface SizeList { oldest: Hole | null; newest: Hole | null }

export const DRM_MM_NODE_ALLOCATED_BIT = 0n;

const registry = new WeakMap<ArrayBufferLike, Map<number, DrmMm>>();

/** The allocator whose drm_mm record `view` is. */
export function drmMmOfView(view: drm_mm): DrmMm | undefined {
  return registry.get(view.view.buffer)?.get(view.byteOffset);
}

export class DrmMm {
  private readonly holesByStart = new Map<number, Hole>();
  private readonly holesByEnd = new Map<number, Hole>();
  private readonly holesBySize = new Map<number, SizeList>();
  /** the sizes that have holes, ascending */
  private readonly sizes: number[] = [];
  /** allocated nodes by start page, and by end page (the node owning the hole that follows) */
  private readonly nodes = new Map<number, drm_mm_node>();
  private readonly nodesByEnd = new Map<number, drm_mm_node>();
  /** whoever embeds this allocator (the vma manager) */
  owner: unknown = null;

  /** Models drm_mm_init(mm, start, size). */
  constructor(readonly start: number, readonly size: number, readonly record: drm_mm | null = null) {
    this.addHole(start, size);
    if (record) {
      // an initialised drm_mm has its hole_stack list head pointing at itself
      const head = BigInt(record.hole_stack.byteOffset);
      record.hole_stack.next = head;
      record.hole_stack.prev = head;
      let byAddr = registry.get(record.view.buffer);
      if (!byAddr) registry.set(record.view.buffer, (byAddr = new Map()));
      byAddr.set(record.byteOffset, this);
    }
  }

  /** Models drm_mm_insert_node_in_range(..., DRM_MM_INSERT_BEST): 0 or -ENOSPC. */
  insertNode(node: drm_mm_node, size: number): number {
    if (size <= 0) return -ENOSPC;
    const best = this.bestHole(size);
    if (!best) return -ENOSPC;
    const at = best.start;
    const holeSize = best.size;
    this.removeHole(best);
    this.setHoleOwner(at, 0);
    node.start = BigInt(at);
    node.size = BigInt(size);
    node.mm = BigInt(this.record?.byteOffset ?? 0);
    node.flags |= 1n << DRM_MM_NODE_ALLOCATED_BIT;
    node.hole_size = 0n;
    this.nodes.set(at, node);
    this.nodesByEnd.set(at + size, node);
    if (holeSize > size) this.addHole(at + size, holeSize - size);
    return 0;
  }

  /** Models drm_mm_remove_node: the freed range merges with the holes on both sides. */
  removeNode(node: drm_mm_node): void {
    const start = Number(node.start);
    const known = this.nodes.get(start);
    // views are fresh objects on every field access: compare the memory they stand for
    if (!known || known.view.buffer !== node.view.buffer || known.byteOffset !== node.byteOffset) return;
    let lo = start;
    let hi = start + Number(node.size);
    this.nodes.delete(start);
    this.nodesByEnd.delete(hi);
    const before = this.holesByEnd.get(lo);
    const after = this.holesByStart.get(hi);
    if (before) {
      lo = before.start;
      this.removeHole(before);
    }
    if (after) {
      hi = after.start + after.size;
      this.removeHole(after);
    }
    node.flags &= ~(1n << DRM_MM_NODE_ALLOCATED_BIT);
    node.hole_size = 0n;
    this.addHole(lo, hi - lo);
  }

  /** The allocated node starting exactly at `start` (pages). */
  nodeAt(start: number): drm_mm_node | undefined {
    return this.nodes.get(start);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  /** best_hole(): the smallest hole that fits; among equal sizes the newest. */
  private bestHole(size: number): Hole | undefined {
    const sizes = this.sizes;
    let lo = 0;
    let hi = sizes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sizes[mid] < size) lo = mid + 1;
      else hi = mid;
    }
    if (lo === sizes.length) return undefined;
    return this.holesBySize.get(sizes[lo])!.newest!;
  }

  private addHole(start: number, size: number): void {
    const hole: Hole = { start, size, older: null, newer: null };
    this.holesByStart.set(start, hole);
    this.holesByEnd.set(start + size, hole);
    let list = this.holesBySize.get(size);
    if (!list) {
      this.holesBySize.set(size, (list = { oldest: null, newest: null }));
      this.sizes.splice(this.sizeIndex(size), 0, size);
    }
    hole.older = list.newest;
    if (list.newest) list.newest.newer = hole;
    else list.oldest = hole;
    list.newest = hole;
    this.setHoleOwner(start, size);
  }

  private removeHole(hole: Hole): void {
    this.holesByStart.delete(hole.start);
    this.holesByEnd.delete(hole.start + hole.size);
    const list = this.holesBySize.get(hole.size)!;
    if (hole.older) hole.older.newer = hole.newer;
    else list.oldest = hole.newer;
    if (hole.newer) hole.newer.older = hole.older;
    else list.newest = hole.older;
    if (!list.oldest) {
      this.holesBySize.delete(hole.size);
      this.sizes.splice(this.sizeIndex(hole.size), 1);
    }
  }

  /** Where `size` is (or would go) in the ascending size list. */
  private sizeIndex(size: number): number {
    let lo = 0;
    let hi = this.sizes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sizes[mid] < size) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The node that ends where a hole starts owns it: keep its hole_size current. */
  private setHoleOwner(holeStart: number, size: number): void {
    const n = this.nodesByEnd.get(holeStart);
    if (n) n.hole_size = BigInt(size);
  }
}
