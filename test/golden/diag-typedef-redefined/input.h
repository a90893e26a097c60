// tsbindgen-flags:
typedef int t;
typedef long t;
