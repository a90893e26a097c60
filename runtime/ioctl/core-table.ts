// The DRM core ioctl table of Linux 6.1 (drm_ioctls[], indexed by nr; DRM_CORE_IOCTL_COUNT =
// 0xCF). Request words are the uapi's (checked with gcc against libdrm's headers); the flags and
// the answers of the handlers we do not model (legacy → EINVAL, KMS/syncobj on a non-modeset
// driver → EOPNOTSUPP, no-ops → 0) were read off the real kernel's answers to every nr from a
// root master, a render client, a non-root master and (non-)authenticated clients:
// test/conformance/scripts/10-ioctl-table.* and 11-ioctl-permissions.*.

import { DRM_AUTH, DRM_MASTER, DRM_RENDER_ALLOW, DRM_ROOT_ONLY } from '../device.ts';
import { EINVAL, EOPNOTSUPP } from '../errno.ts';
import type { CoreHandlerName } from './core-handlers.ts';

export const DRM_CORE_IOCTL_COUNT = 0xcf;

export interface CoreIoctl {
  readonly nr: number;
  readonly name: string;
  readonly request: number;
  readonly flags: number;
  /** a modelled handler, or the constant answer of one we do not model */
  readonly handler: CoreHandlerName | number;
}


export const coreIoctls: readonly CoreIoctl[] = [
  { nr: 0x00, name: 'DRM_IOCTL_VERSION', request: 0xc0406400, flags: DRM_RENDER_ALLOW, handler: 'version' },
  { nr: 0x01, name: 'DRM_IOCTL_GET_UNIQUE', request: 0xc0106401, flags: 0, handler: 'getunique' },
  { nr: 0x02, name: 'DRM_IOCTL_GET_MAGIC', request: 0x80046402, flags: 0, handler: 'getmagic' },
  { nr: 0x03, name: 'DRM_IOCTL_IRQ_BUSID', request: 0xc0106403, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x04, name: 'DRM_IOCTL_GET_MAP', request: 0xc0286404, flags: 0, handler: -EINVAL },
  { nr: 0x05, name: 'DRM_IOCTL_GET_CLIENT', request: 0xc0286405, flags: 0, handler: 'getclient' },
  { nr: 0x06, name: 'DRM_IOCTL_GET_STATS', request: 0x80f86406, flags: 0, handler: 'getstats' },
  { nr: 0x07, name: 'DRM_IOCTL_SET_VERSION', request: 0xc0106407, flags: DRM_MASTER, handler: 'setversion' },
  { nr: 0x08, name: 'DRM_IOCTL_MODESET_CTL', request: 0x40086408, flags: 0, handler: 0 },
  { nr: 0x09, name: 'DRM_IOCTL_GEM_CLOSE', request: 0x40086409, flags: DRM_RENDER_ALLOW, handler: 'gem_close' },
  { nr: 0x0a, name: 'DRM_IOCTL_GEM_FLINK', request: 0xc008640a, flags: DRM_AUTH, handler: 'gem_flink' },
  { nr: 0x0b, name: 'DRM_IOCTL_GEM_OPEN', request: 0xc010640b, flags: DRM_AUTH, handler: 'gem_open' },
  { nr: 0x0c, name: 'DRM_IOCTL_GET_CAP', request: 0xc010640c, flags: DRM_RENDER_ALLOW, handler: 'getcap' },
  { nr: 0x0d, name: 'DRM_IOCTL_SET_CLIENT_CAP', request: 0x4010640d, flags: 0, handler: 'setclientcap' },
  { nr: 0x10, name: 'DRM_IOCTL_SET_UNIQUE', request: 0x40106410, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x11, name: 'DRM_IOCTL_AUTH_MAGIC', request: 0x40046411, flags: DRM_MASTER, handler: 'authmagic' },
  { nr: 0x12, name: 'DRM_IOCTL_BLOCK', request: 0xc0046412, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: 0 },
  { nr: 0x13, name: 'DRM_IOCTL_UNBLOCK', request: 0xc0046413, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: 0 },
  { nr: 0x14, name: 'DRM_IOCTL_CONTROL', request: 0x40086414, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x15, name: 'DRM_IOCTL_ADD_MAP', request: 0xc0286415, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x16, name: 'DRM_IOCTL_ADD_BUFS', request: 0xc0206416, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x17, name: 'DRM_IOCTL_MARK_BUFS', request: 0x40206417, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x18, name: 'DRM_IOCTL_INFO_BUFS', request: 0xc0106418, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x19, name: 'DRM_IOCTL_MAP_BUFS', request: 0xc0186419, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x1a, name: 'DRM_IOCTL_FREE_BUFS', request: 0x4010641a, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x1b, name: 'DRM_IOCTL_RM_MAP', request: 0x4028641b, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x1c, name: 'DRM_IOCTL_SET_SAREA_CTX', request: 0x4010641c, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x1d, name: 'DRM_IOCTL_GET_SAREA_CTX', request: 0xc010641d, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x1e, name: 'DRM_IOCTL_SET_MASTER', request: 0x0000641e, flags: 0, handler: 'setmaster' },
  { nr: 0x1f, name: 'DRM_IOCTL_DROP_MASTER', request: 0x0000641f, flags: 0, handler: 'dropmaster' },
  { nr: 0x20, name: 'DRM_IOCTL_ADD_CTX', request: 0xc0086420, flags: DRM_ROOT_ONLY, handler: -EINVAL },
  { nr: 0x21, name: 'DRM_IOCTL_RM_CTX', request: 0xc0086421, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x22, name: 'DRM_IOCTL_MOD_CTX', request: 0x40086422, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x23, name: 'DRM_IOCTL_GET_CTX', request: 0xc0086423, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x24, name: 'DRM_IOCTL_SWITCH_CTX', request: 0x40086424, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x25, name: 'DRM_IOCTL_NEW_CTX', request: 0x40086425, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x26, name: 'DRM_IOCTL_RES_CTX', request: 0xc0106426, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x27, name: 'DRM_IOCTL_ADD_DRAW', request: 0xc0046427, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: 0 },
  { nr: 0x28, name: 'DRM_IOCTL_RM_DRAW', request: 0xc0046428, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: 0 },
  { nr: 0x29, name: 'DRM_IOCTL_DMA', request: 0xc0406429, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x2a, name: 'DRM_IOCTL_LOCK', request: 0x4008642a, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x2b, name: 'DRM_IOCTL_UNLOCK', request: 0x4008642b, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x2c, name: 'DRM_IOCTL_FINISH', request: 0x4008642c, flags: DRM_AUTH, handler: 0 },
  { nr: 0x2d, name: 'DRM_IOCTL_PRIME_HANDLE_TO_FD', request: 0xc00c642d, flags: DRM_RENDER_ALLOW, handler: 'prime_handle_to_fd' },
  { nr: 0x2e, name: 'DRM_IOCTL_PRIME_FD_TO_HANDLE', request: 0xc00c642e, flags: DRM_RENDER_ALLOW, handler: 'prime_fd_to_handle' },
  { nr: 0x30, name: 'DRM_IOCTL_AGP_ACQUIRE', request: 0x00006430, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x31, name: 'DRM_IOCTL_AGP_RELEASE', request: 0x00006431, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x32, name: 'DRM_IOCTL_AGP_ENABLE', request: 0x40086432, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x33, name: 'DRM_IOCTL_AGP_INFO', request: 0x80386433, flags: DRM_AUTH, handler: -EINVAL },
  { nr: 0x34, name: 'DRM_IOCTL_AGP_ALLOC', request: 0xc0206434, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x35, name: 'DRM_IOCTL_AGP_FREE', request: 0x40206435, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x36, name: 'DRM_IOCTL_AGP_BIND', request: 0x40106436, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x37, name: 'DRM_IOCTL_AGP_UNBIND', request: 0x40106437, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x38, name: 'DRM_IOCTL_SG_ALLOC', request: 0xc0106438, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x39, name: 'DRM_IOCTL_SG_FREE', request: 0x40106439, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: -EINVAL },
  { nr: 0x3a, name: 'DRM_IOCTL_WAIT_VBLANK', request: 0xc018643a, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0x3b, name: 'DRM_IOCTL_CRTC_GET_SEQUENCE', request: 0xc018643b, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0x3c, name: 'DRM_IOCTL_CRTC_QUEUE_SEQUENCE', request: 0xc018643c, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0x3f, name: 'DRM_IOCTL_UPDATE_DRAW', request: 0x4018643f, flags: DRM_ROOT_ONLY | DRM_MASTER, handler: 0 },
  { nr: 0xa0, name: 'DRM_IOCTL_MODE_GETRESOURCES', request: 0xc04064a0, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xa1, name: 'DRM_IOCTL_MODE_GETCRTC', request: 0xc06864a1, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xa2, name: 'DRM_IOCTL_MODE_SETCRTC', request: 0xc06864a2, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xa3, name: 'DRM_IOCTL_MODE_CURSOR', request: 0xc01c64a3, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xa4, name: 'DRM_IOCTL_MODE_GETGAMMA', request: 0xc02064a4, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xa5, name: 'DRM_IOCTL_MODE_SETGAMMA', request: 0xc02064a5, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xa6, name: 'DRM_IOCTL_MODE_GETENCODER', request: 0xc01464a6, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xa7, name: 'DRM_IOCTL_MODE_GETCONNECTOR', request: 0xc05064a7, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xa8, name: 'DRM_IOCTL_MODE_ATTACHMODE', request: 0xc04864a8, flags: DRM_MASTER, handler: 0 },
  { nr: 0xa9, name: 'DRM_IOCTL_MODE_DETACHMODE', request: 0xc04864a9, flags: DRM_MASTER, handler: 0 },
  { nr: 0xaa, name: 'DRM_IOCTL_MODE_GETPROPERTY', request: 0xc04064aa, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xab, name: 'DRM_IOCTL_MODE_SETPROPERTY', request: 0xc01064ab, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xac, name: 'DRM_IOCTL_MODE_GETPROPBLOB', request: 0xc01064ac, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xad, name: 'DRM_IOCTL_MODE_GETFB', request: 0xc01c64ad, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xae, name: 'DRM_IOCTL_MODE_ADDFB', request: 0xc01c64ae, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xaf, name: 'DRM_IOCTL_MODE_RMFB', request: 0xc00464af, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xb0, name: 'DRM_IOCTL_MODE_PAGE_FLIP', request: 0xc01864b0, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xb1, name: 'DRM_IOCTL_MODE_DIRTYFB', request: 0xc01864b1, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xb2, name: 'DRM_IOCTL_MODE_CREATE_DUMB', request: 0xc02064b2, flags: 0, handler: 'mode_create_dumb' },
  { nr: 0xb3, name: 'DRM_IOCTL_MODE_MAP_DUMB', request: 0xc01064b3, flags: 0, handler: 'mode_map_dumb' },
  { nr: 0xb4, name: 'DRM_IOCTL_MODE_DESTROY_DUMB', request: 0xc00464b4, flags: 0, handler: 'mode_destroy_dumb' },
  { nr: 0xb5, name: 'DRM_IOCTL_MODE_GETPLANERESOURCES', request: 0xc01064b5, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xb6, name: 'DRM_IOCTL_MODE_GETPLANE', request: 0xc02064b6, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xb7, name: 'DRM_IOCTL_MODE_SETPLANE', request: 0xc03064b7, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xb8, name: 'DRM_IOCTL_MODE_ADDFB2', request: 0xc06864b8, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xb9, name: 'DRM_IOCTL_MODE_OBJ_GETPROPERTIES', request: 0xc02064b9, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xba, name: 'DRM_IOCTL_MODE_OBJ_SETPROPERTY', request: 0xc01864ba, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xbb, name: 'DRM_IOCTL_MODE_CURSOR2', request: 0xc02464bb, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xbc, name: 'DRM_IOCTL_MODE_ATOMIC', request: 0xc03864bc, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xbd, name: 'DRM_IOCTL_MODE_CREATEPROPBLOB', request: 0xc01064bd, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xbe, name: 'DRM_IOCTL_MODE_DESTROYPROPBLOB', request: 0xc00464be, flags: 0, handler: -EOPNOTSUPP },
  { nr: 0xbf, name: 'DRM_IOCTL_SYNCOBJ_CREATE', request: 0xc00864bf, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xc0, name: 'DRM_IOCTL_SYNCOBJ_DESTROY', request: 0xc00864c0, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xc1, name: 'DRM_IOCTL_SYNCOBJ_HANDLE_TO_FD', request: 0xc01064c1, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xc2, name: 'DRM_IOCTL_SYNCOBJ_FD_TO_HANDLE', request: 0xc01064c2, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xc3, name: 'DRM_IOCTL_SYNCOBJ_WAIT', request: 0xc02064c3, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xc4, name: 'DRM_IOCTL_SYNCOBJ_RESET', request: 0xc01064c4, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xc5, name: 'DRM_IOCTL_SYNCOBJ_SIGNAL', request: 0xc01064c5, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xc6, name: 'DRM_IOCTL_MODE_CREATE_LEASE', request: 0xc01864c6, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xc7, name: 'DRM_IOCTL_MODE_LIST_LESSEES', request: 0xc01064c7, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xc8, name: 'DRM_IOCTL_MODE_GET_LEASE', request: 0xc01064c8, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xc9, name: 'DRM_IOCTL_MODE_REVOKE_LEASE', request: 0xc00464c9, flags: DRM_MASTER, handler: -EOPNOTSUPP },
  { nr: 0xca, name: 'DRM_IOCTL_SYNCOBJ_TIMELINE_WAIT', request: 0xc02864ca, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xcb, name: 'DRM_IOCTL_SYNCOBJ_QUERY', request: 0xc01864cb, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xcc, name: 'DRM_IOCTL_SYNCOBJ_TRANSFER', request: 0xc02064cc, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xcd, name: 'DRM_IOCTL_SYNCOBJ_TIMELINE_SIGNAL', request: 0xc01864cd, flags: DRM_RENDER_ALLOW, handler: -EOPNOTSUPP },
  { nr: 0xce, name: 'DRM_IOCTL_MODE_GETFB2', request: 0xc06864ce, flags: 0, handler: -EINVAL },
];

const byNr = new Map(coreIoctls.map((e) => [e.nr, e]));

/** The table slot for `nr`, or undefined for a hole (EINVAL). */
export function coreIoctl(nr: number): CoreIoctl | undefined {
  return byNr.get(nr);
}
