// tsbindgen-flags:
extern int v;
_Static_assert(v, "not a constant");
