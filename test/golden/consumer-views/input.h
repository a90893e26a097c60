// tsbindgen-flags:
/* What a consumer of the views meets: C strings, enum-typed fields, arrays at unaligned offsets,
   typed pointers and function pointers. */
typedef unsigned short u16;
typedef unsigned char u8;

enum colour { RED = 1, GREEN = 2, BLUE = 3 };

/* Packed, so ids sits at offset 9: a typed array could not be placed there. */
struct named {
	char name[8];
	u8 flags;
	u16 ids[3];
	enum colour colour;
} __attribute__((packed));

struct shelf {
	struct named items[2];
	char label[4];
	u8 raw[4];
};

/* A list in some memory: what a typed pointer follows. */
struct link {
	struct link *next;
	struct named *item;
	void *cookie;
	const char *title;
	int (*compare)(const struct named *a, const struct named *b);
	enum colour (*paint)(struct link *, u16 n, void *);
};
