// tsbindgen-flags:
#endif
struct s { int x; };
