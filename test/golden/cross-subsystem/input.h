// tsbindgen-flags: --config case.json
#include "base.h"

/** Embeds a record from the golden-base subsystem by value. */
struct user {
	struct base b;
	struct base many[2];
	struct base *ptr;
	base_id_t id;
};

static inline unsigned int user_base_id(struct user *u, struct base *b)
{
	return b->id + u->id;
}
