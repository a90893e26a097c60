// tsbindgen-flags:
#define P(a) ## a
#define Q P(1)
struct s { int x; };
