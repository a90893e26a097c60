/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Models include/uapi/linux/posix_types.h (Linux 6.1). The kernel goes through the arch's
 * asm/posix_types.h; every target we build for uses the generic definitions, so this includes them
 * directly.
 */
#ifndef _LINUX_POSIX_TYPES_H
#define _LINUX_POSIX_TYPES_H

#include <asm-generic/posix_types.h>

#endif /* _LINUX_POSIX_TYPES_H */
