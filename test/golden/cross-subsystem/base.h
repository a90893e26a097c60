#ifndef BASE_H
#define BASE_H
typedef unsigned int base_id_t;

struct base {
	base_id_t id;
	unsigned int flags;
};

#define BASE_MAGIC 0x42
#endif
