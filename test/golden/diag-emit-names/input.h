// tsbindgen-flags:
enum { false = 0, true = 1 };

struct view_like {
	unsigned int view;	/* clashes with the base class */
	unsigned int bytes;
};

struct item { int x; };
#define item 3
