/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel time values (models the ktime_t of Linux 6.1, which include/linux/ktime.h builds on).
 *
 * A ktime_t counts nanoseconds in a signed 64-bit integer on every architecture, so a timestamp
 * has the same size and alignment as an s64 wherever it is stored.
 */
#ifndef _LINUX_KTIME_H
#define _LINUX_KTIME_H

#include <linux/types.h>

/** Nanoseconds, signed, 64 bits everywhere. */
typedef s64 ktime_t;

/* Nanoseconds in one second, the unit conversions are built on. */
#define NSEC_PER_SEC	1000000000L

#endif /* _LINUX_KTIME_H */
