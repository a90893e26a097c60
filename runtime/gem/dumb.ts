// Dumb buffers: the core's validation (drm_mode_create_dumb, all in u32 arithmetic as the kernel
// does) and the shmem helper's pitch/size rule vgem 6.1 uses (drm_gem_shmem_dumb_create).

import { EINVAL, ENOSYS } from '../errno.ts';
import type { DrmFile } from '../drm-file.ts';
import type { drm_mode_create_dumb as CreateDumbView } from '../views.ts';
import type { DumbArgs } from '../device.ts';
import { GemObject } from './object.ts';
import type { DriverObjectType } from './object.ts';

const U32_MAX = 0xffffffff;

/** PAGE_ALIGN on a u32 expression: the kernel's macro keeps the operand's type, so it wraps. */
export function pageAlignU32(x: number): number {
  return ((x + 4095) & ~4095) >>> 0;
}

/** Models drm_mode_create_dumb: validation, output fields zeroed, then the driver. */
export function drm_mode_create_dumb(file: DrmFile, args: CreateDumbView): number {
  const drv = file.dev.driver;
  if (!drv.dumbCreate) return -ENOSYS;
  const { width, height, bpp } = args;
  if (!width || !height || !bpp) return -EINVAL;
  if (bpp > U32_MAX - 8) return -EINVAL;
  const cpp = Math.floor((bpp + 7) / 8);
  if (cpp > Math.floor(U32_MAX / width)) return -EINVAL;
  const stride = cpp * width;
  if (height > Math.floor(U32_MAX / stride)) return -EINVAL;
  const size = height * stride;
  if (pageAlignU32(size) === 0) return -EINVAL;
  args.handle = 0;
  args.pitch = 0;
  args.size = 0n;
  const dumb: DumbArgs = { width, height, bpp, handle: 0, pitch: 0, size: 0n };
  const ret = drv.dumbCreate(file, dumb);
  // the driver writes straight into the argument: partial results are visible on failure
  args.handle = dumb.handle;
  args.pitch = dumb.pitch;
  args.size = dumb.size;
  return ret;
}

/**
 * Models drm_gem_shmem_dumb_create → drm_gem_shmem_create_with_handle: pitch is
 * DIV_ROUND_UP(width * bpp, 8) and size PAGE_ALIGN(pitch * height), both in u32; the object gets
 * its mmap offset at creation, then a handle, then the creation reference is dropped.
 */
export function shmemDumbCreate<T>(file: DrmFile, args: DumbArgs, type: DriverObjectType<T>): number {
  const bits = Number((BigInt(args.width) * BigInt(args.bpp)) & 0xffffffffn);
  args.pitch = Math.floor(((bits + 7) >>> 0) / 8);
  args.size = BigInt(pageAlignU32(Number((BigInt(args.pitch) * BigInt(args.height)) & 0xffffffffn)));
  const made = GemObject.new(file.dev, type, Number(args.size));
  if (typeof made === 'number') return made;
  const off = made.obj.createMmapOffset();
  if (typeof off === 'number') {
    made.release();
    return off;
  }
  const handle = made.obj.createHandle(file);
  made.release();
  if (handle < 0) return handle;
  args.handle = handle;
  return 0;
}
