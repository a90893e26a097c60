// The vgem driver (drivers/gpu/drm/vgem, Linux 6.1): DRIVER_GEM | DRIVER_RENDER, shmem objects,
// generic PRIME helpers, shmem dumb create, and two private ioctls (fence attach/signal) at
// driver-table indices 1 and 2 (index 0 is an empty slot).

import { ioctls } from '@tsbindgen/uapi-vgem';
import type { DrmDriver } from '../../device.ts';
import { DRM_RENDER_ALLOW } from '../../device.ts';
import { shmemDumbCreate } from '../../gem/dumb.ts';
import { vgemObjectType } from './object.ts';
import { vgem_fence_attach_ioctl, vgem_fence_close, vgem_fence_open, vgem_fence_signal_ioctl } from './fence.ts';

/** the kernel's request words for the driver table (drm_ioctl compares sizes against them) */
export const DRM_IOCTL_VGEM_FENCE_ATTACH = ioctls.DRM_IOCTL_VGEM_FENCE_ATTACH.request;
export const DRM_IOCTL_VGEM_FENCE_SIGNAL = ioctls.DRM_IOCTL_VGEM_FENCE_SIGNAL.request;

export const vgemDriver: DrmDriver = {
  name: 'vgem',
  desc: 'Virtual GEM provider',
  date: '20120112',
  major: 1,
  minor: 0,
  patchlevel: 0,
  features: { gem: true, render: true, modeset: false, syncobj: false },
  ioctls: [
    undefined,
    { name: 'DRM_IOCTL_VGEM_FENCE_ATTACH', request: DRM_IOCTL_VGEM_FENCE_ATTACH, flags: DRM_RENDER_ALLOW, handler: vgem_fence_attach_ioctl },
    { name: 'DRM_IOCTL_VGEM_FENCE_SIGNAL', request: DRM_IOCTL_VGEM_FENCE_SIGNAL, flags: DRM_RENDER_ALLOW, handler: vgem_fence_signal_ioctl },
  ],
  objectType: vgemObjectType as never,
  prime: true,
  open: vgem_fence_open,
  postclose: vgem_fence_close,
  dumbCreate: (file, args) => shmemDumbCreate(file, args, vgemObjectType),
};
