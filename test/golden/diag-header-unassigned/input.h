// tsbindgen-flags: --config case.json
struct lonely { int x; };
