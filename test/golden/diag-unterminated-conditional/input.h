// tsbindgen-flags:
#ifdef FOO
struct s { int x; };
