/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Error numbers above 34 (models include/uapi/asm-generic/errno.h, Linux 6.1, used by x86, arm
 * and arm64), reduced to the ones DRM, dma-buf and fences return.
 */
#ifndef _ASM_GENERIC_ERRNO_H
#define _ASM_GENERIC_ERRNO_H

#include <asm-generic/errno-base.h>

#define	EDEADLK		35	/* Resource deadlock would occur */
#define	ENOSYS		38	/* Invalid system call number */
#define	ENODATA		61	/* No data available */
#define	ETIME		62	/* Timer expired */
#define	EOVERFLOW	75	/* Value too large for defined data type */
#define	EOPNOTSUPP	95	/* Operation not supported on transport endpoint */
#define	ETIMEDOUT	110	/* Connection timed out */
#define	EALREADY	114	/* Operation already in progress */
#define	ECANCELED	125	/* Operation Canceled */

#endif /* _ASM_GENERIC_ERRNO_H */
