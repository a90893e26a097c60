// tsbindgen-flags:
#include nothing_quoted
struct s { int x; };
