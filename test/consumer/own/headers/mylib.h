/* A user's own header, as a project outside tsbindgen would write it: plain C types only, so it needs no
 * system header. The compiler-provided headers are exercised by ../own-std/mylib_std.h (a step run.sh enables
 * with TSBINDGEN_CONSUMER_STD=1 once tsbindgen ships its builtin headers). */
#ifndef MYLIB_H
#define MYLIB_H

#define MYLIB_VERSION 3
#define MYLIB_MAGIC 0xC0FFEEu

enum mylib_mode { MYLIB_MODE_OFF, MYLIB_MODE_ON = 5 };

struct mylib_point {
	short x;
	short y;
};

/* long long is 4-aligned on i386 and 8-aligned on the other targets; pointers and long are 4 or 8 bytes. */
struct mylib_sample {
	char tag;
	long long stamp;
	void *user;
	struct mylib_point at;
	unsigned int flags : 3;
	unsigned int level : 5;
	union {
		int i;
		float f;
	} value;
	long count;
	char name[6];
};

struct mylib_packed {
	char a;
	int b;
	short c;
} __attribute__((packed));

/* Typed pointers: next and at read as Ptr views, visit as a function pointer typed by its signature, label as a
 * char pointer that reads C strings. */
struct mylib_list {
	struct mylib_list *next;
	struct mylib_point *at;
	int (*visit)(struct mylib_point *p, enum mylib_mode mode);
	const char *label;
};

#define MYLIB_SAMPLE_SIZE sizeof(struct mylib_sample)

#endif
