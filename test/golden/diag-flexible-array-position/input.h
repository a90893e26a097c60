// tsbindgen-flags:
struct with_tail {
	int count;
	int data[];
	int after;
};
union u { int n; char bytes[]; };
