/* SPDX-License-Identifier: MIT */
/*
 * The GEM buffer object core (models include/drm/drm_gem.h, Linux 6.1).
 *
 * A driver embeds a struct drm_gem_object in its buffer type and fills in a table of
 * drm_gem_object_funcs. The core counts references (struct kref) and, separately, how many
 * per-file handles name the object; it owns the object's mmap offset, its flink name and its
 * link to a dma-buf when the object is shared.
 */
#ifndef __DRM_GEM_H__
#define __DRM_GEM_H__

#include <linux/types.h>
#include <linux/kref.h>
#include <linux/mutex.h>
#include <linux/dma-resv.h>

#include <drm/drm_vma_manager.h>

struct iosys_map;
struct drm_gem_object;
struct drm_device;
struct drm_file;
struct drm_printer;
struct dma_buf;
struct dma_buf_attachment;
struct sg_table;
struct vm_area_struct;
struct vm_operations_struct;
struct ww_acquire_ctx;
struct page;
struct file;

/**
 * Operations of a GEM object type. Only @free is mandatory; a missing optional operation means
 * the core's default behaviour, or that the feature is not offered.
 */
struct drm_gem_object_funcs {
	/** Frees the object once its last reference is gone. */
	void (*free)(struct drm_gem_object *obj);

	/** Called when a file gets a handle to the object; an error refuses the handle. */
	int (*open)(struct drm_gem_object *obj, struct drm_file *file);

	/** Called when a file's handle to the object goes away. */
	void (*close)(struct drm_gem_object *obj, struct drm_file *file);

	/** Prints driver-specific details in debugfs, indented by @indent. */
	void (*print_info)(struct drm_printer *p, unsigned int indent,
			   const struct drm_gem_object *obj);

	/** Wraps the object in a dma-buf; drm_gem_prime_export() when NULL. */
	struct dma_buf *(*export)(struct drm_gem_object *obj, int flags);

	/** Keeps the backing storage resident while another device uses it. */
	int (*pin)(struct drm_gem_object *obj);

	/** Undoes @pin. */
	void (*unpin)(struct drm_gem_object *obj);

	/** Describes the backing pages as a scatter list, for an importing device. */
	struct sg_table *(*get_sg_table)(struct drm_gem_object *obj);

	/** Maps the object into the kernel's address space. */
	int (*vmap)(struct drm_gem_object *obj, struct iosys_map *map);

	/** Undoes @vmap. */
	void (*vunmap)(struct drm_gem_object *obj, struct iosys_map *map);

	/** Sets up a user mapping of the object; when present, @vm_ops is not used. */
	int (*mmap)(struct drm_gem_object *obj, struct vm_area_struct *vma);

	/** Moves the object's contents out of memory; returns 0 or a negative errno. */
	int (*evict)(struct drm_gem_object *obj);

	/** Page-fault and open/close handlers of user mappings, when @mmap is NULL. */
	const struct vm_operations_struct *vm_ops;
};

/**
 * A list of GEM objects in one state (for example "purgeable"), with the total of their pages,
 * for drivers' memory shrinkers.
 */
struct drm_gem_lru {
	/** Lock shared by every LRU an object can move between. */
	struct mutex *lock;
	/** Pages held by the objects on the list. */
	long count;
	/** The objects, least recently used first. */
	struct list_head list;
};

/** A GEM buffer object, embedded at the start of a driver's buffer type. */
struct drm_gem_object {
	/**
	 * References to the object. Each handle holds one, as do mmaps, dma-bufs and in-kernel
	 * users; the object is freed when the last goes.
	 */
	struct kref refcount;

	/**
	 * Number of per-file handles that name the object. When it drops to zero the flink name is
	 * removed and the link to an exported dma-buf is broken. Protected by
	 * drm_device.object_name_lock.
	 */
	unsigned handle_count;

	/** The device the object belongs to. */
	struct drm_device *dev;

	/** The shmem file holding the contents, or NULL for driver-private storage. */
	struct file *filp;

	/** The object's fake mmap offset and the files allowed to map it. */
	struct drm_vma_offset_node vma_node;

	/** Size in bytes; a whole number of pages, fixed for the object's lifetime. */
	size_t size;

	/** Global flink name, from 1; 0 when the object has none. */
	int name;

	/**
	 * The dma-buf that shares this object, exported or imported. Holding it here makes
	 * re-exports return the same dma-buf; the reference is dropped when the last handle goes.
	 */
	struct dma_buf *dma_buf;

	/** For an object imported from another driver, its attachment to the dma-buf. */
	struct dma_buf_attachment *import_attach;

	/** The reservation object in use: &_resv, or the exporter's for imports. */
	struct dma_resv *resv;

	/** The object's own reservation object. */
	struct dma_resv _resv;

	/** The object type's operations. */
	const struct drm_gem_object_funcs *funcs;

	/** Link in the LRU @lru. */
	struct list_head lru_node;

	/** The LRU the object is on, or NULL. */
	struct drm_gem_lru *lru;
};

/* Initialiser of the file_operations members every GEM driver uses. */
#define DRM_GEM_FOPS \
	.open		= drm_open,\
	.release	= drm_release,\
	.unlocked_ioctl	= drm_ioctl,\
	.compat_ioctl	= drm_compat_ioctl,\
	.poll		= drm_poll,\
	.read		= drm_read,\
	.llseek		= noop_llseek,\
	.mmap		= drm_gem_mmap

