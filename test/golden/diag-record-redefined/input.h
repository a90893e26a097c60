// tsbindgen-flags:
struct s { int x; };
struct s { long y; };
