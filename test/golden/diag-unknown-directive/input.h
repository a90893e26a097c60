// tsbindgen-flags:
#frobnicate
struct s { int x; };
