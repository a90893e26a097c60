// The one place the runtime imports record views from: every kernel and uapi record lives in
// memory laid out by the generated bindings.

export { atomic_t, idr, rb_node, rb_root } from '@tsbindgen/linux-core';
export { refcount_struct, kref } from '@tsbindgen/linux-kref';
export { dma_buf, dma_buf_ops, dma_fence } from '@tsbindgen/drm-prime';
export { drm_mm, drm_mm_node } from '@tsbindgen/drm-mm';
export { drm_vma_offset_node, drm_vma_offset_manager } from '@tsbindgen/drm-vma';
export { drm_gem_object, drm_gem_object_funcs } from '@tsbindgen/drm-gem';
export { drm_file, drm_device, drm_minor, drm_master } from '@tsbindgen/drm-file';
export {
  drm_version, drm_unique, drm_auth, drm_set_version, drm_gem_close, drm_gem_flink, drm_gem_open,
  drm_get_cap, drm_set_client_cap, drm_prime_handle, drm_mode_create_dumb, drm_mode_map_dumb,
  drm_mode_destroy_dumb,
} from '@tsbindgen/uapi-drm';
export { drm_vgem_fence_attach, drm_vgem_fence_signal } from '@tsbindgen/uapi-vgem';
