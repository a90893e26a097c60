// tsbindgen-flags: --config case.json
#include "feature.h"

struct core {
	unsigned int id;
	struct feature *optional;	/* a pointer: fine even with the feature gated off */
};
