/* ABI probe of tsbindgen's builtin <stdint.h> (test/abi set "builtin"): every macro it defines, and for each
 * type its size and alignment (a member after a char) and, for integers, its signedness. */
#include <stdint.h>

struct probe_int8_t { char before; int8_t value; };
#define PROBE_SIGNED_int8_t (((int8_t)-1) < 0)
struct probe_uint8_t { char before; uint8_t value; };
#define PROBE_SIGNED_uint8_t (((uint8_t)-1) < 0)
struct probe_int16_t { char before; int16_t value; };
#define PROBE_SIGNED_int16_t (((int16_t)-1) < 0)
struct probe_uint16_t { char before; uint16_t value; };
#define PROBE_SIGNED_uint16_t (((uint16_t)-1) < 0)
struct probe_int32_t { char before; int32_t value; };
#define PROBE_SIGNED_int32_t (((int32_t)-1) < 0)
struct probe_uint32_t { char before; uint32_t value; };
#define PROBE_SIGNED_uint32_t (((uint32_t)-1) < 0)
struct probe_int64_t { char before; int64_t value; };
#define PROBE_SIGNED_int64_t (((int64_t)-1) < 0)
struct probe_uint64_t { char before; uint64_t value; };
#define PROBE_SIGNED_uint64_t (((uint64_t)-1) < 0)
struct probe_int_least8_t { char before; int_least8_t value; };
#define PROBE_SIGNED_int_least8_t (((int_least8_t)-1) < 0)
struct probe_uint_least8_t { char before; uint_least8_t value; };
#define PROBE_SIGNED_uint_least8_t (((uint_least8_t)-1) < 0)
struct probe_int_least16_t { char before; int_least16_t value; };
#define PROBE_SIGNED_int_least16_t (((int_least16_t)-1) < 0)
struct probe_uint_least16_t { char before; uint_least16_t value; };
#define PROBE_SIGNED_uint_least16_t (((uint_least16_t)-1) < 0)
struct probe_int_least32_t { char before; int_least32_t value; };
#define PROBE_SIGNED_int_least32_t (((int_least32_t)-1) < 0)
struct probe_uint_least32_t { char before; uint_least32_t value; };
#define PROBE_SIGNED_uint_least32_t (((uint_least32_t)-1) < 0)
struct probe_int_least64_t { char before; int_least64_t value; };
#define PROBE_SIGNED_int_least64_t (((int_least64_t)-1) < 0)
struct probe_uint_least64_t { char before; uint_least64_t value; };
#define PROBE_SIGNED_uint_least64_t (((uint_least64_t)-1) < 0)
struct probe_int_fast8_t { char before; int_fast8_t value; };
#define PROBE_SIGNED_int_fast8_t (((int_fast8_t)-1) < 0)
struct probe_uint_fast8_t { char before; uint_fast8_t value; };
#define PROBE_SIGNED_uint_fast8_t (((uint_fast8_t)-1) < 0)
struct probe_int_fast16_t { char before; int_fast16_t value; };
#define PROBE_SIGNED_int_fast16_t (((int_fast16_t)-1) < 0)
struct probe_uint_fast16_t { char before; uint_fast16_t value; };
#define PROBE_SIGNED_uint_fast16_t (((uint_fast16_t)-1) < 0)
struct probe_int_fast32_t { char before; int_fast32_t value; };
#define PROBE_SIGNED_int_fast32_t (((int_fast32_t)-1) < 0)
struct probe_uint_fast32_t { char before; uint_fast32_t value; };
#define PROBE_SIGNED_uint_fast32_t (((uint_fast32_t)-1) < 0)
struct probe_int_fast64_t { char before; int_fast64_t value; };
#define PROBE_SIGNED_int_fast64_t (((int_fast64_t)-1) < 0)
struct probe_uint_fast64_t { char before; uint_fast64_t value; };
#define PROBE_SIGNED_uint_fast64_t (((uint_fast64_t)-1) < 0)
struct probe_intptr_t { char before; intptr_t value; };
#define PROBE_SIGNED_intptr_t (((intptr_t)-1) < 0)
struct probe_uintptr_t { char before; uintptr_t value; };
#define PROBE_SIGNED_uintptr_t (((uintptr_t)-1) < 0)
struct probe_intmax_t { char before; intmax_t value; };
#define PROBE_SIGNED_intmax_t (((intmax_t)-1) < 0)
struct probe_uintmax_t { char before; uintmax_t value; };
#define PROBE_SIGNED_uintmax_t (((uintmax_t)-1) < 0)
