// tsbindgen-flags:
int counter;
struct s { int x; };
