/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Models include/uapi/linux/ioctl.h (Linux 6.1). The kernel reaches the encoding through the
 * arch's asm/ioctl.h; all our targets use the generic one, so it is included by its real name.
 */
#ifndef _LINUX_IOCTL_H
#define _LINUX_IOCTL_H

#include <asm-generic/ioctl.h>

#endif /* _LINUX_IOCTL_H */
