// PRIME ioctls of drm_prime.c (Linux 6.1): handle → dma-buf fd and dma-buf fd → handle, with the
// per-file cache, the object's cached export (obj->dma_buf) and same-device self-import.

import { EINVAL, ENOENT, ENOMEM } from '../errno.ts';
import type { DrmFile } from '../drm-file.ts';
import { GemObject } from '../gem/object.ts';
import type { DriverObjectType } from '../gem/object.ts';
import { drm_gem_object_get, drm_gem_object_put } from '../gem/object.ts';
import type { KFile } from '../vfs.ts';
import type { DmaBuf } from './dma-buf.ts';
import { dma_buf_put, drm_gem_prime_export, fileToDmaBuf, get_dma_buf } from './dma-buf.ts';

export const DRM_CLOEXEC = 0o2000000;
export const DRM_RDWR = 2;

/** Installs a dma-buf's file reference as a new fd (dma_buf_fd); returns the fd or -errno. */
export type InstallFd = (file: KFile, cloexec: boolean) => number;

/** Models export_and_register_object. */
function exportAndRegister(obj: GemObject<unknown>, flags: number): DmaBuf | number {
  if (obj.view.handle_count === 0) return -ENOENT;
  const buf = drm_gem_prime_export(obj, flags);
  if (!buf) return -ENOMEM;
  obj.view.dma_buf = BigInt(buf.addr);
  get_dma_buf(buf);
  return buf;
}

/** Models drm_gem_prime_handle_to_fd: the new fd or -errno. */
export function drm_gem_prime_handle_to_fd(file: DrmFile, handle: number, flags: number, install: InstallFd): number {
  const dev = file.dev;
  const obj = dev.gem.lookup(file, handle);
  if (!obj) return -ENOENT;
  let buf = file.prime.bufByHandle(handle);
  let ret = 0;
  if (buf) {
    get_dma_buf(buf);
  } else {
    const cached = obj.importedFrom ?? (!obj.view.dma_buf.isNull ? dev.dmaBufAt(obj.view.dma_buf) : undefined);
    if (cached) {
      get_dma_buf(cached);
      buf = cached;
    } else {
      const made = exportAndRegister(obj, flags);
      if (typeof made === 'number') {
        drm_gem_object_put(obj);
        return made;
      }
      buf = made;
    }
    const added = file.prime.add(buf, handle);
    if (added < 0) {
      dma_buf_put(buf);
      drm_gem_object_put(obj);
      return added;
    }
  }
  ret = install(buf.file, (flags & DRM_CLOEXEC) !== 0);
  if (ret < 0) dma_buf_put(buf);
  drm_gem_object_put(obj);
  return ret;
}

/**
 * Models drm_gem_prime_import_dev: a dma-buf this device exported is the original object (a
 * reference is taken); another device's dma-buf is attached (the attachment holds a dma-buf
 * reference) and wrapped in a new object of the driver's type (the shmem helper's
 * gem_prime_import_sg_table), which shares the exporter's pages and gets its own mmap offset.
 */
function drm_gem_prime_import(file: DrmFile, buf: DmaBuf): GemObject<unknown> | number {
  const dev = file.dev;
  if (buf.obj.dev === dev) {
    drm_gem_object_get(buf.obj);
    return buf.obj;
  }
  if (!dev.driver.prime) return -EINVAL;
  const made = GemObject.new(dev, dev.driver.objectType as unknown as DriverObjectType<unknown>, buf.size);
  if (typeof made === 'number') return made;
  const obj = made.obj;
  get_dma_buf(buf);
  obj.importedFrom = buf;
  obj.view.import_attach = BigInt(buf.addr);
  obj.backing = buf.obj.backing;
  const off = obj.createMmapOffset();
  if (typeof off === 'number') {
    made.release();
    return off;
  }
  return obj;
}

/**
 * Models drm_gem_prime_fd_to_handle. `resolve` is dma_buf_get: the open file behind the fd
 * (-EBADF when none); a file that is not a dma-buf is -EINVAL.
 */
export function drm_gem_prime_fd_to_handle(file: DrmFile, resolve: () => KFile | number): number {
  const kf = resolve();
  if (typeof kf === 'number') return kf;
  const buf = fileToDmaBuf(kf);
  if (!buf) return -EINVAL;
  get_dma_buf(buf);
  try {
    const cached = file.prime.handleByBuf(buf);
    if (cached !== undefined) return cached;
    const obj = drm_gem_prime_import(file, buf);
    if (typeof obj === 'number') return obj;
    if (obj.view.dma_buf.isNull) {
      obj.view.dma_buf = BigInt(buf.addr);
      get_dma_buf(buf);
    }
    const handle = file.dev.gem.handleCreate(file, obj);
    drm_gem_object_put(obj);
    if (handle < 0) return handle;
    const added = file.prime.add(buf, handle);
    if (added < 0) {
      // the handle must not outlive a failed registration
      file.dev.gem.handleDelete(file, handle);
      return added;
    }
    return handle;
  } finally {
    dma_buf_put(buf);
  }
}
