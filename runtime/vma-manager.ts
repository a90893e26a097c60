// Models drm_vma_offset_manager: fake mmap offsets for GEM objects, in page units, from
// DRM_FILE_PAGE_OFFSET_START over a best-fit drm_mm, plus each node's per-file allow list
// (refcounted: one grant per handle, as drm_vma_node_allow/revoke). The node's position lives in
// the drm_vma_offset_node view inside the object; the allow lists are keyed by node address.

import { DrmMm } from './drm-mm.ts';
import type { drm_vma_offset_manager, drm_vma_offset_node } from './views.ts';

export const PAGE_SHIFT = 12;
export const PAGE_SIZE = 1 << PAGE_SHIFT;
/** 64-bit values: (0xFFFFFFFF >> PAGE_SHIFT) + 1 pages, and 0xFFFFF * 256 pages of room. */
export const DRM_FILE_PAGE_OFFSET_START = (0xffffffff >>> PAGE_SHIFT) + 1;
export const DRM_FILE_PAGE_OFFSET_SIZE = 0xfffff * 256;

export class VmaOffsetManager<Owner> {
  readonly mm: DrmMm;
  private readonly owners = new Map<number, Owner>();
  private readonly nodes = new Map<number, drm_vma_offset_node>();
  private readonly grants = new Map<number, Map<number, number>>();

  /** Models drm_vma_offset_manager_init; `record` is the manager's heap record, if any. */
  constructor(readonly record: drm_vma_offset_manager | null = null) {
    this.mm = new DrmMm(DRM_FILE_PAGE_OFFSET_START, DRM_FILE_PAGE_OFFSET_SIZE, record ? record.vm_addr_space_mm : null);
    this.mm.owner = this;
  }

  /** Models drm_vma_offset_add: idempotent once the node has an offset. 0 or -errno. */
  add(node: drm_vma_offset_node, pages: number, owner: Owner): number {
    if (this.allocated(node)) return 0;
    const ret = this.mm.insertNode(node.vm_node, pages);
    if (ret === 0) {
      this.owners.set(Number(node.vm_node.start), owner);
      this.nodes.set(Number(node.vm_node.start), node);
    }
    return ret;
  }

  /** Models drm_vma_offset_remove. */
  remove(node: drm_vma_offset_node): void {
    if (!this.allocated(node)) return;
    this.owners.delete(Number(node.vm_node.start));
    this.nodes.delete(Number(node.vm_node.start));
    this.mm.removeNode(node.vm_node);
  }

  /** Models drm_mm_node_allocated on the node's vm_node. */
  allocated(node: drm_vma_offset_node): boolean {
    return (node.vm_node.flags & 1n) !== 0n;
  }

  /** Models drm_vma_node_offset_addr: the byte offset user space passes to mmap. */
  offsetAddr(node: drm_vma_offset_node): bigint {
    return node.vm_node.start << BigInt(PAGE_SHIFT);
  }

  /**
   * Models drm_vma_offset_exact_lookup_locked: the owner of the node that starts exactly at
   * `startPage` and spans at least `pages`.
   */
  exactLookup(startPage: number, pages: number): Owner | undefined {
    const node = this.mm.nodeAt(startPage);
    if (node === undefined || pages > Number(node.size)) return undefined;
    return this.owners.get(startPage);
  }

  /** The same lookup answering the vma node record (the kernel's return value). */
  exactLookupNode(startPage: number, pages: number): drm_vma_offset_node | undefined {
    const node = this.mm.nodeAt(startPage);
    if (node === undefined || pages > Number(node.size)) return undefined;
    return this.nodes.get(startPage);
  }

  /** Models drm_vma_node_allow: one more grant for `file`. */
  allow(node: drm_vma_offset_node, file: number): void {
    const key = node.byteOffset;
    let files = this.grants.get(key);
    if (!files) this.grants.set(key, (files = new Map()));
    files.set(file, (files.get(file) ?? 0) + 1);
  }

  /** Models drm_vma_node_revoke: drops one grant, the entry goes at 0. */
  revoke(node: drm_vma_offset_node, file: number): void {
    const key = node.byteOffset;
    const files = this.grants.get(key);
    const n = files?.get(file);
    if (!files || n === undefined) return;
    if (n > 1) files.set(file, n - 1);
    else files.delete(file);
    if (files.size === 0) this.grants.delete(key);
  }

  /** This file's grant count on the node (one per handle it holds). */
  grantCount(node: drm_vma_offset_node, file: number): number {
    return this.grants.get(node.byteOffset)?.get(file) ?? 0;
  }

  /** Models drm_vma_node_is_allowed. */
  isAllowed(node: drm_vma_offset_node, file: number): boolean {
    return (this.grants.get(node.byteOffset)?.get(file) ?? 0) > 0;
  }

  get nodeCount(): number {
    return this.mm.nodeCount;
  }
}
