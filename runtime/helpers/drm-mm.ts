// The static inline helpers of drm_mm.h over the generated views. Insertion supports what the
// runtime's allocator models: DRM_MM_INSERT_BEST without alignment or colour (others: -EINVAL).

import type { InlineHelpers, drm_mm, drm_mm_node } from '@tsbindgen/drm-mm';
import { DRM_MM_INSERT_BEST } from '@tsbindgen/drm-mm';
import { DRM_MM_NODE_ALLOCATED_BIT, drmMmOfView } from '../drm-mm.ts';
import { EINVAL } from '../errno.ts';

export const helpers = {
  drm_mm_node_allocated(node: drm_mm_node): boolean {
    return (node.flags & (1n << DRM_MM_NODE_ALLOCATED_BIT)) !== 0n;
  },
  drm_mm_initialized(mm: drm_mm): boolean {
    return !mm.hole_stack.next.isNull;
  },
  drm_mm_hole_follows(node: drm_mm_node): boolean {
    return node.hole_size !== 0n;
  },
  __drm_mm_hole_node_start(hole_node: drm_mm_node): bigint {
    return hole_node.start + hole_node.size;
  },
  drm_mm_hole_node_start(hole_node: drm_mm_node): bigint {
    return hole_node.start + hole_node.size;
  },
  __drm_mm_hole_node_end(hole_node: drm_mm_node): bigint {
    return hole_node.start + hole_node.size + hole_node.hole_size;
  },
  drm_mm_hole_node_end(hole_node: drm_mm_node): bigint {
    return hole_node.start + hole_node.size + hole_node.hole_size;
  },
  drm_mm_insert_node_generic(mm: drm_mm, node: drm_mm_node, size: bigint, alignment: bigint, color: bigint, mode: number): number {
    const allocator = drmMmOfView(mm);
    if (!allocator || alignment > 1n || color !== 0n || mode !== DRM_MM_INSERT_BEST) return -EINVAL;
    return allocator.insertNode(node, Number(size));
  },
  drm_mm_insert_node(mm: drm_mm, node: drm_mm_node, size: bigint): number {
    return helpers.drm_mm_insert_node_generic(mm, node, size, 0n, 0n, DRM_MM_INSERT_BEST);
  },
} satisfies InlineHelpers;
