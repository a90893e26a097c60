// Handlers of the DRM core ioctls that act (drm_ioctl.c, drm_auth.c, drm_gem.c, drm_prime.c,
// drm_dumb_buffers.c of Linux 6.1). Each decodes its argument with the uapi view, returns 0 or
// -errno and may leave partial results in the argument (it is copied out even on failure).

import {
  drm_auth, drm_gem_close, drm_gem_flink, drm_gem_open, drm_get_cap, drm_mode_create_dumb,
  drm_mode_destroy_dumb, drm_mode_map_dumb, drm_prime_handle, drm_set_version, drm_unique, drm_version,
} from '../views.ts';
import { EFAULT, EINVAL, ENOENT, ENOSYS, EOPNOTSUPP } from '../errno.ts';
import type { DrmFile } from '../drm-file.ts';
import type { IoctlContext, IoctlHandler } from './context.ts';
import { drm_authmagic, drm_dropmaster_ioctl, drm_getmagic, drm_setmaster_ioctl } from '../master.ts';
import { DRM_CLOEXEC, DRM_RDWR, drm_gem_prime_fd_to_handle, drm_gem_prime_handle_to_fd } from '../prime/prime.ts';
import { drm_mode_create_dumb as createDumb } from '../gem/dumb.ts';
import { drm_gem_object_put } from '../gem/object.ts';

const DRM_CAP_PRIME = 5n;
const DRM_CAP_TIMESTAMP_MONOTONIC = 6n;
const DRM_CAP_SYNCOBJ = 0x13n;
const DRM_CAP_SYNCOBJ_TIMELINE = 0x14n;
const DRM_IF_MAJOR = 1;
const DRM_IF_MINOR = 4;
/** from_kuid_munged's answer for an unmapped uid */
const OVERFLOW_UID = 65534n;

const encoder = new TextEncoder();

/** Models drm_copy_field: copies min(len, buffer) bytes when there is a buffer, reports the full length. */
function copyField(ctx: IoctlContext, ptr: bigint, userLen: bigint, value: string, setLen: (n: bigint) => void): number {
  const bytes = encoder.encode(value);
  const n = Math.min(bytes.length, Number(userLen > 0xffffffffn ? 0xffffffffn : userLen));
  setLen(BigInt(bytes.length));
  if (n > 0 && ptr !== 0n && !ctx.user.copyTo(ptr, bytes.subarray(0, n))) return -EFAULT;
  return 0;
}

const version: IoctlHandler = (file, arg, ctx) => {
  const v = new drm_version(arg);
  const drv = file.dev.driver;
  v.version_major = drv.major;
  v.version_minor = drv.minor;
  v.version_patchlevel = drv.patchlevel;
  let err = copyField(ctx, v.name.address, v.name_len, drv.name, (n) => { v.name_len = n; });
  if (!err) err = copyField(ctx, v.date.address, v.date_len, drv.date, (n) => { v.date_len = n; });
  if (!err) err = copyField(ctx, v.desc.address, v.desc_len, drv.desc, (n) => { v.desc_len = n; });
  return err;
};

const getunique: IoctlHandler = (file, arg, ctx) => {
  const u = new drm_unique(arg);
  const m = file.master;
  const unique = m?.unique ?? '';
  if (u.unique_len >= BigInt(unique.length) && unique.length > 0) {
    if (!ctx.user.copyTo(u.unique.address, encoder.encode(unique))) return -EFAULT;
  }
  u.unique_len = BigInt(unique.length);
  return 0;
};

const getmagic: IoctlHandler = (file, arg) => {
  const ret = drm_getmagic(file);
  new drm_auth(arg).magic = file.view.magic;
  return ret < 0 ? ret : 0;
};

/** Models the hollowed-out drm_getclient of 6.1: only index 0, describing the caller. */
const getclient: IoctlHandler = (file, arg, ctx) => {
  const dv = new DataView(arg.buffer, arg.byteOffset, arg.length);
  if (dv.getInt32(0, true) !== 0) return -EINVAL;
  dv.setInt32(4, file.view.authenticated ? 1 : 0, true);
  dv.setBigUint64(8, BigInt(ctx.task.tgid), true);
  dv.setBigUint64(16, OVERFLOW_UID, true);
  dv.setBigUint64(24, 0n, true);
  dv.setBigUint64(32, 0n, true);
  return 0;
};

const getstats: IoctlHandler = (_file, arg) => {
  arg.fill(0);
  return 0;
};

const setversion: IoctlHandler = (file, arg) => {
  const sv = new drm_set_version(arg);
  const drv = file.dev.driver;
  let ret = 0;
  if (sv.drm_di_major !== -1) {
    if (sv.drm_di_major !== DRM_IF_MAJOR || sv.drm_di_minor < 0 || sv.drm_di_minor > DRM_IF_MINOR) {
      ret = -EINVAL;
    } else if (sv.drm_di_minor >= 1 && file.master) {
      // drm_set_busid: a platform device's unique name is the device name
      file.master.unique = drv.name;
      file.master.view.unique_len = drv.name.length;
    }
  }
  if (ret === 0 && sv.drm_dd_major !== -1) {
    if (sv.drm_dd_major !== drv.major || sv.drm_dd_minor < 0 || sv.drm_dd_minor > drv.minor) ret = -EINVAL;
  }
  sv.drm_di_major = DRM_IF_MAJOR;
  sv.drm_di_minor = DRM_IF_MINOR;
  sv.drm_dd_major = drv.major;
  sv.drm_dd_minor = drv.minor;
  return ret;
};

