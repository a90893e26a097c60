// tsbindgen-flags:
enum a { X };
enum b { Y, X = 5 };
