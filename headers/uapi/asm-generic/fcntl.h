/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * The open(2) flags DRM's uapi reuses for PRIME descriptors (models the part of
 * include/uapi/asm-generic/fcntl.h that drm.h needs, Linux 6.1). Values are octal, as in the
 * kernel, and identical on x86, arm and arm64.
 */
#ifndef _ASM_GENERIC_FCNTL_H
#define _ASM_GENERIC_FCNTL_H

#define O_ACCMODE	00000003
#define O_RDONLY	00000000
#define O_WRONLY	00000001
#define O_RDWR		00000002

#ifndef O_CLOEXEC
#define O_CLOEXEC	02000000	/* close the descriptor on exec */
#endif

#endif /* _ASM_GENERIC_FCNTL_H */
