// tsbindgen-flags: --config case.json
/* A user's own header on the compiler-provided headers only (tsbindgen's builtin-include/), with a minimal
 * config: the subsystem says only its name and headers. */
#include <stdalign.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <float.h>

struct message {
	size_t length;
	ptrdiff_t delta;
	wchar_t letter;
	bool urgent;
	alignas(8) unsigned char tag[3];
	va_list arguments;
	max_align_t payload;
};

#define MESSAGE_LONG_DOUBLE_DIGITS LDBL_MANT_DIG
#define MESSAGE_EVAL_METHOD FLT_EVAL_METHOD
#define MESSAGE_TAG_ALIGN alignof(unsigned char[3])
