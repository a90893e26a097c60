// tsbindgen-flags:
typedef unsigned long long u64;

/** Flags packed into bitfields, including a zero-width break and a wide 64-bit one. */
struct bits {
	unsigned int a : 3;
	int b : 5;		/* signed: sign-extends */
	unsigned int : 4;	/* unnamed padding */
	unsigned int c : 7;
	int : 0;		/* next field starts a new unit */
	_Bool flag : 1;
	u64 wide : 40;
	unsigned char tail;
};
