/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Width of `long` for the uapi headers (models include/uapi/asm-generic/bitsperlong.h, Linux 6.1).
 *
 * The width comes from the compiler's own predefined macros, so one header serves every target
 * (LP64 and ILP32) without an arch-specific asm/bitsperlong.h.
 */
#ifndef _UAPI__ASM_GENERIC_BITS_PER_LONG
#define _UAPI__ASM_GENERIC_BITS_PER_LONG

#ifndef __BITS_PER_LONG
#if defined(__CHAR_BIT__) && defined(__SIZEOF_LONG__)
#define __BITS_PER_LONG (__CHAR_BIT__ * __SIZEOF_LONG__)
#else
#define __BITS_PER_LONG 32
#endif
#endif

#endif /* _UAPI__ASM_GENERIC_BITS_PER_LONG */
