/* tsbindgen's own <stdarg.h>. A compiler's va_list is a builtin type; tsbindgen has none, so each target's
 * va_list is spelled out as the target's procedure-call standard defines it, member names included (a struct
 * with a va_list member is then laid out, field paths and all, as the compiler lays it out). glibc's <stdio.h>
 * defines __need___va_list to get __gnuc_va_list alone. */

#ifndef __TSBINDGEN_GNUC_VA_LIST
#define __TSBINDGEN_GNUC_VA_LIST
#if defined __x86_64__
/* System V AMD64: an array of one register-save descriptor. */
typedef struct {
  unsigned int gp_offset;
  unsigned int fp_offset;
  void *overflow_arg_area;
  void *reg_save_area;
} __tsbindgen_va_list[1];
#elif defined __aarch64__
/* AAPCS64: stack pointer, the two register-save area tops and their offsets. */
typedef struct {
  void *__stack;
  void *__gr_top;
  void *__vr_top;
  int __gr_offs;
  int __vr_offs;
} __tsbindgen_va_list;
#elif defined __arm__
/* AAPCS: a struct holding one pointer. */
typedef struct {
  void *__ap;
} __tsbindgen_va_list;
#else
/* i386, wasm32: a pointer into the argument area. */
typedef char *__tsbindgen_va_list;
#endif
typedef __tsbindgen_va_list __gnuc_va_list;
#endif

#if !defined __need___va_list && !defined __TSBINDGEN_STDARG_H
#define __TSBINDGEN_STDARG_H
typedef __gnuc_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_end(ap) __builtin_va_end(ap)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_copy(dest, src) __builtin_va_copy(dest, src)
#endif
#undef __need___va_list
