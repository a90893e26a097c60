// tsbindgen-flags:
#ifdef A B
#endif
struct s { int x; };
