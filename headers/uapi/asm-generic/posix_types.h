/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * The __kernel_* base types of the ABI (models include/uapi/asm-generic/posix_types.h, Linux 6.1).
 * Only the types the project's headers use are kept.
 */
#ifndef __ASM_GENERIC_POSIX_TYPES_H
#define __ASM_GENERIC_POSIX_TYPES_H

#include <asm-generic/bitsperlong.h>

/** The kernel's `long`: as wide as a pointer on every Linux target. */
typedef long __kernel_long_t;
/** The kernel's `unsigned long`. */
typedef unsigned long __kernel_ulong_t;

/** Process id as the ABI carries it. */
typedef int __kernel_pid_t;
/** User id as the ABI carries it. */
typedef unsigned int __kernel_uid32_t;
/** Group id as the ABI carries it. */
typedef unsigned int __kernel_gid32_t;

/*
 * 32-bit architectures define the size types over `int` rather than `long`; both are four bytes
 * there, but the C type differs, and that is what a binding has to reproduce.
 */
#if __BITS_PER_LONG != 64
/** Object size as the ABI carries it (unsigned int on 32-bit targets). */
typedef unsigned int __kernel_size_t;
/** Signed object size (int on 32-bit targets). */
typedef int __kernel_ssize_t;
/** Pointer difference (int on 32-bit targets). */
typedef int __kernel_ptrdiff_t;
#else
/** Object size as the ABI carries it (unsigned long on 64-bit targets). */
typedef __kernel_ulong_t __kernel_size_t;
/** Signed object size (long on 64-bit targets). */
typedef __kernel_long_t __kernel_ssize_t;
/** Pointer difference (long on 64-bit targets). */
typedef __kernel_long_t __kernel_ptrdiff_t;
#endif

/** File offset as the ABI carries it. */
typedef __kernel_long_t __kernel_off_t;
/** 64-bit file offset. */
typedef long long __kernel_loff_t;

#endif /* __ASM_GENERIC_POSIX_TYPES_H */
