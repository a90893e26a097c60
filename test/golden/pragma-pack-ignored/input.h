// tsbindgen-flags:
/* Pack pragmas gcc warns about and ignores (clang, for wasm32, reads some of them differently). */
#pragma pack(2)
#pragma pack(3)
struct still_two { char c; double d; };
#pragma pack()
#pragma pack(pop)
#pragma pack(push, 2)
#pragma pack(pop, 4)
struct pop_with_number { char c; double d; };
#pragma pack()
#pragma pack(push, a, 2)
#pragma pack(push, b, 1)
#pragma pack(pop, zz)
struct pop_unknown_id { char c; double d; };
#pragma pack()
#pragma pack 2
#define PACK 4
#pragma pack(PACK)
struct macro_argument { char c; double d; };
#pragma pack()
