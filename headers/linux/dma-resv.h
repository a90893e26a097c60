/* SPDX-License-Identifier: MIT */
/*
 * Reservation objects (models include/linux/dma-resv.h, Linux 6.1): the lock and the set of
 * fences that guard a buffer shared between devices. The fence list itself is left opaque.
 */
#ifndef _LINUX_RESERVATION_H
#define _LINUX_RESERVATION_H

#include <linux/types.h>
#include <linux/mutex.h>

struct dma_resv_list;
struct dma_fence;

/**
 * Why a fence was added, which decides who must wait for it. Each level includes the ones
 * before it: waiting for READ also waits for WRITE and KERNEL fences.
 */
enum dma_resv_usage {
	/** Kernel-internal work such as memory moves; everyone waits for it. */
	DMA_RESV_USAGE_KERNEL,
	/** An implicitly synchronised write. */
	DMA_RESV_USAGE_WRITE,
	/** An implicitly synchronised read. */
	DMA_RESV_USAGE_READ,
	/** Work that nobody waits for implicitly. */
	DMA_RESV_USAGE_BOOKKEEP
};

/** The lock and fences of one buffer. */
struct dma_resv {
	/** Serialises changes of the fence set, across buffers without deadlock. */
	struct ww_mutex lock;
	/** The fences currently attached, with their usage. */
	struct dma_resv_list __rcu *fences;
};

/**
 * dma_resv_usage_rw - the usage to wait for before an access.
 * @write: true for a write access
 *
 * A writer must wait for every reader and writer; a reader only for writers. So a write waits up
 * to READ usage and a read up to WRITE usage.
 */
static inline enum dma_resv_usage dma_resv_usage_rw(bool write)
{
	return write ? DMA_RESV_USAGE_READ : DMA_RESV_USAGE_WRITE;
}

/** Prepares an empty reservation object. */
void dma_resv_init(struct dma_resv *obj);
/** Drops every fence and tears the object down. */
void dma_resv_fini(struct dma_resv *obj);
/** Makes room for @num_fences more fences; called with the lock held. */
int dma_resv_reserve_fences(struct dma_resv *obj, unsigned int num_fences);
/** Attaches @fence with @usage; room must have been reserved. */
void dma_resv_add_fence(struct dma_resv *obj, struct dma_fence *fence, enum dma_resv_usage usage);
/** True when every fence up to @usage has signaled. */
bool dma_resv_test_signaled(struct dma_resv *obj, enum dma_resv_usage usage);

#endif /* _LINUX_RESERVATION_H */
