// tsbindgen-flags:
#pragma weird thing
struct s { int x; };
