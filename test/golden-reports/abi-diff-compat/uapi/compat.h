/* A uapi header written the way real ones go wrong and right on a 64-bit kernel with 32-bit callers. */
#ifndef COMPAT_H
#define COMPAT_H

typedef unsigned int __u32;
typedef unsigned long long __u64;

/* Right: fixed-width members, 64-bit ones naturally aligned by explicit padding. */
struct compat_good {
	__u32 handle;
	__u32 pad;
	__u64 size;
};

/* Wrong: __u64 after a lone __u32 sits at 4 on i386 but 8 on x86_64. */
struct compat_misaligned {
	__u32 handle;
	__u64 size;
};

/* Wrong: long and pointers change size. */
struct compat_pointer {
	int count;
	long offset;
	void *data;
};

/* Right for layout, differs only in tail alignment: a lone __u64 is 4-aligned on i386. */
struct compat_tail {
	__u64 value;
	__u32 flags;
};

union compat_arg {
	struct compat_good good;
	__u64 raw;
};

#endif
