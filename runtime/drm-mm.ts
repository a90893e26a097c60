// Models drm_mm, the range allocator under the mmap offset manager, for the one mode vgem uses:
// DRM_MM_INSERT_BEST without alignment or colouring. The kernel keeps holes in an rbtree sorted by
// size (equal sizes after the existing ones) and best_hole() walks to the smallest hole that fits,
// which among equal sizes is the hole (re)inserted most recently; the node goes at the hole's low
// end. Any hole whose extent changes is removed and re-added, so it counts as "most recent".
// Node positions, the allocated bit and each node's following hole_size live in the drm_mm_node
// views; the drm_mm record (when given) makes the allocator findable from a bare view.

import type { drm_mm, drm_mm_node } from './views.ts';
import { ENOSPC } from './errno.ts';

interface Hole { start: number; size: number; seq: number }

export const DRM_MM_NODE_ALLOCATED_BIT = 0n;

const registry = new WeakMap<ArrayBufferLike, Map<number, DrmMm>>();

/** The allocator whose drm_mm record `view` is. */
export function drmMmOfView(view: drm_mm): DrmMm | undefined {
  return registry.get(view.view.buffer)?.get(view.byteOffset);
}

export class DrmMm {
  private holes: Hole[] = [];
  private seq = 0;
  /** allocated nodes by start page */
  private readonly nodes = new Map<number, drm_mm_node>();
  /** whoever embeds this allocator (the vma manager) */
  owner: unknown = null;

  /** Models drm_mm_init(mm, start, size). */
  constructor(readonly start: number, readonly size: number, readonly record: drm_mm | null = null) {
    this.holes.push({ start, size, seq: this.seq++ });
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
    let best: Hole | undefined;
    for (const h of this.holes) {
      if (h.size < size) continue;
      if (!best || h.size < best.size || (h.size === best.size && h.seq > best.seq)) best = h;
    }
    if (!best) return -ENOSPC;
    const at = best.start;
    this.holes = this.holes.filter((h) => h !== best);
    this.setHoleOwner(at, 0);
    node.start = BigInt(at);
    node.size = BigInt(size);
    node.mm = BigInt(this.record?.byteOffset ?? 0);
    node.flags |= 1n << DRM_MM_NODE_ALLOCATED_BIT;
    node.hole_size = 0n;
    this.nodes.set(at, node);
    if (best.size > size) this.addHole(at + size, best.size - size);
    return 0;
  }

  /** Models drm_mm_remove_node: the freed range merges with the holes on both sides. */
  removeNode(node: drm_mm_node): void {
    const start = Number(node.start);
    const known = this.nodes.get(start);
    // views are fresh objects on every field access: compare the memory they stand for
    if (!known || known.view.buffer !== node.view.buffer || known.byteOffset !== node.byteOffset) return;
    this.nodes.delete(start);
    let lo = start;
    let hi = start + Number(node.size);
    const before = this.holes.find((h) => h.start + h.size === lo);
    const after = this.holes.find((h) => h.start === hi);
    if (before) lo = before.start;
    if (after) hi = after.start + after.size;
    this.holes = this.holes.filter((h) => h !== before && h !== after);
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

  private addHole(start: number, size: number): void {
    this.holes.push({ start, size, seq: this.seq++ });
    this.holes.sort((a, b) => a.start - b.start);
    this.setHoleOwner(start, size);
  }

  /** The node that ends where a hole starts owns it: keep its hole_size current. */
  private setHoleOwner(holeStart: number, size: number): void {
    for (const n of this.nodes.values()) {
      if (Number(n.start + n.size) === holeStart) {
        n.hole_size = BigInt(size);
        return;
      }
    }
  }
}
