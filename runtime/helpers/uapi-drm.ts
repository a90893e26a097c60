// The static inline helpers of @tsbindgen/uapi-drm (none declared by its headers today; tsc fails here
// as soon as the headers gain one that the runtime does not implement).

import type { InlineHelpers } from '@tsbindgen/uapi-drm';

export const helpers = {} satisfies InlineHelpers;
