// Request words user code passes to ioctl(2), from the generated uapi packages' `ioctls` tables.

import { ioctls as drm } from '@tsbindgen/uapi-drm';
import { ioctls as vgem } from '@tsbindgen/uapi-vgem';

export const DRM_IOCTL_VERSION = drm.DRM_IOCTL_VERSION.request;
export const DRM_IOCTL_GET_UNIQUE = drm.DRM_IOCTL_GET_UNIQUE.request;
export const DRM_IOCTL_GET_MAGIC = drm.DRM_IOCTL_GET_MAGIC.request;
export const DRM_IOCTL_GEM_CLOSE = drm.DRM_IOCTL_GEM_CLOSE.request;
export const DRM_IOCTL_GEM_FLINK = drm.DRM_IOCTL_GEM_FLINK.request;
export const DRM_IOCTL_GEM_OPEN = drm.DRM_IOCTL_GEM_OPEN.request;
export const DRM_IOCTL_GET_CAP = drm.DRM_IOCTL_GET_CAP.request;
export const DRM_IOCTL_SET_CLIENT_CAP = drm.DRM_IOCTL_SET_CLIENT_CAP.request;
export const DRM_IOCTL_AUTH_MAGIC = drm.DRM_IOCTL_AUTH_MAGIC.request;
export const DRM_IOCTL_SET_MASTER = drm.DRM_IOCTL_SET_MASTER.request;
export const DRM_IOCTL_DROP_MASTER = drm.DRM_IOCTL_DROP_MASTER.request;
export const DRM_IOCTL_PRIME_HANDLE_TO_FD = drm.DRM_IOCTL_PRIME_HANDLE_TO_FD.request;
export const DRM_IOCTL_PRIME_FD_TO_HANDLE = drm.DRM_IOCTL_PRIME_FD_TO_HANDLE.request;
export const DRM_IOCTL_MODE_CREATE_DUMB = drm.DRM_IOCTL_MODE_CREATE_DUMB.request;
export const DRM_IOCTL_MODE_MAP_DUMB = drm.DRM_IOCTL_MODE_MAP_DUMB.request;
export const DRM_IOCTL_MODE_DESTROY_DUMB = drm.DRM_IOCTL_MODE_DESTROY_DUMB.request;
export const DRM_IOCTL_VGEM_FENCE_ATTACH = vgem.DRM_IOCTL_VGEM_FENCE_ATTACH.request;
export const DRM_IOCTL_VGEM_FENCE_SIGNAL = vgem.DRM_IOCTL_VGEM_FENCE_SIGNAL.request;

/** _IOC(dir, type, nr, size) */
export function IOC(dir: number, type: number, nr: number, size: number): number {
  return ((dir << 30) | (size << 16) | (type << 8) | nr) >>> 0;
}
