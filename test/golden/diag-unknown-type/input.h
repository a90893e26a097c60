// tsbindgen-flags:
struct s { mystery_t x; };
