// tsbindgen-flags:
#define A 1
#define A 2
struct s { int x; };