/* Defines a static file_operations for a GEM driver. */
#define DEFINE_DRM_GEM_FOPS(name) \
	static const struct file_operations name = {\
		.owner		= THIS_MODULE,\
		DRM_GEM_FOPS,\
	}

/** Releases what drm_gem_object_init() set up; the driver's free callback calls it. */
void drm_gem_object_release(struct drm_gem_object *obj);
/** The kref release function of GEM objects: calls funcs->free. */
void drm_gem_object_free(struct kref *kref);
/** Initialises an object backed by a new shmem file of @size bytes. */
int drm_gem_object_init(struct drm_device *dev,
			struct drm_gem_object *obj, size_t size);
/** Initialises an object without backing storage (the driver provides it). */
void drm_gem_private_object_init(struct drm_device *dev,
				 struct drm_gem_object *obj, size_t size);
/** Called when a user mapping of an object is duplicated. */
void drm_gem_vm_open(struct vm_area_struct *vma);
/** Called when a user mapping of an object goes away. */
void drm_gem_vm_close(struct vm_area_struct *vma);
/** Sets up a user mapping of @obj, checking it fits in @obj_size. */
int drm_gem_mmap_obj(struct drm_gem_object *obj, unsigned long obj_size,
		     struct vm_area_struct *vma);
/** mmap(2) on a DRM descriptor: finds the object by fake offset and maps it. */
int drm_gem_mmap(struct file *filp, struct vm_area_struct *vma);

/**
 * drm_gem_object_get - take another reference on an object.
 * @obj: the object; the caller must already hold a reference
 */
static inline void drm_gem_object_get(struct drm_gem_object *obj)
{
	kref_get(&obj->refcount);
}

/**
 * __drm_gem_object_put - drop a reference on an object that is known not to be NULL.
 * @obj: the object
 */
static inline void __drm_gem_object_put(struct drm_gem_object *obj)
{
	kref_put(&obj->refcount, drm_gem_object_free);
}

/**
 * drm_gem_object_put - drop a reference on an object, freeing it with the last one.
 * @obj: the object, or NULL (then nothing happens)
 */
static inline void drm_gem_object_put(struct drm_gem_object *obj)
{
	if (obj)
		__drm_gem_object_put(obj);
}

/** Gives @file_priv a handle to @obj (lowest free id from 1), stored in *@handlep. */
int drm_gem_handle_create(struct drm_file *file_priv,
			  struct drm_gem_object *obj,
			  u32 *handlep);
/** Removes a handle of @filp; -EINVAL if there is none. */
int drm_gem_handle_delete(struct drm_file *filp, u32 handle);

/** Releases the object's fake mmap offset. */
void drm_gem_free_mmap_offset(struct drm_gem_object *obj);
/** Gives the object a fake mmap offset covering its size, if it has none yet. */
int drm_gem_create_mmap_offset(struct drm_gem_object *obj);
/** Gives the object a fake mmap offset covering @size bytes, if it has none yet. */
int drm_gem_create_mmap_offset_size(struct drm_gem_object *obj, size_t size);

/** Reads in and pins the shmem pages of an object. */
struct page **drm_gem_get_pages(struct drm_gem_object *obj);
/** Unpins pages from drm_gem_get_pages(), marking them dirty and/or accessed. */
void drm_gem_put_pages(struct drm_gem_object *obj, struct page **pages,
		       bool dirty, bool accessed);

/** Looks up @count handles from a user array, with a reference on each object. */
int drm_gem_objects_lookup(struct drm_file *filp, void __user *bo_handles,
			   int count, struct drm_gem_object ***objs_out);
/** The object behind a handle of @filp, with a new reference, or NULL. */
struct drm_gem_object *drm_gem_object_lookup(struct drm_file *filp, u32 handle);
/** Waits on the fences of the object behind @handle. */
long drm_gem_dma_resv_wait(struct drm_file *filep, u32 handle,
			   bool wait_all, unsigned long timeout);
/** Locks the reservation objects of several objects without deadlock. */
int drm_gem_lock_reservations(struct drm_gem_object **objs, int count,
			      struct ww_acquire_ctx *acquire_ctx);
/** Undoes drm_gem_lock_reservations(). */
void drm_gem_unlock_reservations(struct drm_gem_object **objs, int count,
				 struct ww_acquire_ctx *acquire_ctx);
/** MAP_DUMB for GEM drivers: creates the object's offset and returns it in bytes. */
int drm_gem_dumb_map_offset(struct drm_file *file, struct drm_device *dev,
			    u32 handle, u64 *offset);

/** Prepares an empty LRU protected by @lock. */
void drm_gem_lru_init(struct drm_gem_lru *lru, struct mutex *lock);
/** Takes @obj off its LRU. */
void drm_gem_lru_remove(struct drm_gem_object *obj);
/** Moves @obj to the tail of @lru; the LRU lock is held. */
void drm_gem_lru_move_tail_locked(struct drm_gem_lru *lru, struct drm_gem_object *obj);
/** Moves @obj to the tail of @lru. */
void drm_gem_lru_move_tail(struct drm_gem_lru *lru, struct drm_gem_object *obj);
/** Calls @shrink on objects from the head of @lru until @nr_to_scan pages were freed. */
unsigned long drm_gem_lru_scan(struct drm_gem_lru *lru, unsigned int nr_to_scan,
			       bool (*shrink)(struct drm_gem_object *obj));

/** Evicts an object through its funcs->evict. */
int drm_gem_evict(struct drm_gem_object *obj);

#endif /* __DRM_GEM_H__ */
