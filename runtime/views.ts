// The one place the runtime imports record views from. Today it re-exports the temporary
// stand-ins where the generated package does not have the record yet (pending-views.ts).

export { atomic_t, idr } from '@tsbindgen/linux-core';
export { refcount_struct, kref } from '@tsbindgen/linux-kref';
export { dma_buf, dma_buf_ops } from '@tsbindgen/drm-prime';
export { drm_mm, drm_mm_node } from '@tsbindgen/drm-mm';
export { drm_vma_offset_node, drm_vma_offset_manager } from '@tsbindgen/drm-vma';
export { drm_gem_object, drm_gem_object_funcs } from '@tsbindgen/drm-gem';
export { drm_file, drm_device, drm_minor } from '@tsbindgen/drm-file';
export { drm_master, dma_fence } from './pending-views.ts';
export {
  drm_version, drm_unique, drm_auth, drm_gem_close, drm_gem_flink, drm_gem_open,
  drm_get_cap, drm_set_client_cap, drm_prime_handle, drm_mode_create_dumb, drm_mode_map_dumb,
  drm_mode_destroy_dumb,
} from '@tsbindgen/uapi-drm';
export { drm_vgem_fence_attach, drm_vgem_fence_signal } from '@tsbindgen/uapi-vgem';
export { drm_set_version } from './pending-views.ts';
