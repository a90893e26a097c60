// The static inline helpers of the linux-core headers (idr.h) over the generated views.

import type { InlineHelpers, idr } from '@tsbindgen/linux-core';

export const helpers = {
  idr_init_base(r: idr, base: number): void {
    r.idr_rt.xa_flags = 0;
    r.idr_rt.xa_head = 0n;
    r.idr_base = base;
    r.idr_next = 0;
  },
  idr_init(r: idr): void {
    helpers.idr_init_base(r, 0);
  },
  idr_get_cursor(r: idr): number {
    return r.idr_next;
  },
  idr_set_cursor(r: idr, val: number): void {
    r.idr_next = val;
  },
} satisfies InlineHelpers;
