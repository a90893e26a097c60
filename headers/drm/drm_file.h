/* SPDX-License-Identifier: MIT */
/*
 * Open DRM files and device minors (models include/drm/drm_file.h, Linux 6.1, with the entry
 * points of drm_ioctl.h that a file's operations use).
 *
 * Every open of a device node creates a struct drm_file: it holds that opener's GEM handles,
 * PRIME cache, authentication and master state and client capabilities. Descriptors duplicated
 * from one open share it.
 */
#ifndef _DRM_FILE_H_
#define _DRM_FILE_H_

#include <linux/kconfig.h>
#include <linux/types.h>
#include <linux/spinlock_types.h>
#include <linux/mutex.h>
#include <linux/idr.h>
#include <linux/wait.h>
#include <uapi/drm/drm.h>

#include <drm/drm_prime.h>

struct dma_fence;
struct drm_file;
struct drm_device;
struct drm_master;
struct drm_event;
struct device;
struct dentry;
struct file;
struct inode;
struct pid;
struct completion;

/** The kind of device node a file was opened through. */
enum drm_minor_type {
	/** /dev/dri/card*: mode setting and everything else, subject to master rules. */
	DRM_MINOR_PRIMARY,
	/** The retired control node; no longer created. */
	DRM_MINOR_CONTROL,
	/** /dev/dri/renderD*: rendering only, no master, no flink. */
	DRM_MINOR_RENDER,
};

/** One device node of a DRM device. */
struct drm_minor {
	/** Number of the node (card0 is 0, renderD128 is 128). */
	int index;
	/** An enum drm_minor_type. */
	int type;
	/** The node's device in the driver model. */
	struct device *kdev;
	/** The DRM device behind the node. */
	struct drm_device *dev;
	/** The node's debugfs directory. */
	struct dentry *debugfs_root;
	/** Files registered in @debugfs_root. */
	struct list_head debugfs_list;
	/** Protects @debugfs_list. */
	struct mutex debugfs_lock;
};

/** An event queued for a file to read(), such as a vblank or a page-flip completion. */
struct drm_pending_event {
	/** Completed when the event is delivered, for in-kernel waiters; may be NULL. */
	struct completion *completion;
	/** Frees @completion after delivery. */
	void (*completion_release)(struct completion *completion);
	/** The event record user space reads. */
	struct drm_event *event;
	/** A fence signaled on delivery, or NULL. */
	struct dma_fence *fence;
	/** The file that will read the event, or NULL once it is gone. */
	struct drm_file *file_priv;
	/** Link in the file's list of deliverable events. */
	struct list_head link;
	/** Link in the file's list of events not yet sent. */
	struct list_head pending_link;
};

/** The state of one open of a DRM device node. */
struct drm_file {
	/** Whether the master authenticated this file (or it needs no authentication). */
	bool authenticated;
	/** Client capability: stereo 3D modes. */
	bool stereo_allowed;
	/** Client capability: primary and cursor planes are listed. */
	bool universal_planes;
	/** Client capability: atomic mode setting. */
	bool atomic;
	/** Client capability: aspect-ratio flags in modes. */
	bool aspect_ratio_allowed;
	/** Client capability: writeback connectors are listed. */
	bool writeback_connectors;
	/** Whether this file has ever been master (it may then become master again). */
	bool was_master;
	/** Whether this file is the current master of its master structure. */
	bool is_master;
	/** The master this file belongs to, if any. */
	struct drm_master *master;
	/** Protects @master. */
	spinlock_t master_lookup_lock;
	/** The process that opened the file. */
	struct pid *pid;
	/** The authentication token handed out by GET_MAGIC, 0 if none. */
	drm_magic_t magic;
	/** Link in the device's list of open files. */
	struct list_head lhead;
	/** The device node the file was opened through. */
	struct drm_minor *minor;
	/** GEM handles of this file: handle -> object. */
	struct idr object_idr;
	/** Protects @object_idr. */
	spinlock_t table_lock;
	/** Sync object handles of this file. */
	struct idr syncobj_idr;
	/** Protects @syncobj_idr. */
	spinlock_t syncobj_table_lock;
	/** The VFS file this state belongs to. */
	struct file *filp;
	/** The driver's per-file data. */
	void *driver_priv;
	/** Framebuffers this file created. */
	struct list_head fbs;
	/** Protects @fbs. */
	struct mutex fbs_lock;
	/** Property blobs this file created. */
	struct list_head blobs;
	/** Readers waiting for events. */
	wait_queue_head_t event_wait;
	/** Events reserved but not yet sent. */
	struct list_head pending_event_list;
	/** Events ready to be read. */
	struct list_head event_list;
	/** Bytes of event space still available to this file. */
	int event_space;
	/** Serialises readers of events. */
	struct mutex event_read_lock;
	/** The PRIME handle/dma-buf cache of this file. */
	struct drm_prime_file_private prime;
#if IS_ENABLED(CONFIG_DRM_LEGACY)
	/** Legacy hardware-lock state. */
	unsigned long lock_count;
#endif
};

/**
 * drm_is_primary_client - whether a file was opened through a primary (card) node.
 * @file_priv: the file
 */
static inline bool drm_is_primary_client(const struct drm_file *file_priv)
{
	return file_priv->minor->type == DRM_MINOR_PRIMARY;
}

/**
 * drm_is_render_client - whether a file was opened through a render node.
 * @file_priv: the file
 */
static inline bool drm_is_render_client(const struct drm_file *file_priv)
{
	return file_priv->minor->type == DRM_MINOR_RENDER;
}

/** open(2) of a DRM node: creates the struct drm_file. */
int drm_open(struct inode *inode, struct file *filp);
/** Last close of a DRM file: releases handles, PRIME cache and master state, in that order. */
int drm_release(struct inode *inode, struct file *filp);
/** read(2) of a DRM file: delivers queued events. */
ssize_t drm_read(struct file *filp, char __user *buffer, size_t count, loff_t *offset);
/** ioctl(2) of a DRM file: checks the request and dispatches it. */
long drm_ioctl(struct file *filp, unsigned int cmd, unsigned long arg);

#ifdef CONFIG_COMPAT
/** ioctl(2) from a 32-bit process on a 64-bit kernel: converts the legacy structures first. */
long drm_compat_ioctl(struct file *filp, unsigned int cmd, unsigned long arg);
#else
/* Without compat support there is no such entry point. */
#define drm_compat_ioctl NULL
#endif

#endif /* _DRM_FILE_H_ */
