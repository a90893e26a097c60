// The file operations of a DRM device node (drm_fops + drm_gem_mmap): open creates a drm_file,
// ioctl goes through drm_ioctl, mmap finds the object by its fake offset, release frees the file.

import { EACCES, EINVAL } from './errno.ts';
import type { DrmDevice } from './device.ts';
import { DrmFile } from './drm-file.ts';
import type { MinorType } from './drm-file.ts';
import { drm_ioctl } from './ioctl/drm-ioctl.ts';
import type { IoctlContext } from './ioctl/context.ts';
import { drm_gem_object_get, drm_gem_object_put } from './gem/object.ts';
import { KFile, O_LARGEFILE, O_RDWR } from './vfs.ts';
import type { FileOps, VmaRequest, VmaResult } from './vfs.ts';
import type { Task } from './task.ts';
import { PAGE_SIZE } from './vma-manager.ts';

/** Models drm_gem_mmap: exact start match, per-file grant, length within the object. */
export function drm_gem_mmap(file: DrmFile, vma: VmaRequest): VmaResult | number {
  const obj = file.dev.vma.exactLookup(vma.pgoff, vma.pages);
  if (!obj || obj.freed || obj.refcount === 0) return -EINVAL;
  if (!file.dev.vma.isAllowed(obj.view.vma_node, file.addr)) return -EACCES;
  if (obj.size < vma.pages * PAGE_SIZE) return -EINVAL;
  // drm_gem_shmem_mmap: an imported object is mapped through its exporter (dma_buf_mmap, which
  // also makes the mapping hold the dma-buf's file instead of ours)
  if (obj.importedFrom) {
    const buf = obj.importedFrom;
    const r = buf.file.ops.mmap!(buf.file, { ...vma, pgoff: 0 });
    if (typeof r === 'number') return r;
    buf.file.get();
    return { ...r, file: buf.file };
  }
  const bytes = obj.backing.view(0, vma.pages * PAGE_SIZE);
  if (typeof bytes === 'number') return bytes;
  drm_gem_object_get(obj);
  return { bytes, close: () => drm_gem_object_put(obj), object: obj };
}

const drmFops: FileOps = {
  release(file: KFile): void {
    (file.privateData as DrmFile).release();
  },
  ioctl(file: KFile, request: number, arg: Uint8Array, ctx: IoctlContext): number {
    return drm_ioctl(file.privateData as DrmFile, request, arg, ctx);
  },
  mmap(file: KFile, vma: VmaRequest): VmaResult | number {
    return drm_gem_mmap(file.privateData as DrmFile, vma);
  },
  fdinfo(): Array<[string, string]> {
    return [];
  },
  /** drm_poll: readable only when DRM events are pending, and vgem sends none */
  poll(): number {
    return 0;
  },
  /** noop_llseek: the position never moves */
  llseek(): bigint {
    return 0n;
  },
};

/** Models drm_open on a device node: a struct file over a new drm_file, or -errno. */
export function drmOpen(dev: DrmDevice, minor: MinorType, task: Task, nodeIno: number): KFile | number {
  const drm = DrmFile.open(dev, minor, task);
  if (typeof drm === 'number') return drm;
  return new KFile(drmFops, O_RDWR | O_LARGEFILE, drm, nodeIno);
}

export function kfileToDrm(file: KFile): DrmFile | null {
  return file.ops === drmFops ? (file.privateData as DrmFile) : null;
}
