/* tsbindgen's own <stddef.h>, read only by tsbindgen (a compiler reads its own). One text serves every target:
 * the types come from the predefined macros of the target's compiler. glibc's headers define __need_size_t (or
 * __need_NULL, __need_wchar_t, __need_ptrdiff_t, __need_wint_t) and include this header to get that one name
 * alone; without any __need_ the whole header is meant. */

#if !defined __need_size_t && !defined __need_ptrdiff_t && !defined __need_wchar_t && !defined __need_wint_t \
    && !defined __need_NULL
#define __TSBINDGEN_STDDEF_ALL
#endif

#if (defined __TSBINDGEN_STDDEF_ALL || defined __need_size_t) && !defined __TSBINDGEN_SIZE_T
#define __TSBINDGEN_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif

#if (defined __TSBINDGEN_STDDEF_ALL || defined __need_ptrdiff_t) && !defined __TSBINDGEN_PTRDIFF_T
#define __TSBINDGEN_PTRDIFF_T
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif

#if (defined __TSBINDGEN_STDDEF_ALL || defined __need_wchar_t) && !defined __TSBINDGEN_WCHAR_T
#define __TSBINDGEN_WCHAR_T
typedef __WCHAR_TYPE__ wchar_t;
#endif

/* wint_t belongs to <wchar.h>; only a header asking for it by name gets it here. */
#if defined __need_wint_t && !defined __TSBINDGEN_WINT_T
#define __TSBINDGEN_WINT_T
typedef __WINT_TYPE__ wint_t;
#endif

#if defined __TSBINDGEN_STDDEF_ALL || defined __need_NULL
#undef NULL
#define NULL ((void *)0)
#endif

#if defined __TSBINDGEN_STDDEF_ALL && !defined __TSBINDGEN_STDDEF_REST
#define __TSBINDGEN_STDDEF_REST
#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)

#if __STDC_VERSION__ >= 201112L
/* The most aligned scalar types of the target, under the member names each compiler gives them (they show in
 * the field paths of a struct holding a max_align_t); on i386 gcc also counts __float128, 16 bytes aligned to 16. */
#ifdef __clang__
typedef struct {
  long long __clang_max_align_nonce1 __attribute__((__aligned__(__SIZEOF_LONG_LONG__)));
  long double __clang_max_align_nonce2 __attribute__((__aligned__(__BIGGEST_ALIGNMENT__)));
#else
typedef struct {
  long long __max_align_ll __attribute__((__aligned__(__SIZEOF_LONG_LONG__)));
  long double __max_align_ld;
#ifdef __i386__
  unsigned char __max_align_f128[16] __attribute__((__aligned__(16)));
#endif
#endif
} max_align_t;
#endif
#endif

#undef __TSBINDGEN_STDDEF_ALL
#undef __need_size_t
#undef __need_ptrdiff_t
#undef __need_wchar_t
#undef __need_wint_t
#undef __need_NULL
