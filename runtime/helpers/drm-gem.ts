// The static inline helpers of drm_gem.h over the generated views: reference counting of a
// drm_gem_object record, through the runtime's object (last put → funcs->free).

import type { InlineHelpers, drm_gem_object } from '@tsbindgen/drm-gem';
import { drm_gem_object_get, drm_gem_object_put, gemObjectOfView } from '../gem/object.ts';
import { MisuseLog } from '../misuse.ts';

/** Misuse seen by the helpers themselves (a view that is not a live object). */
export const helperMisuse = new MisuseLog();

function objectOf(view: drm_gem_object, what: string) {
  const obj = gemObjectOfView(view);
  if (!obj) helperMisuse.report('heap-use-after-free', `${what} on a drm_gem_object that is not live`);
  return obj;
}

export const helpers = {
  drm_gem_object_get(obj: drm_gem_object): void {
    const o = objectOf(obj, 'drm_gem_object_get');
    if (o) drm_gem_object_get(o);
  },
  __drm_gem_object_put(obj: drm_gem_object): void {
    const o = objectOf(obj, '__drm_gem_object_put');
    if (o) drm_gem_object_put(o);
  },
  drm_gem_object_put(obj: drm_gem_object): void {
    const o = objectOf(obj, 'drm_gem_object_put');
    if (o) drm_gem_object_put(o);
  },
} satisfies InlineHelpers;
