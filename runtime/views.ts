// The one place the runtime imports record views from. Today it re-exports the temporary
// stand-ins; when the generated packages land, point these lines at '@tsbindgen/<subsystem>'.

export {
  atomic_t, refcount_struct, kref, drm_mm_node, drm_vma_offset_node, drm_gem_object,
  drm_gem_object_funcs, drm_master, drm_file, drm_minor, drm_device, dma_buf, dma_fence,
} from './pending-views.ts';
export {
  drm_version, drm_unique, drm_auth, drm_gem_close, drm_gem_flink, drm_gem_open,
  drm_get_cap, drm_set_client_cap, drm_prime_handle, drm_mode_create_dumb, drm_mode_map_dumb,
  drm_mode_destroy_dumb,
} from '@tsbindgen/uapi-drm';
export { drm_vgem_fence_attach, drm_vgem_fence_signal } from '@tsbindgen/uapi-vgem';
export { drm_set_version } from './pending-views.ts';
