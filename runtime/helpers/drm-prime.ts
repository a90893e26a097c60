// The static inline helpers of dma-buf.h / dma-resv.h / dma-fence.h over the generated views.
// A fence's last reference runs its issuer's ops->release through the kernel function table
// (dma_fence_release); a fence without one belongs to whoever allocated its record.

import type { InlineHelpers, dma_buf } from '@tsbindgen/drm-prime';
import { DMA_RESV_USAGE_READ, DMA_RESV_USAGE_WRITE, dma_fence } from '@tsbindgen/drm-prime';
import type { kref } from '@tsbindgen/linux-kref';
import { helpers as krefHelpers } from './linux-kref.ts';
import { kernelFunctions } from '../fn-table.ts';
import { dmaBufOfView, get_dma_buf } from '../prime/dma-buf.ts';

/** Models dma_fence_release: from the kref back to its fence, then the issuer's release hook. */
const dma_fence_release = kernelFunctions.register((k: kref): void => {
  const fence = new dma_fence(k.view, k.byteOffset - dma_fence.OFFSETS.refcount);
  if (fence.ops.isNull) return;
  const release = fence.ops.deref(fence.view).release;
  kernelFunctions.resolve<(f: dma_fence) => void>(release)?.(fence);
});

export const helpers = {
  dma_fence_get(fence: dma_fence): dma_fence {
    krefHelpers.kref_get(fence.refcount);
    return fence;
  },
  dma_fence_put(fence: dma_fence): void {
    krefHelpers.kref_put(fence.refcount, dma_fence_release);
  },
  /** A writer must wait for every fence (READ usage); a reader only for writers. */
  dma_resv_usage_rw(write: boolean): number {
    return write ? DMA_RESV_USAGE_READ : DMA_RESV_USAGE_WRITE;
  },
  get_dma_buf(dmabuf: dma_buf): void {
    const buf = dmaBufOfView(dmabuf);
    if (buf) get_dma_buf(buf);
  },
  /** Dynamic importers need an exporter that can pin: ops->pin set. */
  dma_buf_is_dynamic(dmabuf: dma_buf): boolean {
    if (dmabuf.ops.isNull) return false;
    return !dmabuf.ops.deref(dmabuf.view).pin.isNull;
  },
} satisfies InlineHelpers;
