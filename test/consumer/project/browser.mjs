// Bundled by esbuild for the browser (no Node built-ins): the generated views and the support package only.
import { drm_mode_create_dumb } from '@tsbindgen/uapi-drm/wasm32';

const d = drm_mode_create_dumb.alloc();
d.width = 640;
d.height = 480;
d.bpp = 32;
globalThis.result = `${drm_mode_create_dumb.SIZE}:${d.width}x${d.height}x${d.bpp}`;
