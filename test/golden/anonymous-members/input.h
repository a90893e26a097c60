// tsbindgen-flags:
typedef unsigned int u32;
typedef unsigned long long u64;

struct event {
	u32 type;
	union {
		u32 handle;
		u64 offset;
	};
	struct {
		u32 x, y;
	} pos;
	struct {
		struct {
			u32 deep;
		};
		u32 shallow;
	};
};

typedef struct {
	u32 id;
} event_id_t;

struct uses_typedef {
	event_id_t id;
};

/** Another name for struct event. */
typedef struct event event_t;
