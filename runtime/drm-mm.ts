// Models drm_mm, the range allocator under the mmap offset manager, for the one mode vgem uses:
// DRM_MM_INSERT_BEST without alignment or colouring. The kernel keeps holes in an rbtree sorted by
// size (equal sizes after the existing ones) and best_hole() walks to the smallest hole that fits,
// which among equal sizes is the hole (re)inserted most recently; the node goes at the hole's low
// end. Any hole whose extent changes is removed and re-added, so it counts as "most recent".
// Node positions live in drm_mm_node views (start/size in the heap); holes are bookkeeping.

import type { drm_mm_node } from './views.ts';
import { ENOSPC } from './errno.ts';

interface Hole { start: number; size: number; seq: number }

export class DrmMm {
  private holes: Hole[] = [];
  private seq = 0;
  private readonly nodes = new Map<number, number>();

  /** Models drm_mm_init(mm, start, size). */
  constructor(readonly start: number, readonly size: number) {
    this.holes.push({ start, size, seq: this.seq++ });
  }

  /** Models drm_mm_insert_node_in_range(..., DRM_MM_INSERT_BEST): 0 or -ENOSPC / -EINVAL. */
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
    if (best.size > size) this.addHole(at + size, best.size - size);
    this.nodes.set(at, size);
    node.start = BigInt(at);
    node.size = BigInt(size);
    return 0;
  }

  /** Models drm_mm_remove_node: the freed range merges with the holes on both sides. */
  removeNode(node: drm_mm_node): void {
    const start = Number(node.start);
    const size = this.nodes.get(start);
    if (size === undefined) return;
    this.nodes.delete(start);
    let lo = start;
    let hi = start + size;
    const before = this.holes.find((h) => h.start + h.size === lo);
    const after = this.holes.find((h) => h.start === hi);
    if (before) lo = before.start;
    if (after) hi = after.start + after.size;
    this.holes = this.holes.filter((h) => h !== before && h !== after);
    this.addHole(lo, hi - lo);
    node.start = 0n;
    node.size = 0n;
  }

  /** The allocated node starting exactly at `start` (pages), as [start, size]. */
  nodeAt(start: number): number | undefined {
    return this.nodes.get(start);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  private addHole(start: number, size: number): void {
    this.holes.push({ start, size, seq: this.seq++ });
    this.holes.sort((a, b) => a.start - b.start);
  }
}
