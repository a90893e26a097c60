// tsbindgen-flags:
#define S(x) #y
struct s { int x; };
