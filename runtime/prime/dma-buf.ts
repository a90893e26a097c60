// struct dma_buf exported by the DRM PRIME helpers: a heap record (size, file, priv) whose
// lifetime is its file's reference count (get_dma_buf = get_file). The GEM dma-buf ops: release
// drops the object reference, mmap maps the object (6.1 quirk: drm_gem_shmem_fault ignores the
// mapping's page offset, so a mapping at offset 4096 shows page 0), fdinfo prints size, count and
// exp_name.

import { dma_buf } from '../views.ts';
import { HEAP_NULL } from '../heap.ts';
import { EINVAL, ENOMEM, ENOTTY } from '../errno.ts';
import { KFile, O_ACCMODE, POLLIN, POLLOUT, SEEK_END, SEEK_SET } from '../vfs.ts';
import type { FileOps, VmaRequest, VmaResult } from '../vfs.ts';
import { PAGE_SIZE } from '../vma-manager.ts';
import type { GemObject } from '../gem/object.ts';
import { drm_gem_object_get, drm_gem_object_put } from '../gem/object.ts';

export class DmaBuf {
  readonly view: dma_buf;
  file!: KFile;
  constructor(readonly obj: GemObject<unknown>, readonly addr: number) {
    this.view = new dma_buf(obj.dev.heap.dataView, addr);
  }
  get size(): number {
    return Number(this.view.size);
  }
}

/** dma-bufs by heap (the ArrayBuffer) and address, so a bare dma_buf view finds its file. */
const registry = new WeakMap<ArrayBufferLike, Map<number, DmaBuf>>();

/** The live DmaBuf at heap address `addr` (any device of the machine that owns `heap`). */
export function dmaBufAtAddress(heap: ArrayBufferLike, addr: number): DmaBuf | undefined {
  return registry.get(heap)?.get(addr);
}

/** The DmaBuf whose record `view` is, if it is live. */
export function dmaBufOfView(view: dma_buf): DmaBuf | undefined {
  return registry.get(view.view.buffer)?.get(view.byteOffset);
}

/** Models get_dma_buf. */
export function get_dma_buf(buf: DmaBuf): void {
  buf.file.get();
}

/** Models dma_buf_put. */
export function dma_buf_put(buf: DmaBuf): void {
  buf.file.put();
}

const DMA_BUF_BASE = 0x62;

const dmaBufOps: FileOps = {
  /** Models dma_buf_release → drm_gem_dmabuf_release. */
  release(file: KFile): void {
    const buf = file.privateData as DmaBuf;
    const dev = buf.obj.dev;
    dev.dmaBufs.delete(buf.addr);
    registry.get(dev.heap.buffer)?.delete(buf.addr);
    dev.heap.free(buf.addr);
    drm_gem_object_put(buf.obj);
  },
  /** Models dma_buf_ioctl: only the 'b' ioctls exist; a DRM request here is ENOTTY. */
  ioctl(_file: KFile, request: number, arg: Uint8Array): number {
    const type = (request >>> 8) & 0xff;
    const nr = request & 0xff;
    if (type !== DMA_BUF_BASE) return -ENOTTY;
    if (nr === 0 && ((request >>> 16) & 0x3fff) === 8) {
      // DMA_BUF_IOCTL_SYNC: flags must be READ/WRITE/RW, optionally with END
      const flags = new DataView(arg.buffer, arg.byteOffset, 8).getBigUint64(0, true);
      if ((flags & ~7n) !== 0n || (flags & 3n) === 0n) return -EINVAL;
      return 0;
    }
    return -ENOTTY;
  },
  /** Models dma_buf_mmap_internal → drm_gem_prime_mmap → the shmem mmap. */
  mmap(file: KFile, vma: VmaRequest): VmaResult | number {
    const buf = file.privateData as DmaBuf;
    if (vma.pgoff + vma.pages > Math.floor(buf.size / PAGE_SIZE)) return -EINVAL;
    const obj = buf.obj;
    const bytes = obj.backing.view(0, vma.pages * PAGE_SIZE);
    if (typeof bytes === 'number') return bytes === -ENOMEM ? -ENOMEM : bytes;
    drm_gem_object_get(obj);
    return { bytes, close: () => drm_gem_object_put(obj), object: obj };
  },
  /**
   * Models dma_buf_poll: POLLOUT (may write) waits for every fence on the reservation, POLLIN
   * (may read) only for write fences.
   */
  poll(file: KFile, events: number): number {
    const resv = (file.privateData as DmaBuf).obj.resv;
    let ready = events & (POLLIN | POLLOUT);
    if ((ready & POLLOUT) && !resv.testSignaled('read')) ready &= ~POLLOUT;
    if ((ready & POLLIN) && !resv.testSignaled('write')) ready &= ~POLLIN;
    return ready;
  },
  /** Models dma_buf_llseek: only (0, SEEK_END) → size and (0, SEEK_SET) → 0. */
  llseek(file: KFile, offset: bigint, whence: number): bigint | number {
    const buf = file.privateData as DmaBuf;
    if (whence !== SEEK_END && whence !== SEEK_SET) return -EINVAL;
    if (offset !== 0n) return -EINVAL;
    return whence === SEEK_END ? BigInt(buf.size) : 0n;
  },
  /** Models dma_buf_show_fdinfo (the procfs temporary reference is not counted). */
  fdinfo(file: KFile): Array<[string, string]> {
    const buf = file.privateData as DmaBuf;
    return [['size', String(buf.size)], ['count', String(file.refcount)], ['exp_name', 'drm']];
  },
};

/**
 * Models drm_gem_prime_export → drm_gem_dmabuf_export: a new dma-buf whose file has the
 * access mode of `flags`, holding a reference on the object. The caller owns the file's first
 * reference. Null when the heap is full.
 */
export function drm_gem_prime_export(obj: GemObject<unknown>, flags: number): DmaBuf | null {
  const heap = obj.dev.heap;
  const addr = heap.alloc(dma_buf.SIZE, dma_buf.ALIGN);
  if (addr === HEAP_NULL) return null;
  const buf = new DmaBuf(obj, addr);
  buf.view.size = obj.view.size;
  buf.view.priv = BigInt(obj.addr);
  buf.file = new KFile(dmaBufOps, flags & O_ACCMODE, buf);
  buf.view.file = BigInt(buf.file.ino);
  drm_gem_object_get(obj);
  obj.dev.dmaBufs.set(addr, buf);
  let byAddr = registry.get(heap.buffer);
  if (!byAddr) registry.set(heap.buffer, (byAddr = new Map()));
  byAddr.set(addr, buf);
  return buf;
}

/** The dma-buf behind a struct file, if it is one (models the ops check in dma_buf_get). */
export function fileToDmaBuf(file: KFile): DmaBuf | null {
  return file.ops === dmaBufOps ? (file.privateData as DmaBuf) : null;
}
