/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The DRM range allocator (models include/drm/drm_mm.h, Linux 6.1).
 *
 * A struct drm_mm manages one address range; each allocation is a struct drm_mm_node embedded in
 * its user's object. Free space is found through holes: every node records how much free space
 * follows it, and the holes are indexed by size and by address in red-black trees, so best-fit,
 * lowest and highest searches are all logarithmic. The GEM mmap offset manager runs one over the
 * fake-offset page range.
 */
#ifndef _DRM_MM_H_
#define _DRM_MM_H_

#include <linux/types.h>

struct drm_printer;

/** A handle of a saved stack trace (only recorded with CONFIG_DRM_DEBUG_MM). */
typedef u32 depot_stack_handle_t;

/**
 * How drm_mm_insert_node_in_range() chooses among the holes that fit. The search modes can be
 * combined with DRM_MM_INSERT_ONCE, which stops after the first candidate hole instead of trying
 * the others when alignment or colour make it fail.
 */
enum drm_mm_insert_mode {
	/** The smallest hole that fits; keeps large holes whole. */
	DRM_MM_INSERT_BEST = 0,
	/** The hole at the lowest address that fits, placing the node at its start. */
	DRM_MM_INSERT_LOW,
	/** The hole at the highest address that fits, placing the node at its end. */
	DRM_MM_INSERT_HIGH,
	/** The most recently freed hole first (used while evicting). */
	DRM_MM_INSERT_EVICT,
	/** Flag: consider only the first candidate hole. */
	DRM_MM_INSERT_ONCE = BIT(31),
	/** Only the highest hole. */
	DRM_MM_INSERT_HIGHEST = DRM_MM_INSERT_HIGH | DRM_MM_INSERT_ONCE,
	/** Only the lowest hole. */
	DRM_MM_INSERT_LOWEST  = DRM_MM_INSERT_LOW | DRM_MM_INSERT_ONCE,
};

/** One allocation in a range manager, embedded in the object that owns the range. */
struct drm_mm_node {
	/** Opaque colour the driver uses to keep incompatible neighbours apart. */
	unsigned long color;
	/** First address of the allocation. */
	u64 start;
	/** Length of the allocation. */
	u64 size;
	/** The manager this node belongs to. */
	struct drm_mm *mm;
	/** Link in the address-ordered list of all nodes. */
	struct list_head node_list;
	/** Link in the manager's stack of nodes followed by a hole (most recent first). */
	struct list_head hole_stack;
	/** Node of the interval tree of allocations. */
	struct rb_node rb;
	/** Node of the tree of holes ordered by size, when a hole follows. */
	struct rb_node rb_hole_size;
	/** Node of the tree of holes ordered by address, when a hole follows. */
	struct rb_node rb_hole_addr;
	/** Last address covered by the interval subtree under @rb. */
	u64 __subtree_last;
	/** Size of the free space that follows this node (0 if none). */
	u64 hole_size;
	/** Largest hole in the address subtree under @rb_hole_addr. */
	u64 subtree_max_hole;
	/** DRM_MM_NODE_*_BIT state bits. */
	unsigned long flags;
#define DRM_MM_NODE_ALLOCATED_BIT	0
#define DRM_MM_NODE_SCANNED_BIT		1
#ifdef CONFIG_DRM_DEBUG_MM
	/** Where the node was allocated, for leak reports. */
	depot_stack_handle_t stack;
#endif
};

/**
 * A range manager. The range itself is represented by a sentinel node, @head_node, placed just
 * past its end and wrapping around to its start, so that the hole following it is the initial
 * free space.
 */
struct drm_mm {
	/** Optional: narrows a hole's usable range for a colour; NULL when colours don't matter. */
	void (*color_adjust)(const struct drm_mm_node *node,
			     unsigned long color,
			     u64 *start,
			     u64 *end);
	/** Nodes followed by a hole, most recently freed first. */
	struct list_head hole_stack;
	/** The sentinel that bounds the range. */
	struct drm_mm_node head_node;
	/** Allocations indexed by address interval. */
	struct rb_root_cached interval_tree;
	/** Holes indexed by size, largest leftmost. */
	struct rb_root_cached holes_size;
	/** Holes indexed by address. */
	struct rb_root holes_addr;
	/** Number of eviction scans in progress. */
	unsigned long scan_active;
};

/**
 * State of an eviction scan: nodes are added until the space they would free, with the holes
 * around them, fits the request.
 */
struct drm_mm_scan {
	/** The manager being scanned. */
	struct drm_mm *mm;
	/** Size of the wanted allocation. */
	u64 size;
	/** Its alignment. */
	u64 alignment;
	/** alignment - 1 when the alignment is a power of two, 0 otherwise. */
	u64 remainder_mask;
	/** Lowest acceptable start. */
	u64 range_start;
	/** Highest acceptable end. */
	u64 range_end;
	/** Start of the hole found. */
	u64 hit_start;
	/** End of the hole found. */
	u64 hit_end;
	/** Colour of the wanted allocation. */
	unsigned long color;
	/** Placement mode of the wanted allocation. */
	enum drm_mm_insert_mode mode;
};

