// The static inline helpers of @tsbindgen/uapi-linux (none declared by its headers today; tsc fails here
// as soon as the headers gain one that the runtime does not implement).

import type { InlineHelpers } from '@tsbindgen/uapi-linux';

export const helpers = {} satisfies InlineHelpers;
