// tsbindgen-flags:
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;

struct blob {
	u32 count;
	u64 data[];
};

struct name_list {
	u16 len;
	char name[0];
};

struct point { u32 x, y; };

struct grid {
	u32 cells[2][3];
	struct point corners[2];
	struct point extra[];
};
