// tsbindgen-flags:
struct fwd;
struct s { struct fwd inner; };
