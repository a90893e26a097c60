// tsbindgen-flags:
#ifdef A B
#endif
#error "stop here: this case only shows the extra-tokens warning"
