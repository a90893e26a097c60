// tsbindgen-flags:
/* Valid GNU C that real headers use and tree-sitter-c's grammar does not take as written (issue 9 part 4). */

enum gnu_mode { GNU_A, GNU_B, GNU_C };

/* Unnamed bitfields of multi-word and enum types. */
struct gnu_unnamed_bits {
	unsigned char a;
	long long :0;
	unsigned short :3;
	enum gnu_mode :2;
	unsigned char b;
};

/* An attribute between the type and the name of a typedef. */
typedef unsigned long long __attribute__((aligned(8))) gnu_aligned_u64;
typedef unsigned long __attribute__((aligned(4))) gnu_packed_ulong;

struct gnu_typedef_attrs {
	char c;
	gnu_aligned_u64 x;
	char d;
	gnu_packed_ulong y;
};

/* An attribute list on a union before its tag; two lists in a row, on a member and before a struct tag. */
union __attribute__((aligned(8))) gnu_aligned_union {
	char c;
	short s;
};

struct __attribute__((packed)) __attribute__((aligned(4))) gnu_two_lists {
	char c;
	int i __attribute__((aligned(2))) __attribute__((packed));
	short s;
};

/* A stray `;` inside a record body, and a missing one after the last member (gcc only warns). */
struct gnu_stray_semicolon {
	int a;;
	int b;
	unsigned : 6
};

/* Complex members: an array of two of the real type, per C11 6.2.5p13. */
struct gnu_complex {
	char c;
	float _Complex f;
	char d;
	double _Complex z;
	char e;
	long double _Complex l;
};

/* _Atomic(T) and _Atomic T. */
struct gnu_atomic {
	char c;
	_Atomic(int) a;
	char d;
	_Atomic int b;
	char e;
	_Atomic(long long) ll;
};

/* A parenthesised declarator name. */
struct gnu_paren_name {
	int (f);
	int (*(g))(int);
	char (h)[3];
};
int (gnu_function)(int);

/* __builtin_va_list: a struct, an array of one or a pointer, per target. */
struct gnu_va {
	char c;
	__builtin_va_list ap;
	char d;
};
