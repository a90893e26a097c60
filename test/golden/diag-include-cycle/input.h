// tsbindgen-flags:
#include "other.h"
struct s { int x; };
