/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reference-counted object lifetime (models include/linux/kref.h, Linux 6.1).
 *
 * An object embeds a struct kref; whoever drops the last reference has the object's release
 * function called for it. The release function receives the kref and finds the enclosing object
 * from it.
 */
#ifndef _KREF_H_
#define _KREF_H_

#include <linux/types.h>
#include <linux/refcount.h>

/** The reference count of an object that embeds it. */
struct kref {
	/** Number of references to the enclosing object. */
	refcount_t refcount;
};

/* Static initialiser for a kref holding @n references. */
#define KREF_INIT(n) { .refcount = REFCOUNT_INIT(n), }

/**
 * kref_init - start an object's life with one reference, owned by its creator.
 * @kref: the object's kref
 */
static inline void kref_init(struct kref *kref)
{
	refcount_set(&kref->refcount, 1);
}

/**
 * kref_read - the number of references currently held (for reporting; it can change at once).
 * @kref: the object's kref
 */
static inline unsigned int kref_read(const struct kref *kref)
{
	return refcount_read(&kref->refcount);
}

/**
 * kref_get - take another reference; the caller must already own one.
 * @kref: the object's kref
 */
static inline void kref_get(struct kref *kref)
{
	refcount_inc(&kref->refcount);
}

/**
 * kref_put - drop a reference, releasing the object when it was the last.
 * @kref: the object's kref
 * @release: called with @kref after the last reference is gone; it must free the object
 *
 * Returns 1 when @release was called (the object must not be touched any more), 0 otherwise.
 */
static inline int kref_put(struct kref *kref, void (*release)(struct kref *kref))
{
	if (refcount_dec_and_test(&kref->refcount)) {
		release(kref);
		return 1;
	}
	return 0;
}

#endif /* _KREF_H_ */
