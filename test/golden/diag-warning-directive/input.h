// tsbindgen-flags:
#warning "deprecated header"
struct s { int x; };
