// vgem fences (vgem_fence.c, Linux 6.1): per-file fence ids (lowest free from 1; a signalled
// fence's slot is parked as NULL so ids are never reused while the file lives), attach with
// conflict test on the object's reservation, signal, and signal-all at file close. The kernel's
// 10-second auto-signal timer runs on the machine's virtual clock (System.clock.advance).

import { EBUSY, EINVAL, ENOENT, ENOMEM, ETIMEDOUT } from '../../errno.ts';
import { Idr } from '../../idr.ts';
import { DmaFence } from '../../dma-fence.ts';
import type { DrmFile } from '../../drm-file.ts';
import { drm_gem_object_put } from '../../gem/object.ts';
import { drm_vgem_fence_attach, drm_vgem_fence_signal } from '../../views.ts';

export const VGEM_FENCE_WRITE = 0x1;
/** vgem_fence_create arms a timer: an unsignalled fence signals itself after 10 s */
export const VGEM_FENCE_TIMEOUT_MS = 10_000;

/** struct vgem_file */
export interface VgemFile {
  readonly fenceIdr: Idr<DmaFence>;
}

export function vgemFile(file: DrmFile): VgemFile {
  return file.driverPriv as VgemFile;
}

let fenceSeqno = 1n;

/** Models vgem_fence_attach_ioctl. */
export function vgem_fence_attach_ioctl(file: DrmFile, arg: Uint8Array): number {
  const a = new drm_vgem_fence_attach(arg);
  if (a.flags & ~VGEM_FENCE_WRITE) return -EINVAL;
  if (a.pad) return -EINVAL;
  const obj = file.dev.gem.lookup(file, a.handle);
  if (!obj) return -ENOENT;
  const fence = DmaFence.create(file.dev.heap, fenceSeqno++, { clock: file.dev.clock, expiresAt: file.dev.clock.now + VGEM_FENCE_TIMEOUT_MS });
  if (!fence) {
    drm_gem_object_put(obj);
    return -ENOMEM;
  }
  const write = (a.flags & VGEM_FENCE_WRITE) !== 0;
  // dma_resv_usage_rw: a writer waits for everyone, a reader only for writers
  let ret = obj.resv.testSignaled(write ? 'read' : 'write') ? 0 : -EBUSY;
  if (ret === 0) {
    obj.resv.add(fence, write ? 'write' : 'read');
    const id = vgemFile(file).fenceIdr.alloc(fence, 1);
    if (id > 0) a.out_fence = id;
    else ret = id;
  }
  if (ret) {
    fence.signal();
    fence.put();
  }
  drm_gem_object_put(obj);
  return ret;
}

/** Models vgem_fence_signal_ioctl. */
export function vgem_fence_signal_ioctl(file: DrmFile, arg: Uint8Array): number {
  const s = new drm_vgem_fence_signal(arg);
  if (s.flags) return -EINVAL;
  const idr = vgemFile(file).fenceIdr;
  if (s.fence > 0x7fffffff || !idr.has(s.fence)) return -ENOENT;
  const fence = idr.replace(s.fence, null);
  if (!fence) return -ENOENT;
  const ret = fence.signaled ? -ETIMEDOUT : 0;
  fence.signal();
  fence.put();
  return ret;
}

/** Models vgem_fence_open. */
export function vgem_fence_open(file: DrmFile): number {
  file.driverPriv = { fenceIdr: new Idr<DmaFence>() } satisfies VgemFile;
  return 0;
}

/** Models vgem_fence_close: every unsignalled fence is signalled and dropped. */
export function vgem_fence_close(file: DrmFile): void {
  const idr = vgemFile(file).fenceIdr;
  for (const id of idr.ids()) {
    const fence = idr.find(id);
    if (fence) {
      fence.signal();
      fence.put();
    }
    idr.remove(id);
  }
}
