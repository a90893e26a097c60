// Models drm_ioctl + drm_ioctl_kernel + drm_ioctl_permit of Linux 6.1: type check, table
// selection by nr, struct-size reconciliation with zero-fill, the NULL-slot check before the
// permission check, and copy-out of the (possibly partial) result even when the handler failed.

import { EACCES, EFAULT, EINVAL, ENOTTY } from '../errno.ts';
import { DRM_AUTH, DRM_MASTER, DRM_RENDER_ALLOW, DRM_ROOT_ONLY } from '../device.ts';
import type { DrmFile } from '../drm-file.ts';
import { drm_is_current_master } from '../master.ts';
import type { IoctlContext, IoctlHandler } from './context.ts';
import { coreIoctl, DRM_CORE_IOCTL_COUNT } from './core-table.ts';
import { coreHandlers } from './core-handlers.ts';

export const DRM_IOCTL_BASE = 0x64;
export const DRM_COMMAND_BASE = 0x40;
export const DRM_COMMAND_END = 0xa0;
const IOC_IN = 1;
const IOC_OUT = 2;

export interface Decoded { dir: number; type: number; nr: number; size: number }

/** _IOC_DIR/_IOC_TYPE/_IOC_NR/_IOC_SIZE of an asm-generic request word. */
export function decodeRequest(request: number): Decoded {
  const r = request >>> 0;
  return { dir: r >>> 30, type: (r >>> 8) & 0xff, nr: r & 0xff, size: (r >>> 16) & 0x3fff };
}

/** Models drm_ioctl_permit: 0 or -EACCES. */
export function drm_ioctl_permit(flags: number, file: DrmFile, ctx: IoctlContext): number {
  if ((flags & DRM_ROOT_ONLY) && !ctx.task.capSysAdmin) return -EACCES;
  if ((flags & DRM_AUTH) && !file.isRender && !file.view.authenticated) return -EACCES;
  if ((flags & DRM_MASTER) && !drm_is_current_master(file)) return -EACCES;
  if (!(flags & DRM_RENDER_ALLOW) && file.isRender) return -EACCES;
  return 0;
}

interface Slot { request: number; flags: number; handler: IoctlHandler | null }

function constant(errno: number): IoctlHandler {
  return () => errno;
}

/** The core table as slots, indexed by nr (built once; undefined = hole). */
const coreSlots: Array<Slot | undefined> = Array.from({ length: DRM_CORE_IOCTL_COUNT }, (_, nr) => {
  const e = coreIoctl(nr);
  if (!e) return undefined;
  return { request: e.request, flags: e.flags, handler: typeof e.handler === 'number' ? constant(e.handler) : coreHandlers[e.handler] };
});
const HOLE: Slot = { request: 0, flags: 0, handler: null };

function lookupSlot(file: DrmFile, nr: number): Slot | number {
  if (nr >= DRM_COMMAND_BASE && nr < DRM_COMMAND_END) {
    const table = file.dev.driver.ioctls;
    const index = nr - DRM_COMMAND_BASE;
    if (index >= table.length) return -EINVAL;
    const e = table[index];
    return e ? { request: e.request, flags: e.flags, handler: e.handler } : { request: 0, flags: 0, handler: null };
  }
  if (nr >= DRM_CORE_IOCTL_COUNT) return -EINVAL;
  return coreSlots[nr] ?? HOLE;
}

/**
 * Models drm_ioctl on a DRM file: `user` is the caller's argument memory (what the pointer
 * points at; shorter than the request's size means the copy faults). 0 or -errno.
 */
export function drm_ioctl(file: DrmFile, request: number, user: Uint8Array, ctx: IoctlContext): number {
  const cmd = decodeRequest(request);
  if (cmd.type !== DRM_IOCTL_BASE) return -ENOTTY;
  const slot = lookupSlot(file, cmd.nr);
  if (typeof slot === 'number') return slot;
  const kcmd = decodeRequest(slot.request);
  const drvSize = kcmd.size;
  const inSize = cmd.dir & kcmd.dir & IOC_IN ? cmd.size : 0;
  const outSize = cmd.dir & kcmd.dir & IOC_OUT ? cmd.size : 0;
  const ksize = Math.max(inSize, outSize, drvSize);
  if (!slot.handler) return -EINVAL;
  const kdata = new Uint8Array(ksize);
  if (inSize > user.length) return -EFAULT;
  kdata.set(user.subarray(0, inSize));
  let ret = drm_ioctl_permit(slot.flags, file, ctx);
  if (ret === 0) ret = slot.handler(file, kdata, ctx);
  if (outSize > 0) {
    if (outSize > user.length) return -EFAULT;
    user.set(kdata.subarray(0, outSize));
  }
  return ret;
}
