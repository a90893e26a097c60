/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Sleeping locks as data (models struct mutex of include/linux/mutex.h, struct
 * optimistic_spin_queue of osq_lock.h and struct ww_mutex of ww_mutex.h, Linux 6.1, for a kernel
 * without PREEMPT_RT). Only the layouts are modelled.
 */
#ifndef __LINUX_MUTEX_H
#define __LINUX_MUTEX_H

#include <linux/types.h>
#include <linux/spinlock_types.h>

/** Queue of CPUs spinning on a mutex owner that is running: one encoded tail CPU number. */
struct optimistic_spin_queue {
	/** Last queued CPU plus one, or 0 for an empty queue. */
	atomic_t tail;
};

/**
 * A sleeping lock with a single owner.
 *
 * The owner is stored as the task's address with state flags in its low bits, so one atomic
 * operation both takes the lock and records who holds it.
 */
struct mutex {
	/** Owning task address ORed with flag bits; 0 when unlocked. */
	atomic_long_t owner;
	/** Protects @wait_list. */
	raw_spinlock_t wait_lock;
#ifdef CONFIG_MUTEX_SPIN_ON_OWNER
	/** CPUs spinning while the owner runs, instead of sleeping. */
	struct optimistic_spin_queue osq;
#endif
	/** Tasks sleeping on the lock, in arrival order. */
	struct list_head wait_list;
#ifdef CONFIG_DEBUG_MUTEXES
	/** Points at the mutex itself once initialised, to catch use of a stray one. */
	void *magic;
#endif
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	/** The lock validator's record of this lock. */
	struct lockdep_map dep_map;
#endif
};

struct ww_acquire_ctx;
struct ww_class;

/**
 * A wound/wait mutex: a mutex that can be taken together with others of its class in any order,
 * backing off instead of deadlocking (used by reservation objects).
 */
struct ww_mutex {
	/** The underlying mutex. */
	struct mutex base;
	/** The acquire context of the current holder, or NULL. */
	struct ww_acquire_ctx *ctx;
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	/** The class every mutex of one acquire context must share. */
	struct ww_class *ww_class;
#endif
};

#endif /* __LINUX_MUTEX_H */
