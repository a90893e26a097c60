/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinning locks as data (models include/linux/spinlock_types.h, spinlock_types_raw.h,
 * rwlock_types.h, lockdep_types.h, asm-generic/qspinlock_types.h, asm-generic/qrwlock_types.h and
 * spinlock_types_up.h of Linux 6.1). Only the layouts are modelled; the locking code is not.
 *
 * The layouts follow the configuration as the kernel's do: on SMP the architecture lock is a
 * queued lock word, on a uniprocessor build it shrinks to nothing (or to one word when spinlock
 * debugging wants something to check), and the debug options append owner tracking and a lockdep
 * map.
 */
#ifndef __LINUX_SPINLOCK_TYPES_H
#define __LINUX_SPINLOCK_TYPES_H

#include <linux/types.h>

/* One lockdep map caches the lock classes of its two most recent subclasses. */
#define NR_LOCKDEP_CACHING_CLASSES 2

struct lock_class_key;
struct lock_class;

/**
 * What the lock validator knows about one lock instance (only present with
 * CONFIG_DEBUG_LOCK_ALLOC).
 */
struct lockdep_map {
	/** The static key that names the lock's class. */
	struct lock_class_key *key;
	/** Classes looked up recently, so that validation stays cheap. */
	struct lock_class *class_cache[NR_LOCKDEP_CACHING_CLASSES];
	/** Printable name of the lock. */
	const char *name;
	/** Context the lock may be taken in, seen from outside. */
	u8 wait_type_outer;
	/** Context the lock may be taken in, seen from inside. */
	u8 wait_type_inner;
	/** Kind of lock, for the validator's rules. */
	u8 lock_type;
};

#ifdef CONFIG_SMP
/**
 * A queued spinlock: one 32-bit word that can also be read as its locked and pending bytes or as
 * its two halves (the layout is that of a little-endian machine, which every target here is).
 */
typedef struct qspinlock {
	union {
		/** The whole lock word. */
		atomic_t val;
		struct {
			/** Non-zero while the lock is held. */
			u8 locked;
			/** Non-zero while one waiter spins on the word itself. */
			u8 pending;
		};
		struct {
			/** The locked and pending bytes together. */
			u16 locked_pending;
			/** Encoded tail of the queue of further waiters. */
			u16 tail;
		};
	};
} arch_spinlock_t;

/**
 * A queued reader-writer lock: a count of readers with the writer's byte at the bottom, and a
 * spinlock that queues the waiters.
 */
typedef struct qrwlock {
	union {
		/** Readers in the high bits, writer state in the low byte. */
		atomic_t cnts;
		struct {
			/** Non-zero while a writer holds the lock. */
			u8 wlocked;
			/** Remaining bytes of the reader count. */
			u8 __lstate[3];
		};
	};
	/** Queues waiters in arrival order. */
	arch_spinlock_t wait_lock;
} arch_rwlock_t;
#elif defined(CONFIG_DEBUG_SPINLOCK)
/** Uniprocessor spinlock with debugging: a word that records whether the lock is held. */
typedef struct {
	/** 1 while unlocked, 0 while held. */
	volatile unsigned int slock;
} arch_spinlock_t;

/** Uniprocessor reader-writer lock: nothing to store. */
typedef struct { } arch_rwlock_t;
#else
/** Uniprocessor spinlock: disabling preemption is the whole lock, so it stores nothing. */
typedef struct { } arch_spinlock_t;

/** Uniprocessor reader-writer lock: nothing to store. */
typedef struct { } arch_rwlock_t;
#endif

/** A spinlock that stays a spinning lock on every kernel configuration. */
typedef struct raw_spinlock {
	/** The architecture's lock word. */
	arch_spinlock_t raw_lock;
#ifdef CONFIG_DEBUG_SPINLOCK
	/** A constant that proves the lock was initialised. */
	unsigned int magic;
	/** CPU that holds the lock. */
	unsigned int owner_cpu;
	/** Task that holds the lock. */
	void *owner;
#endif
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	/** The lock validator's record of this lock. */
	struct lockdep_map dep_map;
#endif
} raw_spinlock_t;

/**
 * The ordinary kernel spinlock: a raw spinlock in a union, so that the real-time kernel can
 * substitute another representation. (The kernel adds a padded alias of the lockdep map to the
 * union; it overlaps the raw lock exactly and is left out here.)
 */
typedef struct spinlock {
	union {
		/** The lock itself. */
		struct raw_spinlock rlock;
	};
} spinlock_t;

/** A reader-writer spinlock. */
typedef struct {
	/** The architecture's lock. */
	arch_rwlock_t raw_lock;
#ifdef CONFIG_DEBUG_SPINLOCK
	/** A constant that proves the lock was initialised. */
	unsigned int magic;
	/** CPU that holds the write side. */
	unsigned int owner_cpu;
	/** Task that holds the write side. */
	void *owner;
#endif
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	/** The lock validator's record of this lock. */
	struct lockdep_map dep_map;
#endif
} rwlock_t;

#endif /* __LINUX_SPINLOCK_TYPES_H */
