// A libdrm-like user API over a simulated process: programs read as they would against libdrm,
// but every call returns its result or a negative errno (there is no global errno here).
//
//   const drm = new Libdrm(System.withVgem().spawn());
//   const fd = drm.drmOpen('card');
//   const bo = drm.drmModeCreateDumb(fd, 64, 64, 32);      // { handle, pitch, size } or -errno
//   const offset = drm.drmModeMapDumb(fd, bo.handle);
//   const pixels = drm.mmap(fd, offset, bo.size);            // Uint8Array on the object's pages

import type { Process } from './process.ts';
import type { Mapping } from './address-space.ts';
import { PROT_READ, PROT_WRITE } from './vfs.ts';
import { EAGAIN, EINTR } from './errno.ts';
import * as R from './ioctl/requests.ts';
import {
  drm_auth, drm_gem_close, drm_gem_flink, drm_gem_open, drm_get_cap, drm_mode_create_dumb,
  drm_mode_destroy_dumb, drm_mode_map_dumb, drm_prime_handle, drm_unique, drm_version,
  drm_vgem_fence_attach, drm_vgem_fence_signal,
} from './views.ts';

export const DRM_CLOEXEC = 0o2000000;
export const DRM_RDWR = 2;

export interface DrmVersion {
  readonly major: number;
  readonly minor: number;
  readonly patchlevel: number;
  readonly name: string;
  readonly date: string;
  readonly desc: string;
}

export interface DumbBuffer { readonly handle: number; readonly pitch: number; readonly size: bigint }

const decoder = new TextDecoder();

export class Libdrm {
  private readonly maps = new Map<Uint8Array, Mapping>();
  constructor(readonly proc: Process) {}

  /** Opens /dev/dri/card<minor> or /dev/dri/renderD<128+minor>; the fd or -errno. */
  drmOpen(node: 'card' | 'render', minor = 0): number {
    return this.proc.open(node === 'card' ? `/dev/dri/card${minor}` : `/dev/dri/renderD${128 + minor}`);
  }

  drmClose(fd: number): number {
    return this.proc.close(fd);
  }

  /** Like libdrm's drmIoctl: retries while interrupted; 0 or -errno. */
  drmIoctl(fd: number, request: number, arg: Uint8Array | { bytes(): Uint8Array }): number {
    const bytes = arg instanceof Uint8Array ? arg : arg.bytes();
    let r: number;
    do r = this.proc.ioctl(fd, request, bytes);
    while (r === -EINTR || r === -EAGAIN);
    return r;
  }

  /** Two VERSION calls, as libdrm does: lengths first, then the strings. */
  drmGetVersion(fd: number): DrmVersion | number {
    const v = drm_version.alloc();
    let r = this.drmIoctl(fd, R.DRM_IOCTL_VERSION, v);
    if (r < 0) return r;
    const bufs = [v.name_len, v.date_len, v.desc_len].map((n) => new Uint8Array(Number(n) + 1));
    const ptrs = bufs.map((b) => this.proc.user.map(b));
    [v.name, v.date, v.desc] = ptrs;
    r = this.drmIoctl(fd, R.DRM_IOCTL_VERSION, v);
    ptrs.forEach((p) => this.proc.user.unmap(p));
    if (r < 0) return r;
    const text = (i: number, n: bigint) => decoder.decode(bufs[i].subarray(0, Number(n)));
    return {
      major: v.version_major, minor: v.version_minor, patchlevel: v.version_patchlevel,
      name: text(0, v.name_len), date: text(1, v.date_len), desc: text(2, v.desc_len),
    };
  }

  drmGetBusid(fd: number): string | number {
    const u = drm_unique.alloc();
    const r = this.drmIoctl(fd, R.DRM_IOCTL_GET_UNIQUE, u);
    if (r < 0) return r;
    const buf = new Uint8Array(Number(u.unique_len));
    u.unique = this.proc.user.map(buf);
    const r2 = this.drmIoctl(fd, R.DRM_IOCTL_GET_UNIQUE, u);
    this.proc.user.unmap(u.unique.address);
    return r2 < 0 ? r2 : decoder.decode(buf);
  }

  drmGetCap(fd: number, capability: number): bigint | number {
    const gc = drm_get_cap.alloc();
    gc.capability = BigInt(capability);
    const r = this.drmIoctl(fd, R.DRM_IOCTL_GET_CAP, gc);
    return r < 0 ? r : gc.value;
  }

  drmGetMagic(fd: number): number {
    const au = drm_auth.alloc();
    const r = this.drmIoctl(fd, R.DRM_IOCTL_GET_MAGIC, au);
    return r < 0 ? r : au.magic;
  }

  drmAuthMagic(fd: number, magic: number): number {
    const au = drm_auth.alloc();
    au.magic = magic;
    return this.drmIoctl(fd, R.DRM_IOCTL_AUTH_MAGIC, au);
  }

  drmSetMaster(fd: number): number {
    return this.drmIoctl(fd, R.DRM_IOCTL_SET_MASTER, new Uint8Array(0));
  }

