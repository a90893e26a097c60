// tsbindgen-flags:
enum e { A };
enum e { B };
