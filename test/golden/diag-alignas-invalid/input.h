// tsbindgen-flags:
/* gcc rejects each of these. */
struct lowers { char c; _Alignas(2) int x; };
struct on_bitfield { char c; _Alignas(8) int b : 3; };
struct not_power { char c; _Alignas(3) int x; };
typedef _Alignas(8) int on_typedef;