  drmDropMaster(fd: number): number {
    return this.drmIoctl(fd, R.DRM_IOCTL_DROP_MASTER, new Uint8Array(0));
  }

  /** The new dma-buf fd, or -errno. */
  drmPrimeHandleToFD(fd: number, handle: number, flags: number): number {
    const ph = drm_prime_handle.alloc();
    ph.handle = handle;
    ph.flags = flags;
    ph.fd = -1;
    const r = this.drmIoctl(fd, R.DRM_IOCTL_PRIME_HANDLE_TO_FD, ph);
    return r < 0 ? r : ph.fd;
  }

  /** The handle of the dma-buf `primeFd` in this DRM file, or -errno. */
  drmPrimeFDToHandle(fd: number, primeFd: number): number {
    const ph = drm_prime_handle.alloc();
    ph.fd = primeFd;
    const r = this.drmIoctl(fd, R.DRM_IOCTL_PRIME_FD_TO_HANDLE, ph);
    return r < 0 ? r : ph.handle;
  }

  drmModeCreateDumb(fd: number, width: number, height: number, bpp: number): DumbBuffer | number {
    const cd = drm_mode_create_dumb.alloc();
    cd.width = width;
    cd.height = height;
    cd.bpp = bpp;
    const r = this.drmIoctl(fd, R.DRM_IOCTL_MODE_CREATE_DUMB, cd);
    return r < 0 ? r : { handle: cd.handle, pitch: cd.pitch, size: cd.size };
  }

  /** The fake offset to pass to mmap, or -errno. */
  drmModeMapDumb(fd: number, handle: number): bigint | number {
    const md = drm_mode_map_dumb.alloc();
    md.handle = handle;
    const r = this.drmIoctl(fd, R.DRM_IOCTL_MODE_MAP_DUMB, md);
    return r < 0 ? r : md.offset;
  }

  drmModeDestroyDumb(fd: number, handle: number): number {
    const dd = drm_mode_destroy_dumb.alloc();
    dd.handle = handle;
    return this.drmIoctl(fd, R.DRM_IOCTL_MODE_DESTROY_DUMB, dd);
  }

  drmCloseBufferHandle(fd: number, handle: number): number {
    const gc = drm_gem_close.alloc();
    gc.handle = handle;
    return this.drmIoctl(fd, R.DRM_IOCTL_GEM_CLOSE, gc);
  }

  /** GEM_FLINK: the global name, or -errno. */
  gemFlink(fd: number, handle: number): number {
    const fl = drm_gem_flink.alloc();
    fl.handle = handle;
    const r = this.drmIoctl(fd, R.DRM_IOCTL_GEM_FLINK, fl);
    return r < 0 ? r : fl.name;
  }

  /** GEM_OPEN: a new handle for a global name, or -errno. */
  gemOpen(fd: number, name: number): { handle: number; size: bigint } | number {
    const op = drm_gem_open.alloc();
    op.name = name;
    const r = this.drmIoctl(fd, R.DRM_IOCTL_GEM_OPEN, op);
    return r < 0 ? r : { handle: op.handle, size: op.size };
  }

  /** mmap(NULL, length, prot, MAP_SHARED, fd, offset): the pages as a Uint8Array, or -errno. */
  mmap(fd: number, offset: bigint | number, length: bigint | number, prot = PROT_READ | PROT_WRITE): Uint8Array | number {
    const m = this.proc.mmap(fd, BigInt(offset), BigInt(length), prot);
    if (typeof m === 'number') return m;
    const view = m.bytes.subarray(0, Math.min(m.bytes.length, Number(length)));
    this.maps.set(view, m);
    return view;
  }

  /** poll without waiting: which of POLLIN (1) / POLLOUT (4) the descriptor is ready for. */
  poll(fd: number, events: number): number {
    return this.proc.poll(fd, events);
  }

  /** vgem fence attach on `handle` (flags 1 = write): the fence id or -errno. */
  vgemFenceAttach(fd: number, handle: number, flags: number): number {
    const fa = drm_vgem_fence_attach.alloc();
    fa.handle = handle;
    fa.flags = flags;
    const r = this.drmIoctl(fd, R.DRM_IOCTL_VGEM_FENCE_ATTACH, fa);
    return r < 0 ? r : fa.out_fence;
  }

  vgemFenceSignal(fd: number, fence: number): number {
    const fs = drm_vgem_fence_signal.alloc();
    fs.fence = fence;
    return this.drmIoctl(fd, R.DRM_IOCTL_VGEM_FENCE_SIGNAL, fs);
  }

  /** lseek on a descriptor: a dma-buf answers its size for (0, SEEK_END). */
  lseek(fd: number, offset: bigint | number, whence: number): bigint | number {
    return this.proc.lseek(fd, BigInt(offset), whence);
  }

  munmap(bytes: Uint8Array): number {
    const m = this.maps.get(bytes);
    if (!m) return -22;
    this.maps.delete(bytes);
    return this.proc.munmap(m);
  }
}
