// tsbindgen-flags: --config case.json
struct twice { int x; };
