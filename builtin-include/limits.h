/* tsbindgen's own <limits.h>: the ranges of the integer types, from the target compiler's predefined macros.
 * On a hosted target the C library's <limits.h> comes first (MB_LEN_MAX and the POSIX limits are its own);
 * glibc's includes the compiler's back unless _GCC_LIMITS_H_ is defined, so it is defined before. */

#ifndef __TSBINDGEN_LIMITS_H
#define __TSBINDGEN_LIMITS_H

#if __STDC_HOSTED__ && __has_include_next(<limits.h>)
#define _GCC_LIMITS_H_
#include_next <limits.h>
#endif

#undef CHAR_BIT
#define CHAR_BIT __CHAR_BIT__

/* A freestanding target has no multibyte encodings beyond single bytes. */
#ifndef MB_LEN_MAX
#define MB_LEN_MAX 1
#endif

#undef SCHAR_MIN
#undef SCHAR_MAX
#undef UCHAR_MAX
#define SCHAR_MAX __SCHAR_MAX__
#define SCHAR_MIN (-__SCHAR_MAX__ - 1)
#define UCHAR_MAX (__SCHAR_MAX__ * 2 + 1)

#undef CHAR_MIN
#undef CHAR_MAX
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN 0
#define CHAR_MAX UCHAR_MAX
#else
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#endif

#undef SHRT_MIN
#undef SHRT_MAX
#undef USHRT_MAX
#define SHRT_MAX __SHRT_MAX__
#define SHRT_MIN (-__SHRT_MAX__ - 1)
/* unsigned short promotes to int wherever short is narrower than int, so its maximum is an int. */
#define USHRT_MAX (__SHRT_MAX__ * 2 + 1)

#undef INT_MIN
#undef INT_MAX
#undef UINT_MAX
#define INT_MAX __INT_MAX__
#define INT_MIN (-__INT_MAX__ - 1)
#define UINT_MAX (__INT_MAX__ * 2U + 1U)

#undef LONG_MIN
#undef LONG_MAX
#undef ULONG_MAX
#define LONG_MAX __LONG_MAX__
#define LONG_MIN (-__LONG_MAX__ - 1L)
#define ULONG_MAX (__LONG_MAX__ * 2UL + 1UL)

#undef LLONG_MIN
#undef LLONG_MAX
#undef ULLONG_MAX
#define LLONG_MAX __LONG_LONG_MAX__
#define LLONG_MIN (-__LONG_LONG_MAX__ - 1LL)
#define ULLONG_MAX (__LONG_LONG_MAX__ * 2ULL + 1ULL)

/* The GNU spellings: with glibc only under _GNU_SOURCE, without a C library unless strictly ISO C. */
#if defined __GNU_LIBRARY__ ? defined __USE_GNU : !defined __STRICT_ANSI__
#undef LONG_LONG_MIN
#undef LONG_LONG_MAX
#undef ULONG_LONG_MAX
#define LONG_LONG_MAX __LONG_LONG_MAX__
#define LONG_LONG_MIN (-__LONG_LONG_MAX__ - 1LL)
#define ULONG_LONG_MAX (__LONG_LONG_MAX__ * 2ULL + 1ULL)
#endif

#endif
