// Plain Node ESM against the installed tarballs: the default (x86_64) export, a per-target subpath, the
// layout self-check data and the support package.
import assert from 'node:assert/strict';
import { RecordView } from '@tsbindgen/abi';
import { DRM_IOCTL_GEM_OPEN, drm_gem_open, ioctls } from '@tsbindgen/uapi-drm';
import * as i386 from '@tsbindgen/uapi-drm/i386';
import { layoutChecks } from '@tsbindgen/uapi-drm/layout-checks';
import { kref } from '@tsbindgen/linux-kref';

const arg = drm_gem_open.alloc();
assert.ok(arg instanceof RecordView, 'views extend the one installed @tsbindgen/abi');
arg.name = 3;
arg.size = 4096n;
assert.equal(arg.name, 3);
assert.equal(arg.size, 4096n);
assert.equal(drm_gem_open.SIZE, layoutChecks.x86_64['struct drm_gem_open'].size);
assert.equal(i386.drm_gem_open.SIZE, layoutChecks.i386['struct drm_gem_open'].size);
assert.equal(ioctls.DRM_IOCTL_GEM_OPEN.request, DRM_IOCTL_GEM_OPEN);
assert.equal(ioctls.DRM_IOCTL_GEM_OPEN.arg, drm_gem_open);
assert.equal(typeof kref.SIZE, 'number');
console.log(`node ESM: ok (drm_gem_open is ${drm_gem_open.SIZE} bytes on x86_64, ${i386.drm_gem_open.SIZE} on i386)`);
