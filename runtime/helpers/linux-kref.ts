// The static inline helpers of linux/refcount.h and linux/kref.h over the generated views.
// kref_put's release is a function pointer: an index into the kernel function table.

import type { InlineHelpers } from '@tsbindgen/linux-kref';
import type { kref, refcount_struct } from '@tsbindgen/linux-kref';
import { kernelFunctions } from '../fn-table.ts';

export const helpers = {
  refcount_set(r: refcount_struct, n: number): void {
    r.refs.counter = n;
  },
  refcount_read(r: refcount_struct): number {
    return r.refs.counter;
  },
  refcount_inc(r: refcount_struct): void {
    r.refs.counter += 1;
  },
  refcount_dec_and_test(r: refcount_struct): boolean {
    r.refs.counter -= 1;
    return r.refs.counter === 0;
  },
  kref_init(k: kref): void {
    k.refcount.refs.counter = 1;
  },
  kref_read(k: kref): number {
    return k.refcount.refs.counter;
  },
  kref_get(k: kref): void {
    k.refcount.refs.counter += 1;
  },
  /** 1 when `release` ran (the object is gone), 0 otherwise. */
  kref_put(k: kref, release: bigint): number {
    k.refcount.refs.counter -= 1;
    if (k.refcount.refs.counter !== 0) return 0;
    kernelFunctions.resolve<(k: kref) => void>(release)?.(k);
    return 1;
  },
} satisfies InlineHelpers;
