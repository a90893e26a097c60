/* Freestanding on purpose: the wasm32 build has no libc. */
#include "shapes.h"

static struct point the_origin = { -3, 4 };

int32_t shapes_add(int32_t a, int32_t b) { return a + b; }
uint8_t shapes_wrap_u8(uint8_t v) { return (uint8_t)(v + 1); }
int16_t shapes_neg_i16(int16_t v) { return (int16_t)-v; }
uint32_t shapes_max_u32(void) { return 0xffffffffu; }
int64_t shapes_mul_i64(int64_t a, int64_t b) { return a * b; }
uint64_t shapes_not_u64(uint64_t v) { return ~v; }
double shapes_scale(double v, float by) { return v * by; }
float shapes_half(float v) { return v / 2; }
bool shapes_is_even(int32_t v) { return v % 2 == 0; }
enum shape_kind shapes_next_kind(enum shape_kind k) { return k == SHAPE_POINT ? SHAPE_RECT : SHAPE_CIRCLE; }

void shapes_translate(struct point *p, int32_t dx, int32_t dy) { p->x += dx; p->y += dy; }
int64_t shapes_area(const struct rect *r) { return (int64_t)r->w * r->h + r->kind; }
void shapes_fill_rect(struct rect *r, const struct point *origin, uint16_t w, uint16_t h)
{
	r->kind = SHAPE_RECT;
	r->origin = *origin;
	r->w = w;
	r->h = h;
	r->weight = w * 0.5;
}
struct point *shapes_origin(bool none) { return none ? 0 : &the_origin; }

int32_t shapes_name_length(const char *name)
{
	int32_t n = 0;
	if (!name) return -1;
	while (name[n]) n++;
	return n;
}
const char *shapes_kind_name(enum shape_kind k) { return k == SHAPE_RECT ? "rect" : k == SHAPE_POINT ? "point" : 0; }

int32_t shapes_apply(int32_t (*fn)(int32_t), int32_t v) { return fn(v); }
int32_t shapes_sum(int32_t n, ...) { return n; }
int32_t shapes_sum_point(struct point p) { return p.x + p.y; }
