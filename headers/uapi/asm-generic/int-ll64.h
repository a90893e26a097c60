/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Fixed-width integer types of the user/kernel ABI (models include/uapi/asm-generic/int-ll64.h,
 * Linux 6.1): every architecture Linux supports today uses the "long long is 64 bits" scheme.
 *
 * The kernel spells the signed types with GNU `__signed__`; plain `signed` means the same to
 * every C11 compiler and keeps these headers within standard C.
 */
#ifndef _UAPI_ASM_GENERIC_INT_LL64_H
#define _UAPI_ASM_GENERIC_INT_LL64_H

#include <asm-generic/bitsperlong.h>

#ifndef __ASSEMBLY__

/** Signed 8-bit integer. */
typedef signed char __s8;
/** Unsigned 8-bit integer. */
typedef unsigned char __u8;

/** Signed 16-bit integer. */
typedef signed short __s16;
/** Unsigned 16-bit integer. */
typedef unsigned short __u16;

/** Signed 32-bit integer. */
typedef signed int __s32;
/** Unsigned 32-bit integer. */
typedef unsigned int __u32;

/** Signed 64-bit integer; its alignment is the target's (4 on i386, 8 elsewhere). */
typedef signed long long __s64;
/** Unsigned 64-bit integer; its alignment is the target's (4 on i386, 8 elsewhere). */
typedef unsigned long long __u64;

#endif /* __ASSEMBLY__ */

#endif /* _UAPI_ASM_GENERIC_INT_LL64_H */
