// tsbindgen-flags:
struct s { int x; } } ;
