/* The compiler-provided headers a user's header commonly needs; each type's size and alignment differ
 * between the targets. They come from tsbindgen's builtin-include/ (and glibc behind them on hosted targets). */
#ifndef MYLIB_STD_H
#define MYLIB_STD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct mylib_buffer {
	bool mapped;
	uint8_t kind;
	int64_t offset;
	size_t length;
	ptrdiff_t delta;
	uintptr_t handle;
	uint_fast16_t fast;
	wchar_t wide;
};

#define MYLIB_BUFFER_SIZE sizeof(struct mylib_buffer)
#define MYLIB_SIZE_MAX SIZE_MAX
#define MYLIB_INT_FAST16_MAX INT_FAST16_MAX

#endif
