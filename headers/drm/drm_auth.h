/* SPDX-License-Identifier: MIT */
/*
 * DRM masters and authentication (models include/drm/drm_auth.h, Linux 6.1).
 *
 * The master of a device is the client allowed to set modes; the first opener of the primary node
 * becomes it. It hands out authentication for other clients through magic tokens, and with leases
 * it can give a subset of its objects to lessee masters.
 */
#ifndef _DRM_AUTH_H_
#define _DRM_AUTH_H_

#include <linux/kconfig.h>
#include <linux/types.h>
#include <linux/idr.h>
#include <linux/kref.h>
#include <linux/spinlock_types.h>
#include <linux/wait.h>

struct drm_device;
struct drm_file;
struct drm_hw_lock;

/*
 * State of the DRI1 hardware lock. Only legacy drivers use it; the kernel keeps it here rather
 * than in drm_legacy.h so struct drm_master can embed it.
 */
struct drm_lock_data {
	/** The lock word shared with user space. */
	struct drm_hw_lock *hw_lock;
	/** The file holding the lock. */
	struct drm_file *file_priv;
	/** Clients waiting for the lock. */
	wait_queue_head_t lock_queue;
	/** When the lock was taken, in jiffies. */
	unsigned long lock_time;
	/** Protects the fields below. */
	spinlock_t spinlock;
	/** Kernel contexts waiting for the lock. */
	uint32_t kernel_waiters;
	/** User contexts waiting for the lock. */
	uint32_t user_waiters;
	/** Whether the lock was taken by the kernel while idle. */
	int idle_has_lock;
};

/**
 * A master: shared by every file opened under it; there is one (plus its lessees) per device
 * at a time, and only primary nodes have one.
 */
struct drm_master {
	/** References: the files of the master and the device while it is current. */
	struct kref refcount;
	/** The device this master belongs to. */
	struct drm_device *dev;
	/** Bus identifier set through SET_VERSION (legacy); NULL if none. */
	char *unique;
	/** Length of @unique. */
	int unique_len;
	/** Magic tokens handed out to clients, waiting for AUTH_MAGIC. */
	struct idr magic_map;
	/** The driver's per-master data. */
	void *driver_priv;
	/** The master this one leases from, NULL for an owner. */
	struct drm_master *lessor;
	/** Lessee number under the owner; 0 for the owner itself. */
	int lessee_id;
	/** Link in the lessor's @lessees list. */
	struct list_head lessee_list;
	/** Masters leasing from this one. */
	struct list_head lessees;
	/** Mode objects leased to this master. */
	struct idr leases;
	/** Every lessee of the owner, by @lessee_id (used on the owner only). */
	struct idr lessee_idr;
#if IS_ENABLED(CONFIG_DRM_LEGACY)
	/** The DRI1 lock. */
	struct drm_lock_data lock;
#endif
};

/** Takes a reference on @master and returns it. */
struct drm_master *drm_master_get(struct drm_master *master);
/** The master of @file_priv with a reference taken, or NULL. */
struct drm_master *drm_file_get_master(struct drm_file *file_priv);
/** Drops a reference and clears *@master. */
void drm_master_put(struct drm_master **master);
/** Whether @fpriv is the current master of its device (for leases: of its own lease). */
bool drm_is_current_master(struct drm_file *fpriv);
/** A new owner master of @dev with one reference, or NULL when out of memory. */
struct drm_master *drm_master_create(struct drm_device *dev);

#endif /* _DRM_AUTH_H_ */
