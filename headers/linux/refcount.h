/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reference counters (models include/linux/refcount.h and refcount types of Linux 6.1).
 *
 * The kernel's refcount_t saturates instead of wrapping and warns on misuse; this model keeps the
 * type and the four operations kref needs, with plain atomic arithmetic as their bodies.
 */
#ifndef _LINUX_REFCOUNT_H
#define _LINUX_REFCOUNT_H

#include <linux/types.h>

/**
 * A reference count: an atomic counter that only the refcount_* operations may touch, so that
 * an object is freed exactly once, when its last reference goes.
 */
typedef struct refcount_struct {
	/** Number of references held. */
	atomic_t refs;
} refcount_t;

/* Static initialiser, e.g. `refcount_t r = REFCOUNT_INIT(1);`. */
#define REFCOUNT_INIT(n) { .refs = { .counter = (n) } }

/* Values past this are treated as saturated (the count stops changing). */
#define REFCOUNT_MAX INT_MAX
#define REFCOUNT_SATURATED (INT_MIN / 2)

/**
 * refcount_set - give a counter a value, without ordering against other accesses.
 * @r: the counter
 * @n: its new value
 */
static inline void refcount_set(refcount_t *r, int n)
{
	__atomic_store_n(&r->refs.counter, n, __ATOMIC_RELAXED);
}

/**
 * refcount_read - the current number of references.
 * @r: the counter
 */
static inline unsigned int refcount_read(const refcount_t *r)
{
	return (unsigned int)__atomic_load_n(&r->refs.counter, __ATOMIC_RELAXED);
}

/**
 * refcount_inc - take one more reference. The caller must already hold one.
 * @r: the counter
 */
static inline void refcount_inc(refcount_t *r)
{
	__atomic_fetch_add(&r->refs.counter, 1, __ATOMIC_RELAXED);
}

/**
 * refcount_dec_and_test - drop one reference and report whether it was the last one.
 * @r: the counter
 *
 * Returns true exactly once for a counter, to the caller that must free the object.
 */
static inline bool refcount_dec_and_test(refcount_t *r)
{
	return __atomic_sub_fetch(&r->refs.counter, 1, __ATOMIC_ACQ_REL) == 0;
}

#endif /* _LINUX_REFCOUNT_H */
