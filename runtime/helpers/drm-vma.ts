// The static inline helpers of drm_vma_manager.h over the generated views. A NULL result is a
// view at address 0 (the interface returns a record view, never null).

import type { InlineHelpers, drm_vma_offset_manager, drm_vma_offset_node } from '@tsbindgen/drm-vma';
import { drm_vma_offset_node as NodeView } from '@tsbindgen/drm-vma';
import type { drm_file } from '@tsbindgen/drm-file';
import { drmMmOfView } from '../drm-mm.ts';
import { PAGE_SHIFT, VmaOffsetManager } from '../vma-manager.ts';
import { EACCES } from '../errno.ts';

/** The manager whose allocator placed `node` (vm_node.mm points at its drm_mm record). */
function managerFor(node: drm_vma_offset_node): VmaOffsetManager<unknown> | undefined {
  if (node.vm_node.mm.isNull) return undefined;
  const owner = drmMmOfView(node.vm_node.mm.deref(node.view))?.owner;
  return owner instanceof VmaOffsetManager ? owner : undefined;
}

export const helpers = {
  drm_vma_offset_exact_lookup_locked(mgr: drm_vma_offset_manager, start: bigint, pages: bigint): drm_vma_offset_node {
    const m = drmMmOfView(mgr.vm_addr_space_mm)?.owner;
    const node = m instanceof VmaOffsetManager ? m.exactLookupNode(Number(start), Number(pages)) : undefined;
    return node ?? new NodeView(mgr.view, 0);
  },
  drm_vma_node_reset(node: drm_vma_offset_node): void {
    node.bytes().fill(0);
  },
  drm_vma_node_start(node: drm_vma_offset_node): bigint {
    return node.vm_node.start;
  },
  drm_vma_node_size(node: drm_vma_offset_node): bigint {
    return node.vm_node.size;
  },
  drm_vma_node_offset_addr(node: drm_vma_offset_node): bigint {
    return node.vm_node.start << BigInt(PAGE_SHIFT);
  },
  drm_vma_node_has_offset(node: drm_vma_offset_node): boolean {
    return (node.vm_node.flags & 1n) !== 0n;
  },
  /** 0 when `tag`'s file holds a grant on the node, else -EACCES. */
  drm_vma_node_verify_access(node: drm_vma_offset_node, tag: drm_file): number {
    const m = managerFor(node);
    return m && m.isAllowed(node, tag.byteOffset) ? 0 : -EACCES;
  },
} satisfies InlineHelpers;
