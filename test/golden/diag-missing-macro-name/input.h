// tsbindgen-flags:
#undef
struct s { int x; };
