// tsbindgen-flags:
static inline int f(void) { return 1; }
static inline int f(void) { return 2; }
