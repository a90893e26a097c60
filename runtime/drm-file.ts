// struct drm_file: one open of a DRM minor (primary card node or render node). Holds the
// per-file handle table, the PRIME import/export cache, the driver's private data and the
// master/authentication state. Models drm_file_alloc / drm_file_free.

import { drm_file } from './views.ts';
import { HEAP_NULL } from './heap.ts';
import { Idr } from './idr.ts';
import { ENOMEM } from './errno.ts';
import type { DrmDevice } from './device.ts';
import type { GemObject } from './gem/object.ts';
import { PrimeFilePrivate } from './prime/file-private.ts';
import type { DrmMaster } from './master.ts';
import { drm_master_open, drm_master_release } from './master.ts';
import type { Task } from './task.ts';

export type MinorType = 'primary' | 'render';

export class DrmFile {
  readonly view: drm_file;
  readonly objectIdr = new Idr<GemObject<unknown>>();
  readonly prime: PrimeFilePrivate;
  master: DrmMaster | null = null;
  driverPriv: unknown = null;
  closed = false;

  private constructor(readonly dev: DrmDevice, readonly addr: number, readonly minor: MinorType, readonly pid: number) {
    this.view = new drm_file(dev.heap.dataView, addr);
    this.prime = new PrimeFilePrivate(this);
  }

  get isRender(): boolean {
    return this.minor === 'render';
  }

  /** Models drm_open_helper (drm_file_alloc, driver open, drm_master_open): the file or -errno. */
  static open(dev: DrmDevice, minor: MinorType, task: Task): DrmFile | number {
    const addr = dev.heap.alloc(drm_file.SIZE, drm_file.ALIGN);
    if (addr === HEAP_NULL) return -ENOMEM;
    const file = new DrmFile(dev, addr, minor, task.tgid);
    file.view.authenticated = task.capSysAdmin;
    file.view.minor = BigInt(minor === 'primary' ? dev.minors.primary : dev.minors.render);
    if (dev.driver.open) {
      const ret = dev.driver.open(file);
      if (ret < 0) {
        dev.heap.free(addr);
        return ret;
      }
    }
    if (minor === 'primary') {
      const ret = drm_master_open(file);
      if (ret < 0) {
        dev.driver.postclose?.(file);
        dev.heap.free(addr);
        return ret;
      }
    }
    dev.files.add(file);
    dev.view.open_count.counter += 1;
    return file;
  }

  /** Models drm_release → drm_file_free, in the kernel's order. */
  release(): void {
    if (this.closed) return;
    this.closed = true;
    const dev = this.dev;
    dev.files.delete(this);
    dev.view.open_count.counter -= 1;
    if (dev.driver.features.gem) dev.gem.release(this);
    if (this.minor === 'primary') drm_master_release(this);
    dev.driver.postclose?.(this);
    this.prime.destroy();
    dev.heap.free(this.addr);
  }
}
