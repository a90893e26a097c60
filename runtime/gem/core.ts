// The GEM core of drm_gem.c: per-file handles (lowest free id from 1), handle release in the
// kernel's order, flink names (device-wide, lowest free from 1, alive while the object has
// handles) and GEM_OPEN. Handles hold one object reference between them (the "handle ref").

import { EINVAL, ENOENT } from '../errno.ts';
import type { DrmDevice } from '../device.ts';
import type { DrmFile } from '../drm-file.ts';
import { drm_gem_object_funcs } from '../views.ts';
import type { GemObject } from './object.ts';
import { drm_gem_object_get, drm_gem_object_put } from './object.ts';
import { dma_buf_put } from '../prime/dma-buf.ts';

export class GemCore {
  constructor(private readonly dev: DrmDevice) {}

  private funcs(obj: GemObject<unknown>): drm_gem_object_funcs {
    return new drm_gem_object_funcs(this.dev.heap.dataView, Number(obj.view.funcs));
  }

  /** Models drm_gem_handle_create_tail: the new handle (> 0) or -errno, unwinding on failure. */
  handleCreate(file: DrmFile, obj: GemObject<unknown>): number {
    if (obj.view.handle_count++ === 0) drm_gem_object_get(obj);
    const handle = file.objectIdr.alloc(obj, 1);
    if (handle < 0) {
      this.handlePut(obj);
      return handle;
    }
    this.dev.vma.allow(obj.view.vma_node, file.addr);
    const open = this.dev.fnTable.resolve<(o: GemObject<unknown>, f: DrmFile) => number>(this.funcs(obj).open);
    if (open) {
      const ret = open(obj, file);
      if (ret < 0) {
        this.dev.vma.revoke(obj.view.vma_node, file.addr);
        file.objectIdr.remove(handle);
        this.handlePut(obj);
        return ret;
      }
    }
    return handle;
  }

  /** Models drm_gem_object_lookup: the object with an extra reference, or undefined. */
  lookup(file: DrmFile, handle: number): GemObject<unknown> | undefined {
    const obj = file.objectIdr.find(handle);
    if (obj) drm_gem_object_get(obj);
    return obj;
  }

  /**
   * Models drm_gem_object_handle_put_unlocked: the last handle takes the flink name and the
   * export cache (obj->dma_buf) with it, then drops the handle ref.
   */
  private handlePut(obj: GemObject<unknown>): void {
    if (obj.view.handle_count === 0) return;
    if (--obj.view.handle_count === 0) {
      if (obj.view.name !== 0) {
        this.dev.objectNames.remove(obj.view.name);
        obj.view.name = 0;
      }
      if (!obj.view.dma_buf.isNull) {
        const buf = this.dev.dmaBufAt(obj.view.dma_buf);
        obj.view.dma_buf = 0n;
        if (buf) dma_buf_put(buf);
      }
      drm_gem_object_put(obj);
    }
  }

  /** Models drm_gem_object_release_handle: driver close, prime cache, vma grant, handle put. */
  private releaseHandle(file: DrmFile, handle: number, obj: GemObject<unknown>): void {
    const close = this.dev.fnTable.resolve<(o: GemObject<unknown>, f: DrmFile) => void>(this.funcs(obj).close);
    if (close) close(obj, file);
    file.prime.removeBufHandle(handle);
    this.dev.vma.revoke(obj.view.vma_node, file.addr);
    this.handlePut(obj);
  }

  /** Models drm_gem_handle_delete: 0, or -EINVAL for an unknown (or already closing) handle. */
  handleDelete(file: DrmFile, handle: number): number {
    const obj = file.objectIdr.replace(handle, null);
    if (!obj) return -EINVAL;
    this.releaseHandle(file, handle, obj);
    file.objectIdr.remove(handle);
    return 0;
  }

  /** Models drm_gem_release: every remaining handle, in ascending order, on file close. */
  release(file: DrmFile): void {
    for (const handle of file.objectIdr.ids()) {
      const obj = file.objectIdr.find(handle);
      if (obj) this.releaseHandle(file, handle, obj);
      file.objectIdr.remove(handle);
    }
  }

  /** Models drm_gem_flink_ioctl: the object's name (allocated once), or -errno. */
  flink(file: DrmFile, handle: number): number {
    const obj = this.lookup(file, handle);
    if (!obj) return -ENOENT;
    let ret: number;
    if (obj.view.handle_count === 0) {
      ret = -ENOENT;
    } else if (obj.view.name === 0) {
      ret = this.dev.objectNames.alloc(obj, 1);
      if (ret > 0) obj.view.name = ret;
    } else {
      ret = obj.view.name;
    }
    drm_gem_object_put(obj);
    return ret;
  }

  /** Models drm_gem_open_ioctl: a new handle for the named object and its size, or -errno. */
  open(file: DrmFile, name: number): { handle: number; size: bigint } | number {
    const obj = name > 0x7fffffff ? undefined : this.dev.objectNames.find(name);
    if (!obj) return -ENOENT;
    drm_gem_object_get(obj);
    const handle = this.handleCreate(file, obj);
    const size = obj.view.size;
    drm_gem_object_put(obj);
    return handle < 0 ? handle : { handle, size };
  }
}
