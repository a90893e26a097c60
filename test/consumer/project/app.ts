// Type-checked by tsc --strict under nodenext and under bundler resolution, with skipLibCheck off so the
// installed .d.ts files are checked too.
import { RecordView, type BufferLike } from '@tsbindgen/abi';
import { DRM_IOCTL_GEM_OPEN, drm_gem_open, ioctls } from '@tsbindgen/uapi-drm';
import { drm_gem_open as drm_gem_open32 } from '@tsbindgen/uapi-drm/wasm32';
import { layoutChecks } from '@tsbindgen/uapi-drm/layout-checks';
import { generate, layout, type LayoutResult } from 'tsbindgen';

const arg: drm_gem_open = drm_gem_open.alloc();
const size: bigint = arg.size;
const handle32: number = drm_gem_open32.alloc().handle;
const request: number = DRM_IOCTL_GEM_OPEN;
const view: RecordView = ioctls.DRM_IOCTL_GEM_OPEN.arg.alloc();
const bytes: BufferLike = new Uint8Array(16);
const checked: number = layoutChecks.i386['struct drm_gem_open'].size;
const dump: LayoutResult = layout({ headers: ['x.h'], files: { 'x.h': 'struct x { int a; };' } });
const ok: boolean = generate({ check: true }).ok && dump.ok;
// @ts-expect-error a u64 field is a bigint on 64-bit targets, never a number
const wrong: number = arg.size;
export { size, handle32, request, view, bytes, checked, ok, wrong };
