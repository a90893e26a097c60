// tsbindgen-flags:
/*
 * Several aligned attributes on one declaration. On a type (a record's attributes before its tag and after
 * its `}`, a typedef's) gcc applies them in order and the last wins, smaller or not; on a member the largest
 * wins. clang (wasm32) keeps the largest everywhere.
 */
struct __attribute__((aligned(4))) tag_then_body { char c; } __attribute__((aligned(16)));
struct __attribute__((aligned(16))) tag_then_body_smaller { char c; } __attribute__((aligned(4)));
struct one_list { char c; } __attribute__((aligned(4), aligned(16)));
struct one_list_smaller { char c; } __attribute__((aligned(16), aligned(4)));
struct bare_then_number { char c; } __attribute__((aligned, aligned(2)));

typedef int td_smaller_last __attribute__((aligned(16), aligned(4)));
typedef int td_larger_last __attribute__((aligned(4), aligned(16)));
typedef struct { char c; } __attribute__((aligned(16))) td_reduces_record __attribute__((aligned(4)));
typedef struct __attribute__((aligned(16))) { char c; } td_reduces_tagged __attribute__((aligned(4)));

struct members {
	char c0; int a __attribute__((aligned(16), aligned(4)));
	char c1; int b __attribute__((aligned(4), aligned(16)));
	char c2; int __attribute__((aligned(16))) d __attribute__((aligned(4)));
	char c3; int __attribute__((aligned(4))) e __attribute__((aligned(16)));
	char c4; td_smaller_last f __attribute__((aligned(2)));
	char c5; td_larger_last g;
	char c6; td_reduces_record h;
	char c7; td_reduces_tagged i;
};
