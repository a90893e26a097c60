// The kref embedded in kernel objects: the count lives in heap memory (refcount.refs.counter),
// read and written only through the kref view. Models kref_init/kref_get/kref_put.
// Misuse codes: kref-underflow (put or get on a count that is already 0).

import type { kref } from './views.ts';
import type { MisuseLog } from './misuse.ts';

export function kref_init(ref: kref): void {
  ref.refcount.refs.counter = 1;
}

export function kref_read(ref: kref): number {
  return ref.refcount.refs.counter;
}

/** Models kref_get; a get on a dead object (count 0) is reported and ignored (refcount_inc WARNs). */
export function kref_get(ref: kref, misuse: MisuseLog): boolean {
  const n = ref.refcount.refs.counter;
  if (n <= 0) {
    misuse.report('kref-underflow', 'kref_get on an object whose count is 0 (use after free)');
    return false;
  }
  ref.refcount.refs.counter = n + 1;
  return true;
}

/** Models kref_put: true when this put dropped the last reference and `release` ran. */
export function kref_put(ref: kref, release: () => void, misuse: MisuseLog): boolean {
  const n = ref.refcount.refs.counter;
  if (n <= 0) {
    misuse.report('kref-underflow', 'kref_put on an object whose count is already 0');
    return false;
  }
  ref.refcount.refs.counter = n - 1;
  if (n - 1 === 0) {
    release();
    return true;
  }
  return false;
}
