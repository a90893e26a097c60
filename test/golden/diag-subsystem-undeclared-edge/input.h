// tsbindgen-flags: --config case.json
#include "base.h"

struct user {
	struct base b;
};
