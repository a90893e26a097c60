/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The head of a wait queue as data (models struct wait_queue_head of include/linux/wait.h,
 * Linux 6.1). Tasks that sleep on an event link themselves into @head.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/types.h>
#include <linux/spinlock_types.h>

/** A list of sleepers waiting for one event, and the lock that protects it. */
struct wait_queue_head {
	/** Protects @head. */
	spinlock_t lock;
	/** The waiting entries. */
	struct list_head head;
};
typedef struct wait_queue_head wait_queue_head_t;

#endif /* _LINUX_WAIT_H */
