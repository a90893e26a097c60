/* tsbindgen's own <stdint.h>. A hosted target's C library has a complete <stdint.h> and that one is used; a
 * freestanding target (wasm32, no libc) gets the definitions below, all from the compiler's predefined macros. */

#if __STDC_HOSTED__ && __has_include_next(<stdint.h>)
#include_next <stdint.h>
#elif !defined __TSBINDGEN_STDINT_H
#define __TSBINDGEN_STDINT_H

typedef __INT8_TYPE__ int8_t;
typedef __INT16_TYPE__ int16_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINT8_TYPE__ uint8_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;

typedef __INT_LEAST8_TYPE__ int_least8_t;
typedef __INT_LEAST16_TYPE__ int_least16_t;
typedef __INT_LEAST32_TYPE__ int_least32_t;
typedef __INT_LEAST64_TYPE__ int_least64_t;
typedef __UINT_LEAST8_TYPE__ uint_least8_t;
typedef __UINT_LEAST16_TYPE__ uint_least16_t;
typedef __UINT_LEAST32_TYPE__ uint_least32_t;
typedef __UINT_LEAST64_TYPE__ uint_least64_t;

typedef __INT_FAST8_TYPE__ int_fast8_t;
typedef __INT_FAST16_TYPE__ int_fast16_t;
typedef __INT_FAST32_TYPE__ int_fast32_t;
typedef __INT_FAST64_TYPE__ int_fast64_t;
typedef __UINT_FAST8_TYPE__ uint_fast8_t;
typedef __UINT_FAST16_TYPE__ uint_fast16_t;
typedef __UINT_FAST32_TYPE__ uint_fast32_t;
typedef __UINT_FAST64_TYPE__ uint_fast64_t;

typedef __INTPTR_TYPE__ intptr_t;
typedef __UINTPTR_TYPE__ uintptr_t;
typedef __INTMAX_TYPE__ intmax_t;
typedef __UINTMAX_TYPE__ uintmax_t;

#define INT8_MAX __INT8_MAX__
#define INT16_MAX __INT16_MAX__
#define INT32_MAX __INT32_MAX__
#define INT64_MAX __INT64_MAX__
#define INT8_MIN (-__INT8_MAX__ - 1)
#define INT16_MIN (-__INT16_MAX__ - 1)
#define INT32_MIN (-__INT32_MAX__ - 1)
#define INT64_MIN (-__INT64_MAX__ - 1)
#define UINT8_MAX __UINT8_MAX__
#define UINT16_MAX __UINT16_MAX__
#define UINT32_MAX __UINT32_MAX__
#define UINT64_MAX __UINT64_MAX__

#define INT_LEAST8_MAX __INT_LEAST8_MAX__
#define INT_LEAST16_MAX __INT_LEAST16_MAX__
#define INT_LEAST32_MAX __INT_LEAST32_MAX__
#define INT_LEAST64_MAX __INT_LEAST64_MAX__
#define INT_LEAST8_MIN (-__INT_LEAST8_MAX__ - 1)
#define INT_LEAST16_MIN (-__INT_LEAST16_MAX__ - 1)
#define INT_LEAST32_MIN (-__INT_LEAST32_MAX__ - 1)
#define INT_LEAST64_MIN (-__INT_LEAST64_MAX__ - 1)
#define UINT_LEAST8_MAX __UINT_LEAST8_MAX__
#define UINT_LEAST16_MAX __UINT_LEAST16_MAX__
#define UINT_LEAST32_MAX __UINT_LEAST32_MAX__
#define UINT_LEAST64_MAX __UINT_LEAST64_MAX__

#define INT_FAST8_MAX __INT_FAST8_MAX__
#define INT_FAST16_MAX __INT_FAST16_MAX__
#define INT_FAST32_MAX __INT_FAST32_MAX__
#define INT_FAST64_MAX __INT_FAST64_MAX__
#define INT_FAST8_MIN (-__INT_FAST8_MAX__ - 1)
#define INT_FAST16_MIN (-__INT_FAST16_MAX__ - 1)
#define INT_FAST32_MIN (-__INT_FAST32_MAX__ - 1)
#define INT_FAST64_MIN (-__INT_FAST64_MAX__ - 1)
#define UINT_FAST8_MAX __UINT_FAST8_MAX__
#define UINT_FAST16_MAX __UINT_FAST16_MAX__
#define UINT_FAST32_MAX __UINT_FAST32_MAX__
#define UINT_FAST64_MAX __UINT_FAST64_MAX__

#define INTPTR_MAX __INTPTR_MAX__
#define INTPTR_MIN (-__INTPTR_MAX__ - 1)
#define UINTPTR_MAX __UINTPTR_MAX__
#define INTMAX_MAX __INTMAX_MAX__
#define INTMAX_MIN (-__INTMAX_MAX__ - 1)
#define UINTMAX_MAX __UINTMAX_MAX__

#define PTRDIFF_MAX __PTRDIFF_MAX__
#define PTRDIFF_MIN (-__PTRDIFF_MAX__ - 1)
#define SIZE_MAX __SIZE_MAX__
#define SIG_ATOMIC_MAX __SIG_ATOMIC_MAX__
#define SIG_ATOMIC_MIN (-__SIG_ATOMIC_MAX__ - 1)

/* wchar_t and wint_t are signed or not by target; a signed one's minimum mirrors its maximum. */
#define WCHAR_MAX __WCHAR_MAX__
#if defined __WCHAR_UNSIGNED__ || (__WCHAR_MAX__ & 0x80000000)
#define WCHAR_MIN 0U
#else
#define WCHAR_MIN (-__WCHAR_MAX__ - 1)
#endif
#define WINT_MAX __WINT_MAX__
#if defined __WINT_UNSIGNED__ || (__WINT_MAX__ & 0x80000000)
#define WINT_MIN 0U
#else
#define WINT_MIN (-__WINT_MAX__ - 1)
#endif

/* Constants of the least types: the literal with the suffix its type needs. */
#define __TSBINDGEN_PASTE2(a, b) a##b
#define __TSBINDGEN_PASTE(a, b) __TSBINDGEN_PASTE2(a, b)
#define INT8_C(c) __TSBINDGEN_PASTE(c, __INT8_C_SUFFIX__)
#define INT16_C(c) __TSBINDGEN_PASTE(c, __INT16_C_SUFFIX__)
#define INT32_C(c) __TSBINDGEN_PASTE(c, __INT32_C_SUFFIX__)
#define INT64_C(c) __TSBINDGEN_PASTE(c, __INT64_C_SUFFIX__)
#define UINT8_C(c) __TSBINDGEN_PASTE(c, __UINT8_C_SUFFIX__)
#define UINT16_C(c) __TSBINDGEN_PASTE(c, __UINT16_C_SUFFIX__)
#define UINT32_C(c) __TSBINDGEN_PASTE(c, __UINT32_C_SUFFIX__)
#define UINT64_C(c) __TSBINDGEN_PASTE(c, __UINT64_C_SUFFIX__)
#define INTMAX_C(c) __TSBINDGEN_PASTE(c, __INTMAX_C_SUFFIX__)
#define UINTMAX_C(c) __TSBINDGEN_PASTE(c, __UINTMAX_C_SUFFIX__)

#endif
