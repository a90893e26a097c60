// tsbindgen-flags:
#define MUL(a, b) ((a) * (b))
#define SHIFTED(x) ((x) << 4)
#define BIT(n) (1ULL << (n))
#define GENMASK(h, l) (((~0ULL) << (l)) & (~0ULL >> (63 - (h))))

/** Twelve, computed by a function-like macro. */
#define TWELVE MUL(3, 4)
#define FLAGS (SHIFTED(2) | BIT(0))
#define TOP_BIT BIT(63)
#define MASK GENMASK(15, 8)
#define NEGATIVE (-MUL(2, 21))
#define NOT_A_NUMBER "a string"
