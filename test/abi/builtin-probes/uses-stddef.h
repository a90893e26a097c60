/* ABI probe of tsbindgen's builtin <stddef.h> (test/abi set "builtin"): every macro it defines, and for each
 * type its size and alignment (a member after a char) and, for integers, its signedness. */
#include <stddef.h>

struct probe_size_t { char before; size_t value; };
#define PROBE_SIGNED_size_t (((size_t)-1) < 0)
struct probe_ptrdiff_t { char before; ptrdiff_t value; };
#define PROBE_SIGNED_ptrdiff_t (((ptrdiff_t)-1) < 0)
struct probe_wchar_t { char before; wchar_t value; };
#define PROBE_SIGNED_wchar_t (((wchar_t)-1) < 0)
struct probe_max_align_t { char before; max_align_t value; };
