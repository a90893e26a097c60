// tsbindgen-flags:
#include "nowhere.h"
struct broken {
	int x
};
_Static_assert(sizeof(int) == 8, "int is 8 bytes");
