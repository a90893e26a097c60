// tsbindgen-flags:
#define F(x) (x)
#define G F(1
struct s { int x[G]; };
