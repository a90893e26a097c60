/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Small-integer id allocation (models include/linux/idr.h, Linux 6.1; its radix tree root is the
 * struct xarray of include/linux/xarray.h, reduced to its three header fields).
 *
 * DRM uses one idr per file for GEM handles and one per device for flink names: ids are handed
 * out lowest-free-first from a base, and each maps to a pointer.
 */
#ifndef __IDR_H__
#define __IDR_H__

#include <linux/kconfig.h>
#include <linux/types.h>
#include <linux/spinlock_types.h>

/**
 * The root of an xarray: a sparse array of pointers. Only the root is modelled; the tree nodes
 * it points to are the runtime's business.
 */
struct xarray {
	/** Protects modifications of the array. */
	spinlock_t xa_lock;
	/** Allocation flags and XA_FLAGS_* behaviour bits. */
	gfp_t xa_flags;
	/** The single entry or the top tree node; NULL when empty. */
	void __rcu *xa_head;
};

/* The radix tree is the xarray under its older name, as in the kernel. */
#define radix_tree_root xarray

/*
 * Flag bits an idr keeps in its tree's xa_flags: the tree is an idr, and its root carries the
 * "has free ids" tag. Tags sit just above the allocation flags, whose width grows by one bit
 * when lockdep is built in.
 */
#define __GFP_BITS_SHIFT (26 + IS_ENABLED(CONFIG_LOCKDEP))
#define ROOT_IS_IDR ((gfp_t)4)
#define ROOT_TAG_SHIFT (__GFP_BITS_SHIFT)
#define IDR_FREE 0
#define IDR_RT_MARKER (ROOT_IS_IDR | (gfp_t)(1 << (ROOT_TAG_SHIFT + IDR_FREE)))

/** An id allocator: a tree from id to pointer plus the search origin. */
struct idr {
	/** The tree that maps ids to pointers. */
	struct radix_tree_root idr_rt;
	/** Smallest id this allocator hands out. */
	unsigned int idr_base;
	/** Where a cyclic allocation starts its next search. */
	unsigned int idr_next;
};

/**
 * idr_init_base - prepare an empty allocator whose first id is @base.
 * @idr: the allocator
 * @base: the smallest id to hand out (DRM uses 1, so that 0 means "no handle")
 */
static inline void idr_init_base(struct idr *idr, int base)
{
	idr->idr_rt.xa_flags = IDR_RT_MARKER;
	idr->idr_rt.xa_head = NULL;
	idr->idr_base = (unsigned int)base;
	idr->idr_next = 0;
}

/**
 * idr_init - prepare an empty allocator that starts at id 0.
 * @idr: the allocator
 */
static inline void idr_init(struct idr *idr)
{
	idr_init_base(idr, 0);
}

/**
 * idr_get_cursor - where the next cyclic allocation will start searching.
 * @idr: the allocator
 */
static inline unsigned int idr_get_cursor(const struct idr *idr)
{
	return idr->idr_next;
}

/**
 * idr_set_cursor - move the start of the next cyclic search.
 * @idr: the allocator
 * @val: the new start
 */
static inline void idr_set_cursor(struct idr *idr, unsigned int val)
{
	idr->idr_next = val;
}

/** Allocates the lowest free id in [@start, @end) (@end <= 0: no limit) for @ptr. */
int idr_alloc(struct idr *idr, void *ptr, int start, int end, gfp_t gfp);
/** Like idr_alloc, but searching from the cursor and wrapping around. */
int idr_alloc_cyclic(struct idr *idr, void *ptr, int start, int end, gfp_t gfp);
/** Removes @id and returns the pointer it mapped to, or NULL. */
void *idr_remove(struct idr *idr, unsigned long id);
/** The pointer mapped to @id, or NULL. */
void *idr_find(const struct idr *idr, unsigned long id);
/** Calls @fn for each id in ascending order until it returns non-zero; returns that value. */
int idr_for_each(const struct idr *idr, int (*fn)(int id, void *p, void *data), void *data);
/** The first entry at an id >= *@nextid; stores its id there. */
void *idr_get_next(struct idr *idr, int *nextid);
/** Maps @id to @ptr instead, returning the old pointer. */
void *idr_replace(struct idr *idr, void *ptr, unsigned long id);
/** Frees the tree; the mapped objects are the caller's to free. */
void idr_destroy(struct idr *idr);

#endif /* __IDR_H__ */
