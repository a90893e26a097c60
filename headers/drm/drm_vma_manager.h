/* SPDX-License-Identifier: MIT */
/*
 * Fake mmap offsets for GEM objects (models include/drm/drm_vma_manager.h, Linux 6.1).
 *
 * User space maps a buffer by calling mmap(2) on the DRM descriptor with an offset that names the
 * buffer. The offsets come from a range allocator over a page range far above anything a real
 * file would use; each object owns one node in it, and each file that may map the object is
 * recorded on the node.
 */
#ifndef __DRM_VMA_MANAGER_H__
#define __DRM_VMA_MANAGER_H__

#include <linux/types.h>
#include <linux/spinlock_types.h>
#include <asm-generic/errno-base.h>
#include <drm/drm_mm.h>

/*
 * The fake offsets start at 4 GiB (in pages) on 64-bit kernels, where mmap's page offset is an
 * unsigned long with room to spare, and at 256 MiB on 32-bit ones, which must stay below 2^32
 * bytes expressed in pages.
 */
#if BITS_PER_LONG == 64
#define DRM_FILE_PAGE_OFFSET_START ((0xFFFFFFFFUL >> PAGE_SHIFT) + 1)
#define DRM_FILE_PAGE_OFFSET_SIZE ((0xFFFFFFFFUL >> PAGE_SHIFT) * 256)
#else
#define DRM_FILE_PAGE_OFFSET_START ((0xFFFFFFFUL >> PAGE_SHIFT) + 1)
#define DRM_FILE_PAGE_OFFSET_SIZE ((0xFFFFFFFUL >> PAGE_SHIFT) * 16)
#endif

struct drm_file;
struct address_space;

/** One file's permission to map a node, counted because a file may be granted it repeatedly. */
struct drm_vma_offset_file {
	/** Node in the tree of permitted files, ordered by @vm_tag. */
	struct rb_node vm_rb;
	/** The file that may map. */
	struct drm_file *vm_tag;
	/** How many times the permission was granted and not yet revoked. */
	unsigned long vm_count;
};

/** The mmap offset of one object, embedded in it. */
struct drm_vma_offset_node {
	/** Protects @vm_files. */
	rwlock_t vm_lock;
	/** The allocated page range; start is the offset in pages. */
	struct drm_mm_node vm_node;
	/** Files allowed to map the object. */
	struct rb_root vm_files;
	/** For the driver's use. */
	void *driver_private;
};

/** The allocator of mmap offsets of one device. */
struct drm_vma_offset_manager {
	/** Protects lookups against concurrent insertion and removal. */
	rwlock_t vm_lock;
	/** The page range the offsets come from. */
	struct drm_mm vm_addr_space_mm;
};

/** Sets the manager up over @size pages starting at page @page_offset. */
void drm_vma_offset_manager_init(struct drm_vma_offset_manager *mgr,
				 unsigned long page_offset, unsigned long size);
/** Tears the manager down; every node must have been removed. */
void drm_vma_offset_manager_destroy(struct drm_vma_offset_manager *mgr);

/** The node whose range contains [@start, @start + @pages), or NULL. Caller holds the lock. */
struct drm_vma_offset_node *drm_vma_offset_lookup_locked(struct drm_vma_offset_manager *mgr,
							 unsigned long start,
							 unsigned long pages);
/** Gives @node a range of @pages pages; does nothing if it already has one. */
int drm_vma_offset_add(struct drm_vma_offset_manager *mgr,
		       struct drm_vma_offset_node *node, unsigned long pages);
/** Releases @node's range; does nothing if it has none. */
void drm_vma_offset_remove(struct drm_vma_offset_manager *mgr,
			   struct drm_vma_offset_node *node);

/** Lets @tag map the node (counted). */
int drm_vma_node_allow(struct drm_vma_offset_node *node, struct drm_file *tag);
/** Undoes one drm_vma_node_allow() of @tag. */
void drm_vma_node_revoke(struct drm_vma_offset_node *node, struct drm_file *tag);
/** Whether @tag may map the node. */
bool drm_vma_node_is_allowed(struct drm_vma_offset_node *node, struct drm_file *tag);

/**
 * drm_vma_offset_exact_lookup_locked - the node whose range starts exactly at @start.
 * @mgr: the manager
 * @start: page offset
 * @pages: number of pages that must be inside the node
 *
 * Returns NULL when @start is inside a node but not at its start. Caller holds the lock.
 */
static inline struct drm_vma_offset_node *
drm_vma_offset_exact_lookup_locked(struct drm_vma_offset_manager *mgr,
				   unsigned long start,
				   unsigned long pages)
{
	struct drm_vma_offset_node *node;

	node = drm_vma_offset_lookup_locked(mgr, start, pages);
	return (node && node->vm_node.start == start) ? node : NULL;
}

/**
 * drm_vma_node_reset - clear a node before first use, so it has no offset and no files.
 * @node: the node
 */
static inline void drm_vma_node_reset(struct drm_vma_offset_node *node)
{
	__builtin_memset(node, 0, sizeof(*node));
}

/**
 * drm_vma_node_start - first page of the node's range (0 if it has none).
 * @node: the node
 */
static inline unsigned long drm_vma_node_start(const struct drm_vma_offset_node *node)
{
	return node->vm_node.start;
}

/**
 * drm_vma_node_size - number of pages in the node's range (0 if it has none).
 * @node: the node
 */
static inline unsigned long drm_vma_node_size(struct drm_vma_offset_node *node)
{
	return node->vm_node.size;
}

/**
 * drm_vma_node_offset_addr - the byte offset user space passes to mmap(2) for this node.
 * @node: the node
 *
 * 0 when the node has no range.
 */
static inline __u64 drm_vma_node_offset_addr(struct drm_vma_offset_node *node)
{
	return ((__u64)node->vm_node.start) << PAGE_SHIFT;
}

/**
 * drm_vma_node_has_offset - whether the node currently owns a range.
 * @node: the node
 */
static inline bool drm_vma_node_has_offset(struct drm_vma_offset_node *node)
{
	return drm_mm_node_allocated(&node->vm_node);
}

/**
 * drm_vma_node_verify_access - check that a file may map the node.
 * @node: the node
 * @tag: the file
 *
 * Returns 0 when allowed, -EACCES otherwise.
 */
static inline int drm_vma_node_verify_access(struct drm_vma_offset_node *node,
					     struct drm_file *tag)
{
	return drm_vma_node_is_allowed(node, tag) ? 0 : -EACCES;
}

#endif /* __DRM_VMA_MANAGER_H__ */
