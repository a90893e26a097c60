// tsbindgen-flags:
struct s { int x[-1]; };
