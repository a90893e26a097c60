// tsbindgen-flags:
typedef unsigned int u32;
typedef unsigned long long u64;
typedef u64 aligned_u64 __attribute__((aligned(8)));

struct packed_hdr {
	unsigned char kind;
	u32 len;
	u64 value;
	u32 words[2];
} __attribute__((packed));

struct over_aligned {
	u32 a;
	u32 b __attribute__((aligned(16)));
	aligned_u64 c;
};

struct member_packed {
	char c;
	int i __attribute__((packed));
};
