/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Models include/uapi/linux/types.h (Linux 6.1): the fixed-width ABI integers, their byte-order
 * and alignment-pinned variants, and the __kernel_* base types.
 *
 * Inside the kernel tree <linux/types.h> resolves to headers/linux/types.h, which includes this
 * file as <uapi/linux/types.h>; a user-space build with only -I headers/uapi lands here directly.
 */
#ifndef _UAPI_LINUX_TYPES_H
#define _UAPI_LINUX_TYPES_H

#include <asm-generic/int-ll64.h>

#ifndef __ASSEMBLY__

#include <linux/posix_types.h>

/*
 * Byte-order tags exist for the sparse checker; to a compiler they are plain integers.
 */
#ifdef __CHECKER__
#define __bitwise __attribute__((bitwise))
#else
#define __bitwise
#endif
/* Older spelling kept for headers that still use it. */
#define __bitwise__ __bitwise

/** 16-bit little-endian value. */
typedef __u16 __bitwise __le16;
/** 16-bit big-endian value. */
typedef __u16 __bitwise __be16;
/** 32-bit little-endian value. */
typedef __u32 __bitwise __le32;
/** 32-bit big-endian value. */
typedef __u32 __bitwise __be32;
/** 64-bit little-endian value. */
typedef __u64 __bitwise __le64;
/** 64-bit big-endian value. */
typedef __u64 __bitwise __be64;

/** Folded 16-bit internet checksum. */
typedef __u16 __bitwise __sum16;
/** Unfolded 32-bit internet checksum. */
typedef __u32 __bitwise __wsum;

/*
 * 64-bit fields of structures shared by 32- and 64-bit user space must be 8-byte aligned on every
 * target, or i386 would lay them out differently from x86_64.
 */
#define __aligned_u64 __u64 __attribute__((aligned(8)))
#define __aligned_be64 __be64 __attribute__((aligned(8)))
#define __aligned_le64 __le64 __attribute__((aligned(8)))

/** Event mask returned by poll. */
typedef unsigned __bitwise __poll_t;

#endif /* __ASSEMBLY__ */
#endif /* _UAPI_LINUX_TYPES_H */
