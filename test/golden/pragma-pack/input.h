// tsbindgen-flags:
/*
 * #pragma pack caps every member's alignment (aligned attributes, _Alignas and over-aligned typedefs too),
 * not the record's own aligned attribute nor zero-width bitfields, and bitfields no longer skip to the next
 * unit. gcc reads the value at the record's closing brace, clang where the definition starts.
 */
typedef int int8_aligned __attribute__((aligned(8)));

#pragma pack(push, 2)
struct pk_plain { char c; int x; long long y; };
struct pk_member_aligned { char c; int x __attribute__((aligned(8))); };
struct __attribute__((aligned(16))) pk_record_aligned { char c; int x; };
struct pk_alignas { char c; _Alignas(8) int x; };
struct pk_typedef { char c; int8_aligned x; };
struct pk_bits { char c; int b : 4; int d : 30; };
struct pk_long_bits { char c; long long b : 40; };
struct pk_packed_member { char c; int x __attribute__((packed)); };
struct pk_nested { char c; struct { char d; int e; } in; };
struct pk_mixed_bits { char c; short b : 3; char e; int f : 20; };
union pk_union { char c; int b : 20; long long x; };
struct pk_zero_width { char c; int : 0; char d; };
struct pk_long_double { char c; long double ld; double d; };
#pragma pack(pop)
struct after_pop { char c; int x; };

#pragma pack(4)
struct pk4 { char c; double d; };
#pragma pack()
struct after_reset { char c; double d; };

#pragma pack(push, 1)
#pragma pack(push, 8)
struct pk8_inner { char c; double d; };
#pragma pack(pop)
struct pk1_outer { char c; double d; };
#pragma pack(pop)

#pragma pack(push, outer, 2)
#pragma pack(push, 1)
#pragma pack(pop, outer)
struct after_pop_named { char c; double d; };

#pragma pack(2)
#pragma pack(push)
struct pushed_current { char c; double d; };
#pragma pack(pop)
#pragma pack(0)
struct after_zero { char c; double d; };

#pragma pack(1)
struct pk1_with_anon { char c; struct { double d; } x; };
#pragma pack()
struct holds_pk1 { char c; struct pk1_with_anon y; };

_Pragma("pack(push, 2)")
struct pk_operator { char c; int x; };
_Pragma("pack(pop)")

/* Changed inside the body: gcc reads the value at `}` (1 here), clang where the definition starts (none). */
struct changed_inside { char c;
#pragma pack(1)
	int x; };
#pragma pack()
#pragma pack(1)
struct reset_inside { char c; int x;
#pragma pack()
};

#define PK_PLAIN_SIZE sizeof(struct pk_plain)
