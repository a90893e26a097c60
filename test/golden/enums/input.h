// tsbindgen-flags:
/** Colour channels. */
enum channel {
	RED,		/* 0 */
	GREEN = 5,
	BLUE,		/* follows GREEN */
	ALPHA = -1,
};

enum {
	ANON_A = 1 << 3,
	ANON_B = ANON_A | 1,
};

enum big_values {
	BIG_ONE = 0x100000000ULL,
	BIG_HUGE = 0x7fffffffffffffffLL,
};

struct uses_enum {
	enum channel ch;
	enum big_values big;
};
