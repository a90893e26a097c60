// tsbindgen-flags:
struct s { int x __attribute__((aligned(3))); };
