// tsbindgen-flags:
#if 1 +
#endif
struct s { int x; };
