// tsbindgen-flags:
#if defined(
#endif
struct s { int x; };
