// tsbindgen-flags: --config case.json
typedef unsigned long long u64;

struct mixed {
	char c;
	u64 big;		/* 4-aligned on i386 */
	long l;			/* 4 or 8 bytes */
	void *p;		/* target-sized */
	u64 arr[2];		/* a typed array where 8-aligned */
	void (*fn)(int);
};
