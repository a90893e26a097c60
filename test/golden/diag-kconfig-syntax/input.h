// tsbindgen-flags: --config case.json
struct s { int x; };
