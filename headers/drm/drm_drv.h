/* SPDX-License-Identifier: MIT */
/*
 * What a DRM driver declares to the core (models include/drm/drm_drv.h, Linux 6.1, reduced to
 * the feature flags, the GEM, PRIME and dumb-buffer hooks and the identification a driver
 * provides; the legacy hooks are kept under CONFIG_DRM_LEGACY as in the kernel).
 */
#ifndef _DRM_DRV_H_
#define _DRM_DRV_H_

#include <linux/kconfig.h>
#include <linux/types.h>

#include <drm/drm_device.h>

struct drm_file;
struct drm_gem_object;
struct drm_master;
struct drm_minor;
struct dma_buf;
struct dma_buf_attachment;
struct drm_mode_create_dumb;
struct drm_ioctl_desc;
struct file_operations;
struct sg_table;
struct vm_area_struct;

/**
 * Features a driver (and each of its devices) may offer; the core refuses the ioctls of a
 * feature that is absent.
 */
enum drm_driver_feature {
	/** GEM memory management. */
	DRIVER_GEM			= BIT(0),
	/** Kernel mode setting. */
	DRIVER_MODESET			= BIT(1),
	/** A render node. */
	DRIVER_RENDER			= BIT(3),
	/** Atomic mode setting. */
	DRIVER_ATOMIC			= BIT(4),
	/** Sync objects. */
	DRIVER_SYNCOBJ			= BIT(5),
	/** Timeline sync objects. */
	DRIVER_SYNCOBJ_TIMELINE		= BIT(6),

	/* Legacy features, for drivers from before KMS. */
	/** AGP support. */
	DRIVER_USE_AGP			= BIT(25),
	/** A legacy (non-KMS) driver. */
	DRIVER_LEGACY			= BIT(26),
	/** PCI DMA. */
	DRIVER_PCI_DMA			= BIT(27),
	/** Scatter/gather DMA. */
	DRIVER_SG			= BIT(28),
	/** Legacy DMA ioctls. */
	DRIVER_HAVE_DMA			= BIT(29),
	/** Legacy interrupt handling. */
	DRIVER_HAVE_IRQ			= BIT(30),
	/** Legacy contexts on a KMS driver. */
	DRIVER_KMS_LEGACY_CONTEXT	= BIT(31),
};

/** A DRM driver: its hooks, identification and features. */
struct drm_driver {
	/** Legacy: set-up after the device is created. */
	int (*load)(struct drm_device *, unsigned long flags);
	/** A file was opened; sets up its driver_priv. An error fails the open. */
	int (*open)(struct drm_device *, struct drm_file *);
	/** A file is being closed; frees its driver_priv. */
	void (*postclose)(struct drm_device *, struct drm_file *);
	/** The last file was closed. */
	void (*lastclose)(struct drm_device *);
	/** Legacy: tear-down before the device goes. */
	void (*unload)(struct drm_device *);
	/** The device's last reference is gone. */
	void (*release)(struct drm_device *);
	/** A file became master. */
	void (*master_set)(struct drm_device *dev, struct drm_file *file_priv,
			   bool from_open);
	/** A file stopped being master. */
	void (*master_drop)(struct drm_device *dev, struct drm_file *file_priv);
	/** Creates the driver's debugfs files for a node. */
	void (*debugfs_init)(struct drm_minor *minor);
	/** Allocates the driver's object type, for the GEM helpers. */
	struct drm_gem_object *(*gem_create_object)(struct drm_device *dev,
						    size_t size);
	/** PRIME export; drm_gem_prime_handle_to_fd() when NULL. */
	int (*prime_handle_to_fd)(struct drm_device *dev, struct drm_file *file_priv,
				  uint32_t handle, uint32_t flags, int *prime_fd);
	/** PRIME import; drm_gem_prime_fd_to_handle() when NULL. */
	int (*prime_fd_to_handle)(struct drm_device *dev, struct drm_file *file_priv,
				  int prime_fd, uint32_t *handle);
	/** Turns a dma-buf into a GEM object; drm_gem_prime_import() when NULL. */
	struct drm_gem_object *(*gem_prime_import)(struct drm_device *dev,
						   struct dma_buf *dma_buf);
	/** Wraps a foreign buffer's scatter list in a GEM object. */
	struct drm_gem_object *(*gem_prime_import_sg_table)(struct drm_device *dev,
							    struct dma_buf_attachment *attach,
							    struct sg_table *sgt);
	/** mmap of an exported dma-buf. */
	int (*gem_prime_mmap)(struct drm_gem_object *obj, struct vm_area_struct *vma);
	/** MODE_CREATE_DUMB: allocates a dumb buffer and returns its handle, pitch and size. */
	int (*dumb_create)(struct drm_file *file_priv,
			   struct drm_device *dev,
			   struct drm_mode_create_dumb *args);
	/** MODE_MAP_DUMB: the fake mmap offset of a dumb buffer. */
	int (*dumb_map_offset)(struct drm_file *file_priv,
			       struct drm_device *dev, uint32_t handle,
			       uint64_t *offset);
	/** MODE_DESTROY_DUMB: releases a dumb buffer's handle. */
	int (*dumb_destroy)(struct drm_file *file_priv,
			    struct drm_device *dev,
			    uint32_t handle);

	/** Major version reported by VERSION. */
	int major;
	/** Minor version reported by VERSION. */
	int minor;
	/** Patch level reported by VERSION. */
	int patchlevel;
	/** Driver name reported by VERSION. */
	char *name;
	/** Description reported by VERSION. */
	char *desc;
	/** Date string reported by VERSION. */
	char *date;

	/** The DRIVER_* features the driver supports. */
	u32 driver_features;

	/** The driver's private ioctls, indexed from DRM_COMMAND_BASE. */
	const struct drm_ioctl_desc *ioctls;
	/** Number of entries in @ioctls. */
	int num_ioctls;

	/** File operations of the device nodes. */
	const struct file_operations *fops;

#ifdef CONFIG_DRM_LEGACY
	/** Legacy: first open of the device. */
	int (*firstopen)(struct drm_device *);
	/** Legacy: before a file's close. */
	void (*preclose)(struct drm_device *, struct drm_file *file_priv);
	/** Legacy: the DMA ioctl. */
	int (*dma_ioctl)(struct drm_device *dev, void *data, struct drm_file *file_priv);
	/** Legacy: waits for DMA to go idle. */
	int (*dma_quiescent)(struct drm_device *);
	/** Legacy: a context is destroyed. */
	int (*context_dtor)(struct drm_device *dev, int context);
	/** Legacy: size of the driver's per-device data. */
	int dev_priv_size;
#endif
};

/**
 * drm_core_check_feature - whether a device offers a feature: both its driver and the device
 * itself must have the flag.
 * @dev: the device
 * @feature: one DRIVER_* flag
 */
static inline bool drm_core_check_feature(const struct drm_device *dev, u32 feature)
{
	return dev->driver->driver_features & dev->driver_features & feature;
}

/** Takes a reference on the device. */
void drm_dev_get(struct drm_device *dev);
/** Drops a reference on the device, releasing it with the last. */
void drm_dev_put(struct drm_device *dev);
/** Makes the device's nodes visible to user space. */
int drm_dev_register(struct drm_device *dev, unsigned long flags);
/** Hides the device's nodes again. */
void drm_dev_unregister(struct drm_device *dev);

#endif /* _DRM_DRV_H_ */
