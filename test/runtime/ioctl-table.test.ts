// The 6.1 core table's request words agree with the generated uapi packages' ioctl metadata, and
// the dispatcher applies drm_ioctl's size rules (truth: the kernel traces under test/conformance).

import { describe, expect, it } from 'vitest';
import { ioctls as drmIoctls } from '@tsbindgen/uapi-drm';
import { ioctls as vgemIoctls } from '@tsbindgen/uapi-vgem';
import { coreIoctls } from '../../runtime/ioctl/core-table.ts';
import { vgemDriver } from '../../runtime/drivers/vgem/driver.ts';
import { decodeRequest } from '../../runtime/ioctl/drm-ioctl.ts';
import { System } from '../../runtime/system.ts';
import { drm_gem_close, drm_get_cap } from '../../runtime/views.ts';

describe('ioctl tables', () => {
  it('use the request word of every DRM ioctl the generated uapi-drm package declares', () => {
    for (const [name, meta] of Object.entries(drmIoctls)) {
      expect(coreIoctls.find((e) => e.name === name)?.request, name).toBe(meta.request);
    }
  });

  it('place the vgem ioctls at nr - DRM_COMMAND_BASE with the generated request words', () => {
    for (const meta of Object.values(vgemIoctls)) {
      expect(vgemDriver.ioctls[meta.nr - 0x40]?.request).toBe(meta.request);
    }
  });

  it('decode the generated metadata the same way the dispatcher decodes a request', () => {
    for (const meta of Object.values(drmIoctls)) {
      expect(decodeRequest(meta.request)).toEqual({ dir: meta.dir, type: meta.type, nr: meta.nr, size: meta.size });
    }
  });
});

describe('drm_ioctl argument copying', () => {
  function card() {
    const system = System.withVgem();
    const proc = system.spawn(0);
    return { proc, fd: proc.open('/dev/dri/card0') };
  }

  it('copies the result out even when the handler fails', () => {
    const { proc, fd } = card();
    const gc = drm_get_cap.alloc();
    gc.capability = 1n;
    gc.value = 99n;
    expect(proc.ioctl(fd, drmIoctls.DRM_IOCTL_GET_CAP.request, gc.bytes())).toBe(-95);
    expect(gc.value).toBe(0n);
  });

  it('leaves bytes beyond the kernel struct untouched in a longer user argument', () => {
    const { proc, fd } = card();
    const arg = new Uint8Array(24).fill(0xaa);
    arg.fill(0, 0, 16);
    arg[0] = 5;
    const request = (drmIoctls.DRM_IOCTL_GET_CAP.request & ~(0x3fff << 16)) | (24 << 16);
    expect(proc.ioctl(fd, request >>> 0, arg)).toBe(0);
    expect([arg[8], arg[16], arg[23]]).toEqual([3, 0xaa, 0xaa]);
  });

  it('answers EFAULT when the argument memory is shorter than the request says', () => {
    const { proc, fd } = card();
    expect(proc.ioctl(fd, drmIoctls.DRM_IOCTL_GEM_CLOSE.request, new Uint8Array(4))).toBe(-14);
    expect(drm_gem_close.SIZE).toBe(8);
  });
});
