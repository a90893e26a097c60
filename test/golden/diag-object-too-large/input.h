// tsbindgen-flags:
/* gcc's verdicts past PTRDIFF_MAX on x86_64, and tsbindgen's refusal (never a rounded number) past 2^50 bytes. */
struct too_large_record { char x[0x7fffffffffffffff]; char y[16]; };
struct too_large_array { char x[0x8000000000000000]; };
typedef int too_large_typedef[0x2000000000000000];
struct not_exact { char x[9007199254740993]; };
struct largest_exact { char x[0x4000000000000]; };
#define NOT_EXACT_SIZE sizeof(char[9007199254740993])
#define LARGEST_EXACT_SIZE sizeof(struct largest_exact)
