/* Records with every kind of padding the holes report names. */
#ifndef HOLES_H
#define HOLES_H

/* A hole after c, tail padding after s; reordering (q, s, c) saves 8 bytes. */
struct holey {
	char c;
	long long q;
	short s;
};

/* Bitfields leave bit holes inside their bytes, then a byte hole before the int. */
struct flags {
	unsigned int ready : 1;
	unsigned int mode : 3;
	unsigned char tag;
	int count;
};

/* An anonymous union is one block; the flexible array stays last. */
struct message {
	char kind;
	union {
		int code;
		long long stamp;
	};
	short len;
	char body[];
};

/* Already tight: not listed. */
struct tight {
	long long a;
	int b;
	short c;
	char d, e;
};

#endif
