// struct drm_master and the authentication protocol: the first opener of the primary node
// becomes master, GET_MAGIC/AUTH_MAGIC authenticate other clients, SET/DROP_MASTER move the
// role. Models drm_auth.c of Linux 6.1 (no leases: vgem has no modesetting).

import { drm_master } from './views.ts';
import { HEAP_NULL } from './heap.ts';
import { kref_get, kref_init, kref_put } from './kref.ts';
import { Idr } from './idr.ts';
import { EACCES, EBUSY, EINVAL, ENOMEM } from './errno.ts';
import type { DrmDevice } from './device.ts';
import type { DrmFile } from './drm-file.ts';
import type { Task } from './task.ts';

export class DrmMaster {
  readonly view: drm_master;
  /** magic → file; a consumed magic stays reserved with a NULL slot */
  readonly magicMap = new Idr<DrmFile>();
  /** master->unique (set by SET_VERSION 1.1+); its length is mirrored in the record */
  unique = '';
  constructor(readonly dev: DrmDevice, readonly addr: number) {
    this.view = new drm_master(dev.heap.dataView, addr);
  }
}

/** Models drm_master_create. */
function drm_master_create(dev: DrmDevice): DrmMaster | null {
  const addr = dev.heap.alloc(drm_master.SIZE, drm_master.ALIGN);
  if (addr === HEAP_NULL) return null;
  const m = new DrmMaster(dev, addr);
  kref_init(m.view.refcount);
  m.view.dev = BigInt(dev.addr);
  return m;
}

function drm_master_get(m: DrmMaster): DrmMaster {
  kref_get(m.view.refcount, m.dev.heap.misuse);
  return m;
}

function drm_master_put(m: DrmMaster): void {
  kref_put(m.view.refcount, () => m.dev.heap.free(m.addr), m.dev.heap.misuse);
}

function setDevMaster(dev: DrmDevice, m: DrmMaster | null): void {
  dev.master = m;
  dev.view.master = BigInt(m ? m.addr : 0);
}

function setFileMaster(file: DrmFile, m: DrmMaster | null): void {
  file.master = m;
  file.view.master = BigInt(m ? m.addr : 0);
}

/** Models drm_set_master. */
function drm_set_master(dev: DrmDevice, file: DrmFile): void {
  if (dev.master) drm_master_put(dev.master);
  setDevMaster(dev, drm_master_get(file.master!));
  file.view.was_master = true;
}

/** Models drm_new_set_master: a fresh master (fresh magic map) for `file`. */
function drm_new_set_master(dev: DrmDevice, file: DrmFile): number {
  const old = file.master;
  const m = drm_master_create(dev);
  if (!m) return -ENOMEM;
  setFileMaster(file, m);
  file.view.is_master = true;
  file.view.authenticated = true;
  drm_set_master(dev, file);
  if (old) drm_master_put(old);
  return 0;
}

/** Models drm_drop_master. */
function drm_drop_master(dev: DrmDevice): void {
  if (dev.master) drm_master_put(dev.master);
  setDevMaster(dev, null);
}

/** Models drm_is_current_master_locked. */
export function drm_is_current_master(file: DrmFile): boolean {
  return file.view.is_master && file.master !== null && file.master === file.dev.master;
}

/** Models drm_master_open: called for primary-node opens. */
export function drm_master_open(file: DrmFile): number {
  const dev = file.dev;
  if (!dev.master) return drm_new_set_master(dev, file);
  setFileMaster(file, drm_master_get(dev.master));
  return 0;
}

/** Models drm_master_release: the file's magic goes, a current master drops master. */
export function drm_master_release(file: DrmFile): void {
  const dev = file.dev;
  if (file.view.magic !== 0 && file.master) file.master.magicMap.remove(file.view.magic);
  if (drm_is_current_master(file) && dev.master === file.master) drm_drop_master(dev);
  if (file.master) {
    drm_master_put(file.master);
    setFileMaster(file, null);
  }
}

/** Models drm_master_check_perm. */
function drm_master_check_perm(file: DrmFile, task: Task): number {
  if (file.view.was_master && file.pid === task.tgid) return 0;
  if (!task.capSysAdmin) return -EACCES;
  return 0;
}

/** Models drm_setmaster_ioctl. */
export function drm_setmaster_ioctl(file: DrmFile, task: Task): number {
  const dev = file.dev;
  const perm = drm_master_check_perm(file, task);
  if (perm) return perm;
  if (drm_is_current_master(file)) return 0;
  if (dev.master) return -EBUSY;
  if (!file.master) return -EINVAL;
  if (!file.view.is_master) return drm_new_set_master(dev, file);
  drm_set_master(dev, file);
  return 0;
}

/** Models drm_dropmaster_ioctl. */
export function drm_dropmaster_ioctl(file: DrmFile, task: Task): number {
  const dev = file.dev;
  const perm = drm_master_check_perm(file, task);
  if (perm) return perm;
  if (!drm_is_current_master(file)) return -EINVAL;
  if (!dev.master) return -EINVAL;
  drm_drop_master(dev);
  return 0;
}

/** Models drm_getmagic: allocates the file's magic in its master's map once. Result or -errno. */
export function drm_getmagic(file: DrmFile): number {
  if (file.view.magic === 0) {
    if (!file.master) return -EINVAL;
    const id = file.master.magicMap.alloc(file, 1);
    if (id < 0) return id;
    file.view.magic = id;
  }
  return file.view.magic;
}

/** Models drm_authmagic: authenticates the file behind `magic` exactly once. */
export function drm_authmagic(file: DrmFile, magic: number): number {
  const m = file.master;
  if (!m) return -EINVAL;
  const target = magic > 0x7fffffff ? undefined : m.magicMap.find(magic);
  if (!target) return -EINVAL;
  target.view.authenticated = true;
  m.magicMap.replace(magic, null);
  return 0;
}
