// tsbindgen-flags: --config case.json
#include "feature.h"

struct core {
	struct feature embedded;	/* by value: needs the gated-off subsystem */
};
