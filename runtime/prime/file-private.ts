// struct drm_prime_file_private: the per-file cache of (dma_buf, handle) members, one member per
// registered handle, each holding a dma-buf reference. A file may register several handles of one
// object (GEM_OPEN of its own name, import then export), so one dma-buf can have several members.
// Every member sits in two kernel rbtrees rooted in the drm_file record: `dmabufs`, keyed by the
// dma-buf's address with equal keys going left, and `handles`, keyed by handle. FD_TO_HANDLE
// answers the first member of the dma-buf met walking down from the root, so which handle that is
// depends on the tree's shape; GEM_CLOSE erases only the closed handle's member.
// Models drm_prime_add_buf_handle, drm_prime_lookup_buf_by_handle, drm_prime_lookup_buf_handle
// and drm_prime_remove_buf_handle.

import { rb_node } from '../views.ts';
import { HEAP_NULL } from '../heap.ts';
import { ENOMEM } from '../errno.ts';
import { RbTree } from '../rbtree.ts';
import type { DrmFile } from '../drm-file.ts';
import type { DmaBuf } from './dma-buf.ts';
import { dma_buf_put, get_dma_buf } from './dma-buf.ts';

/**
 * struct drm_prime_member's layout: dma_buf pointer, handle, then the two rb_nodes. The node links
 * live in the heap record; its two scalar fields are kept beside it (no view describes the
 * drm_prime.c-private struct).
 */
const MEMBER_SIZE = 16 + 2 * rb_node.SIZE;
const DMABUF_RB = 16;
const HANDLE_RB = 16 + rb_node.SIZE;

interface Member { readonly buf: DmaBuf; readonly handle: number }

export class PrimeFilePrivate {
  private readonly dmabufs: RbTree;
  private readonly handles: RbTree;
  /** the scalar fields of each member record, by the record's address */
  private readonly members = new Map<number, Member>();

  constructor(readonly file: DrmFile) {
    const dv = file.dev.heap.dataView;
    const prime = file.view.prime;
    this.dmabufs = new RbTree(dv, prime.dmabufs);
    this.handles = new RbTree(dv, prime.handles);
  }

  private memberOfDmabufNode(node: number): Member {
    return this.members.get(node - DMABUF_RB)!;
  }

  private memberOfHandleNode(node: number): Member {
    return this.members.get(node - HANDLE_RB)!;
  }

  /** Models drm_prime_add_buf_handle: 0 or -ENOMEM. */
  add(buf: DmaBuf, handle: number): number {
    const heap = this.file.dev.heap;
    const addr = heap.alloc(MEMBER_SIZE, rb_node.ALIGN);
    if (addr === HEAP_NULL) return -ENOMEM;
    get_dma_buf(buf);
    this.members.set(addr, { buf, handle });

    let parent = 0;
    let left = false;
    for (let at = this.dmabufs.rootNode; at !== 0;) {
      parent = at;
      left = !(buf.addr > this.memberOfDmabufNode(at).buf.addr);
      at = left ? this.dmabufs.left(at) : this.dmabufs.right(at);
    }
    this.dmabufs.link(addr + DMABUF_RB, parent, left);
    this.dmabufs.insertColor(addr + DMABUF_RB);

    parent = 0;
    for (let at = this.handles.rootNode; at !== 0;) {
      parent = at;
      left = !(handle > this.memberOfHandleNode(at).handle);
      at = left ? this.handles.left(at) : this.handles.right(at);
    }
    this.handles.link(addr + HANDLE_RB, parent, left);
    this.handles.insertColor(addr + HANDLE_RB);
    return 0;
  }

  /** The handle tree's node for `handle`, or 0. */
  private handleNode(handle: number): number {
    let at = this.handles.rootNode;
    while (at !== 0) {
      const h = this.memberOfHandleNode(at).handle;
      if (h === handle) return at;
      at = h < handle ? this.handles.right(at) : this.handles.left(at);
    }
    return 0;
  }

  /** Models drm_prime_lookup_buf_by_handle. */
  bufByHandle(handle: number): DmaBuf | undefined {
    const node = this.handleNode(handle);
    return node === 0 ? undefined : this.memberOfHandleNode(node).buf;
  }

  /** Models drm_prime_lookup_buf_handle: the first member of `buf` met from the root. */
  handleByBuf(buf: DmaBuf): number | undefined {
    let at = this.dmabufs.rootNode;
    while (at !== 0) {
      const m = this.memberOfDmabufNode(at);
      if (m.buf === buf) return m.handle;
      at = m.buf.addr < buf.addr ? this.dmabufs.right(at) : this.dmabufs.left(at);
    }
    return undefined;
  }

  /** Models drm_prime_remove_buf_handle: only this handle's member goes. */
  removeBufHandle(handle: number): void {
    const node = this.handleNode(handle);
    if (node === 0) return;
    const addr = node - HANDLE_RB;
    const m = this.members.get(addr)!;
    this.handles.erase(addr + HANDLE_RB);
    this.dmabufs.erase(addr + DMABUF_RB);
    this.members.delete(addr);
    dma_buf_put(m.buf);
    this.file.dev.heap.free(addr);
  }

  get size(): number {
    return this.members.size;
  }

  /** Models drm_prime_destroy_file_private: the cache must already be empty. */
  destroy(): void {
    if (this.members.size !== 0) {
      this.file.dev.heap.misuse.report('prime-cache-not-empty', 'prime cache not empty at file close');
    }
  }
}
