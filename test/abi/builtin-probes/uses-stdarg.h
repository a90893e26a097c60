/* ABI probe of tsbindgen's builtin <stdarg.h> (test/abi set "builtin"): every macro it defines, and for each
 * type its size and alignment (a member after a char) and, for integers, its signedness. */
#include <stdarg.h>

struct probe_va_list { char before; va_list value; };
struct probe___gnuc_va_list { char before; __gnuc_va_list value; };