const gemFeature = (file: DrmFile): boolean => file.dev.driver.features.gem;

const gem_close: IoctlHandler = (file, arg) => {
  if (!gemFeature(file)) return -EOPNOTSUPP;
  return file.dev.gem.handleDelete(file, new drm_gem_close(arg).handle);
};

const gem_flink: IoctlHandler = (file, arg) => {
  if (!gemFeature(file)) return -EOPNOTSUPP;
  const fl = new drm_gem_flink(arg);
  const name = file.dev.gem.flink(file, fl.handle);
  if (name < 0) return name;
  fl.name = name;
  return 0;
};

const gem_open: IoctlHandler = (file, arg) => {
  if (!gemFeature(file)) return -EOPNOTSUPP;
  const op = new drm_gem_open(arg);
  const r = file.dev.gem.open(file, op.name);
  if (typeof r === 'number') return r;
  op.handle = r.handle;
  op.size = r.size;
  return 0;
};

/** Models drm_getcap's decision: the value, or -errno for caps a non-KMS driver does not answer. */
export function drm_getcap_value(file: DrmFile, capability: bigint): bigint | number {
  const drv = file.dev.driver;
  switch (capability) {
    case DRM_CAP_TIMESTAMP_MONOTONIC: return 1n;
    case DRM_CAP_PRIME: return drv.prime ? 3n : 0n;
    case DRM_CAP_SYNCOBJ: return drv.features.syncobj ? 1n : 0n;
    case DRM_CAP_SYNCOBJ_TIMELINE: return 0n;
  }
  return drv.features.modeset ? -EINVAL : -EOPNOTSUPP;
}

const getcap: IoctlHandler = (file, arg) => {
  const gc = new drm_get_cap(arg);
  gc.value = 0n;
  const v = drm_getcap_value(file, gc.capability);
  if (typeof v === 'number') return v;
  gc.value = v;
  return 0;
};

const setclientcap: IoctlHandler = (file) => (file.dev.driver.features.modeset ? -EINVAL : -EOPNOTSUPP);

const authmagic: IoctlHandler = (file, arg) => drm_authmagic(file, new drm_auth(arg).magic);
const setmaster: IoctlHandler = (file, _arg, ctx) => drm_setmaster_ioctl(file, ctx.task);
const dropmaster: IoctlHandler = (file, _arg, ctx) => drm_dropmaster_ioctl(file, ctx.task);

const prime_handle_to_fd: IoctlHandler = (file, arg, ctx) => {
  if (!file.dev.driver.prime) return -ENOSYS;
  const ph = new drm_prime_handle(arg);
  if ((ph.flags & ~(DRM_CLOEXEC | DRM_RDWR)) !== 0) return -EINVAL;
  const fd = drm_gem_prime_handle_to_fd(file, ph.handle, ph.flags, (f, cloexec) => ctx.installFd(f, cloexec));
  if (fd < 0) return fd;
  ph.fd = fd;
  return 0;
};

const prime_fd_to_handle: IoctlHandler = (file, arg, ctx) => {
  if (!file.dev.driver.prime) return -ENOSYS;
  const ph = new drm_prime_handle(arg);
  const handle = drm_gem_prime_fd_to_handle(file, () => ctx.resolveFd(ph.fd));
  if (handle < 0) return handle;
  ph.handle = handle;
  return 0;
};

const mode_create_dumb: IoctlHandler = (file, arg) => {
  const cd = new drm_mode_create_dumb(arg);
  return createDumb(file, cd);
};

const mode_map_dumb: IoctlHandler = (file, arg) => {
  if (!file.dev.driver.dumbCreate) return -ENOSYS;
  const md = new drm_mode_map_dumb(arg);
  const obj = file.dev.gem.lookup(file, md.handle);
  if (!obj) return -ENOENT;
  let ret = 0;
  if (obj.importedFrom) {
    ret = -EINVAL;
  } else {
    const off = obj.createMmapOffset();
    if (typeof off === 'number') ret = off;
    else md.offset = off;
  }
  drm_gem_object_put(obj);
  return ret;
};

const mode_destroy_dumb: IoctlHandler = (file, arg) => {
  if (!file.dev.driver.dumbCreate) return -ENOSYS;
  return file.dev.gem.handleDelete(file, new drm_mode_destroy_dumb(arg).handle);
};

export const coreHandlers = {
  version, getunique, getmagic, getclient, getstats, setversion, gem_close, gem_flink, gem_open,
  getcap, setclientcap, authmagic, setmaster, dropmaster, prime_handle_to_fd, prime_fd_to_handle,
  mode_create_dumb, mode_map_dumb, mode_destroy_dumb,
} satisfies Record<string, IoctlHandler>;

export type CoreHandlerName = keyof typeof coreHandlers;
