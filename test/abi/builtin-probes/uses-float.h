/* ABI probe of tsbindgen's builtin <float.h> (test/abi set "builtin"): every macro it defines, and for each
 * type its size and alignment (a member after a char) and, for integers, its signedness. */
#include <float.h>

