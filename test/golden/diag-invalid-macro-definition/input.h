// tsbindgen-flags:
#define F(x, x) x
struct s { int x; };
