// tsbindgen-flags:
#ident "v1.0"
struct s { int x; };
