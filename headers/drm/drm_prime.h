/* SPDX-License-Identifier: MIT */
/*
 * PRIME: sharing GEM objects as dma-bufs (models include/drm/drm_prime.h, Linux 6.1, plus the
 * two per-file set-up functions the kernel keeps in drm_internal.h).
 *
 * Each file keeps a two-way cache between its handles and the dma-bufs they were exported as or
 * imported from, so importing a buffer twice yields the same handle and exporting twice the same
 * dma-buf.
 */
#ifndef __DRM_PRIME_H__
#define __DRM_PRIME_H__

#include <linux/types.h>
#include <linux/mutex.h>

struct device;
struct dma_buf_export_info;
struct dma_buf;
struct dma_buf_attachment;
struct drm_device;
struct drm_gem_object;
struct drm_file;
struct sg_table;
struct vm_area_struct;

/** A file's cache of dma-buf <-> handle pairs. */
struct drm_prime_file_private {
	/** Protects both trees. */
	struct mutex lock;
	/** Cache entries ordered by dma-buf address. */
	struct rb_root dmabufs;
	/** The same entries ordered by handle. */
	struct rb_root handles;
};

/** Prepares an empty cache for a new file. */
void drm_prime_init_file_private(struct drm_prime_file_private *prime_fpriv);
/** Tears the cache of a closing file down; it must be empty. */
void drm_prime_destroy_file_private(struct drm_prime_file_private *prime_fpriv);

/** PRIME_FD_TO_HANDLE: the handle in @file_priv for the dma-buf behind @prime_fd. */
int drm_gem_prime_fd_to_handle(struct drm_device *dev,
			       struct drm_file *file_priv, int prime_fd, uint32_t *handle);
/** PRIME_HANDLE_TO_FD: a new descriptor for the dma-buf of @handle (exported if needed). */
int drm_gem_prime_handle_to_fd(struct drm_device *dev,
			       struct drm_file *file_priv, uint32_t handle, uint32_t flags,
			       int *prime_fd);

/** Creates a dma-buf for a GEM object, holding a reference on the object and the device. */
struct dma_buf *drm_gem_dmabuf_export(struct drm_device *dev,
				      struct dma_buf_export_info *exp_info);
/** dma-buf release callback: drops what drm_gem_dmabuf_export() took. */
void drm_gem_dmabuf_release(struct dma_buf *dma_buf);
/** Default export: wraps @obj in a dma-buf with the GEM dma-buf operations. */
struct dma_buf *drm_gem_prime_export(struct drm_gem_object *obj, int flags);
/** Default import: the GEM object of a dma-buf of this device, or an attachment to a foreign one. */
struct drm_gem_object *drm_gem_prime_import(struct drm_device *dev,
					    struct dma_buf *dma_buf);
/** Import that attaches @attach_dev rather than the DRM device's own device. */
struct drm_gem_object *drm_gem_prime_import_dev(struct drm_device *dev,
						struct dma_buf *dma_buf,
						struct device *attach_dev);
/** Releases the import of a foreign dma-buf when the object is freed. */
void drm_prime_gem_destroy(struct drm_gem_object *obj, struct sg_table *sg);
/** mmap of a dma-buf exported from a GEM object, through the object's own mmap. */
int drm_gem_prime_mmap(struct drm_gem_object *obj, struct vm_area_struct *vma);
/** dma-buf mmap callback for GEM exports. */
int drm_gem_dmabuf_mmap(struct dma_buf *dma_buf, struct vm_area_struct *vma);
/** dma-buf attach callback for GEM exports: pins the object. */
int drm_gem_map_attach(struct dma_buf *dma_buf, struct dma_buf_attachment *attach);
/** dma-buf detach callback for GEM exports: unpins the object. */
void drm_gem_map_detach(struct dma_buf *dma_buf, struct dma_buf_attachment *attach);

#endif /* __DRM_PRIME_H__ */
