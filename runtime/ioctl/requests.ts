// Request words user code passes to ioctl(2): the DRM core's (from the core table, the uapi's
// numbers) and vgem's. When the generated uapi packages land these come from their `ioctls`.

import { coreIoctls } from './core-table.ts';
import { DRM_IOCTL_VGEM_FENCE_ATTACH, DRM_IOCTL_VGEM_FENCE_SIGNAL } from '../drivers/vgem/driver.ts';

function core(name: string): number {
  const e = coreIoctls.find((c) => c.name === name);
  if (!e) throw new Error(`no core ioctl ${name}`);
  return e.request;
}

export const DRM_IOCTL_VERSION = core('DRM_IOCTL_VERSION');
export const DRM_IOCTL_GET_UNIQUE = core('DRM_IOCTL_GET_UNIQUE');
export const DRM_IOCTL_GET_MAGIC = core('DRM_IOCTL_GET_MAGIC');
export const DRM_IOCTL_GEM_CLOSE = core('DRM_IOCTL_GEM_CLOSE');
export const DRM_IOCTL_GEM_FLINK = core('DRM_IOCTL_GEM_FLINK');
export const DRM_IOCTL_GEM_OPEN = core('DRM_IOCTL_GEM_OPEN');
export const DRM_IOCTL_GET_CAP = core('DRM_IOCTL_GET_CAP');
export const DRM_IOCTL_SET_CLIENT_CAP = core('DRM_IOCTL_SET_CLIENT_CAP');
export const DRM_IOCTL_AUTH_MAGIC = core('DRM_IOCTL_AUTH_MAGIC');
export const DRM_IOCTL_SET_MASTER = core('DRM_IOCTL_SET_MASTER');
export const DRM_IOCTL_DROP_MASTER = core('DRM_IOCTL_DROP_MASTER');
export const DRM_IOCTL_PRIME_HANDLE_TO_FD = core('DRM_IOCTL_PRIME_HANDLE_TO_FD');
export const DRM_IOCTL_PRIME_FD_TO_HANDLE = core('DRM_IOCTL_PRIME_FD_TO_HANDLE');
export const DRM_IOCTL_MODE_CREATE_DUMB = core('DRM_IOCTL_MODE_CREATE_DUMB');
export const DRM_IOCTL_MODE_MAP_DUMB = core('DRM_IOCTL_MODE_MAP_DUMB');
export const DRM_IOCTL_MODE_DESTROY_DUMB = core('DRM_IOCTL_MODE_DESTROY_DUMB');
export { DRM_IOCTL_VGEM_FENCE_ATTACH, DRM_IOCTL_VGEM_FENCE_SIGNAL };

/** _IOC(dir, type, nr, size) */
export function IOC(dir: number, type: number, nr: number, size: number): number {
  return ((dir << 30) | (size << 16) | (type << 8) | nr) >>> 0;
}
