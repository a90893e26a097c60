/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Fences: completion points of work on a device (models include/linux/dma-fence.h, Linux 6.1).
 *
 * A driver hands out a fence when it queues work and signals it when the work is done; others
 * wait on it or register callbacks. Fences are reference counted, belong to a timeline (context)
 * in which their sequence numbers grow, and are attached to buffers through dma_resv objects.
 */
#ifndef __LINUX_DMA_FENCE_H
#define __LINUX_DMA_FENCE_H

#include <linux/types.h>
#include <linux/ktime.h>
#include <linux/kref.h>
#include <linux/spinlock_types.h>

struct dma_fence;
struct dma_fence_ops;
struct dma_fence_cb;

/**
 * One fence. While unsignalled, @cb_list holds the callbacks to run; signalling replaces it with
 * @timestamp, and the final release reuses the same storage for @rcu, hence the union.
 */
struct dma_fence {
	/** The lock that guards @cb_list and @flags; owned by the issuer, often per timeline. */
	spinlock_t *lock;
	/** The issuer's operations. */
	const struct dma_fence_ops *ops;
	union {
		/** Callbacks waiting for the signal. */
		struct list_head cb_list;
		/** When the fence was signalled (valid once DMA_FENCE_FLAG_TIMESTAMP_BIT is set). */
		ktime_t timestamp;
		/** Deferred free after the last reference. */
		struct rcu_head rcu;
	};
	/** The timeline the fence belongs to. */
	u64 context;
	/** Position on the timeline; later fences of one context have larger numbers. */
	u64 seqno;
	/** Bits numbered by enum dma_fence_flag_bits; the upper ones are the issuer's. */
	unsigned long flags;
	/** References to the fence. */
	struct kref refcount;
	/** Negative errno when the work failed, set before signalling; 0 otherwise. */
	int error;
};

/** Bit numbers in dma_fence.flags. */
enum dma_fence_flag_bits {
	/** The fence has signalled. */
	DMA_FENCE_FLAG_SIGNALED_BIT,
	/** dma_fence.timestamp holds the signal time. */
	DMA_FENCE_FLAG_TIMESTAMP_BIT,
	/** Someone needs the signal, so the issuer must deliver it (enable_signaling was called). */
	DMA_FENCE_FLAG_ENABLE_SIGNAL_BIT,
	/** First bit the issuer may use for itself. */
	DMA_FENCE_FLAG_USER_BITS,
};

/** Called when a fence signals, with the callback entry that was registered. */
typedef void (*dma_fence_func_t)(struct dma_fence *fence, struct dma_fence_cb *cb);

/** A callback registered on a fence. */
struct dma_fence_cb {
	/** Link in the fence's list of callbacks. */
	struct list_head node;
	/** The function to call. */
	dma_fence_func_t func;
};

/** What an issuer of fences implements; only the two name callbacks are mandatory. */
struct dma_fence_ops {
	/** Whether sequence numbers are 64-bit (otherwise they wrap at 32 bits). */
	bool use_64bit_seqno;
	/** The driver's name, for debugging output. */
	const char *(*get_driver_name)(struct dma_fence *fence);
	/** The timeline's name, for debugging output. */
	const char *(*get_timeline_name)(struct dma_fence *fence);
	/** Asks the issuer to deliver the signal; false if the fence already signalled. */
	bool (*enable_signaling)(struct dma_fence *fence);
	/** Polls whether the work is done without waiting. */
	bool (*signaled)(struct dma_fence *fence);
	/** Custom wait; returns the time left, 0 on timeout or a negative errno. */
	signed long (*wait)(struct dma_fence *fence, bool intr, signed long timeout);
	/** Frees the fence after the last reference. */
	void (*release)(struct dma_fence *fence);
	/** Prints the fence's position for debugging. */
	void (*fence_value_str)(struct dma_fence *fence, char *str, int size);
	/** Prints the timeline's position for debugging. */
	void (*timeline_value_str)(struct dma_fence *fence, char *str, int size);
};

/** Prepares a fresh fence holding one reference, unsignalled, on timeline @context. */
void dma_fence_init(struct dma_fence *fence, const struct dma_fence_ops *ops,
		    spinlock_t *lock, u64 context, u64 seqno);
/** kref release of a fence: calls ops->release or frees it. */
void dma_fence_release(struct kref *kref);
/** Marks the fence signalled and runs its callbacks; -EINVAL if it already was. */
int dma_fence_signal(struct dma_fence *fence);
/** Allocates @num new timeline numbers and returns the first. */
u64 dma_fence_context_alloc(unsigned int num);

/**
 * dma_fence_put - drop a reference; the last one releases the fence.
 * @fence: the fence, or NULL (then nothing happens)
 */
static inline void dma_fence_put(struct dma_fence *fence)
{
	if (fence)
		kref_put(&fence->refcount, dma_fence_release);
}

/**
 * dma_fence_get - take a reference for the caller.
 * @fence: the fence, or NULL
 *
 * Returns @fence.
 */
static inline struct dma_fence *dma_fence_get(struct dma_fence *fence)
{
	if (fence)
		kref_get(&fence->refcount);
	return fence;
}

#endif /* __LINUX_DMA_FENCE_H */
