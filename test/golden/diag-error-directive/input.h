// tsbindgen-flags:
#error "this configuration is not supported"
struct s { int x; };
