/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Open files as data (models struct file, struct path and struct address_space of
 * include/linux/fs.h and linux/path.h, Linux 6.1, each reduced to the members DRM, dma-buf and
 * shmem-backed GEM objects touch).
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/spinlock_types.h>
#include <linux/mutex.h>

struct inode;
struct dentry;
struct vfsmount;
struct cred;
struct file_operations;
struct address_space_operations;

/* How a file was opened, as kept in f_mode. */
#define FMODE_READ	((fmode_t)0x1)
#define FMODE_WRITE	((fmode_t)0x2)

/** Where a file lives: its mount and its directory entry. */
struct path {
	/** The mounted filesystem. */
	struct vfsmount *mnt;
	/** The name of the file within it. */
	struct dentry *dentry;
};

/**
 * The page cache of a file: the pages that hold its contents in memory. A shmem-backed GEM
 * object's pages live here.
 */
struct address_space {
	/** The inode whose contents these are. */
	struct inode *host;
	/** Flags for allocating the pages. */
	gfp_t gfp_mask;
	/** Number of shared writable mappings. */
	atomic_t i_mmap_writable;
	/** Number of cached pages. */
	unsigned long nrpages;
	/** How pages are read and written back. */
	const struct address_space_operations *a_ops;
	/** Error and state bits. */
	unsigned long flags;
	/** Protects @private_list. */
	spinlock_t private_lock;
	/** For the owner's use. */
	struct list_head private_list;
	/** For the owner's use. */
	void *private_data;
};

/**
 * An open file description: what a file descriptor refers to. Descriptors that were duplicated
 * share one; it is freed when @f_count drops to zero.
 */
struct file {
	/** Where the file lives. */
	struct path f_path;
	/** The file's inode. */
	struct inode *f_inode;
	/** The operations of whoever implements the file (DRM, dma-buf, shmem). */
	const struct file_operations *f_op;
	/** Protects @f_flags. */
	spinlock_t f_lock;
	/** References: descriptors and in-kernel users. */
	atomic_long_t f_count;
	/** The O_* flags given to open. */
	unsigned int f_flags;
	/** FMODE_READ, FMODE_WRITE and friends. */
	fmode_t f_mode;
	/** Serialises updates of @f_pos. */
	struct mutex f_pos_lock;
	/** Current position. */
	loff_t f_pos;
	/** Credentials of the opener. */
	const struct cred *f_cred;
	/** For the implementation's use (DRM keeps its struct drm_file here). */
	void *private_data;
	/** The page cache used for mmap. */
	struct address_space *f_mapping;
} __attribute__((aligned(4)));	/* the low two bits of a file pointer are used as flags */

#endif /* _LINUX_FS_H */
