// tsbindgen-flags:
#if 1
#else
#else
#endif
struct s { int x; };
