/* ABI probe of tsbindgen's builtin <stdbool.h> (test/abi set "builtin"): every macro it defines, and for each
 * type its size and alignment (a member after a char) and, for integers, its signedness. */
#include <stdbool.h>

struct probe_bool { char before; bool value; };
#define PROBE_SIGNED_bool (((bool)-1) < 0)
