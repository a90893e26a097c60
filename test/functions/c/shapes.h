/* A small C library for the function adapters' end-to-end test: built with gcc -shared for koffi and with
 * clang --target=wasm32 for WebAssembly, bound through the generated Functions of its package. */
#ifndef SHAPES_H
#define SHAPES_H

#include <stdbool.h>
#include <stdint.h>

enum shape_kind { SHAPE_POINT = 1, SHAPE_RECT = 2, SHAPE_CIRCLE = 7 };

struct point {
	int32_t x;
	int32_t y;
};

struct rect {
	uint8_t kind;
	struct point origin;
	uint16_t w, h;
	double weight;
};

int32_t shapes_add(int32_t a, int32_t b);
uint8_t shapes_wrap_u8(uint8_t v);
int16_t shapes_neg_i16(int16_t v);
uint32_t shapes_max_u32(void);
int64_t shapes_mul_i64(int64_t a, int64_t b);
uint64_t shapes_not_u64(uint64_t v);
double shapes_scale(double v, float by);
float shapes_half(float v);
bool shapes_is_even(int32_t v);
enum shape_kind shapes_next_kind(enum shape_kind k);

/* records by pointer: written by C, read through the view */
void shapes_translate(struct point *p, int32_t dx, int32_t dy);
int64_t shapes_area(const struct rect *r);
void shapes_fill_rect(struct rect *r, const struct point *origin, uint16_t w, uint16_t h);
/* a pointer into the library's own memory; NULL when asked for none */
struct point *shapes_origin(bool none);

/* koffi only: a string argument */
int32_t shapes_name_length(const char *name);
const char *shapes_kind_name(enum shape_kind k);

/* neither adapter: a callback, a variadic function, a record by value */
int32_t shapes_apply(int32_t (*fn)(int32_t), int32_t v);
int32_t shapes_sum(int32_t n, ...);
int32_t shapes_sum_point(struct point p);

#endif