/**
 * drm_mm_node_allocated - whether a node is currently placed in a manager.
 * @node: the node
 */
static inline bool drm_mm_node_allocated(const struct drm_mm_node *node)
{
	return (node->flags >> DRM_MM_NODE_ALLOCATED_BIT) & 1;
}

/**
 * drm_mm_initialized - whether drm_mm_init() has been called on a manager (and no takedown yet).
 * @mm: the manager
 */
static inline bool drm_mm_initialized(const struct drm_mm *mm)
{
	return mm->hole_stack.next != NULL;
}

/**
 * drm_mm_hole_follows - whether free space follows a node.
 * @node: the node
 */
static inline bool drm_mm_hole_follows(const struct drm_mm_node *node)
{
	return node->hole_size != 0;
}

/**
 * __drm_mm_hole_node_start - first address after a node, where its hole would begin.
 * @hole_node: the node
 */
static inline u64 __drm_mm_hole_node_start(const struct drm_mm_node *hole_node)
{
	return hole_node->start + hole_node->size;
}

/**
 * drm_mm_hole_node_start - start of the hole that follows a node; the node must have one.
 * @hole_node: the node
 */
static inline u64 drm_mm_hole_node_start(const struct drm_mm_node *hole_node)
{
	return __drm_mm_hole_node_start(hole_node);
}

/**
 * __drm_mm_hole_node_end - end of the space after a node: the start of the next node in address
 * order.
 * @hole_node: the node
 */
static inline u64 __drm_mm_hole_node_end(const struct drm_mm_node *hole_node)
{
	/* The next node in address order, found from its embedded list link. */
	ptrdiff_t link_offset = (const char *)&hole_node->node_list - (const char *)hole_node;
	const struct drm_mm_node *next = (const struct drm_mm_node *)
		((const char *)hole_node->node_list.next - link_offset);

	return next->start;
}

/**
 * drm_mm_hole_node_end - end of the hole that follows a node; the node must have one.
 * @hole_node: the node
 */
static inline u64 drm_mm_hole_node_end(const struct drm_mm_node *hole_node)
{
	return __drm_mm_hole_node_end(hole_node);
}

/** Places @node at the start and size already set in it; -ENOSPC if that range is not free. */
int drm_mm_reserve_node(struct drm_mm *mm, struct drm_mm_node *node);
/** Finds room for @size bytes aligned to @alignment within [@start, @end) and places @node. */
int drm_mm_insert_node_in_range(struct drm_mm *mm,
				struct drm_mm_node *node,
				u64 size,
				u64 alignment,
				unsigned long color,
				u64 start,
				u64 end,
				enum drm_mm_insert_mode mode);

/**
 * drm_mm_insert_node_generic - place a node anywhere in the managed range.
 * @mm: the manager
 * @node: the node to place; must not be allocated
 * @size: its size
 * @alignment: required alignment of its start, or 0
 * @color: its colour
 * @mode: how to choose the hole
 *
 * Returns 0 or -ENOSPC.
 */
static inline int drm_mm_insert_node_generic(struct drm_mm *mm, struct drm_mm_node *node,
					     u64 size, u64 alignment, unsigned long color,
					     enum drm_mm_insert_mode mode)
{
	return drm_mm_insert_node_in_range(mm, node, size, alignment, color, 0, U64_MAX, mode);
}

/**
 * drm_mm_insert_node - place a node in the best-fitting hole, unaligned and uncoloured.
 * @mm: the manager
 * @node: the node to place; must not be allocated
 * @size: its size
 *
 * Returns 0 or -ENOSPC.
 */
static inline int drm_mm_insert_node(struct drm_mm *mm, struct drm_mm_node *node, u64 size)
{
	return drm_mm_insert_node_generic(mm, node, size, 0, 0, DRM_MM_INSERT_BEST);
}

/** Removes @node from its manager, merging the freed space with the neighbouring holes. */
void drm_mm_remove_node(struct drm_mm_node *node);
/** Puts @new where @old was, taking over its place in every index. */
void drm_mm_replace_node(struct drm_mm_node *old, struct drm_mm_node *new);
/** Sets a manager up over [@start, @start + @size) with everything free. */
void drm_mm_init(struct drm_mm *mm, u64 start, u64 size);
/** Tears a manager down; every node must have been removed. */
void drm_mm_takedown(struct drm_mm *mm);
/** Whether no node is allocated. */
bool drm_mm_clean(const struct drm_mm *mm);
/** Prints the nodes and holes of a manager. */
void drm_mm_print(const struct drm_mm *mm, struct drm_printer *p);

#endif /* _DRM_MM_H_ */
