// tsbindgen-flags:
/* C11 _Alignas on members: gcc treats it like an aligned attribute on the member (a packed record keeps it). */
typedef unsigned long long u64;

struct alignas_number { char c; _Alignas(16) int x; };
struct alignas_type { char c; _Alignas(double) char x; };
struct alignas_after_type { char c; int _Alignas(8) x; };
struct alignas_two { char c; _Alignas(8) _Alignas(2) int x; };
struct alignas_zero { char c; _Alignas(0) int x; };
struct __attribute__((packed)) alignas_in_packed { char c; _Alignas(8) int x; };
struct alignas_packed_member { char c; _Alignas(8) int x __attribute__((packed)); };
struct alignas_and_attribute { char c; _Alignas(4) int x __attribute__((aligned(2))); char d; _Alignas(4) int y __attribute__((aligned(8))); };
struct alignas_array { char c; _Alignas(4) char x[3]; };
struct alignas_long_long { char c; _Alignas(u64) u64 b; };
struct alignas_two_declarators { char c; _Alignas(8) int x, y; };
struct alignas_record { char c; _Alignas(struct alignas_number) char x; };

#define ALIGNAS_NUMBER_SIZE sizeof(struct alignas_number)
#define ALIGNAS_NUMBER_ALIGN _Alignof(struct alignas_number)
