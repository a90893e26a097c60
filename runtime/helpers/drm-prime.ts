// The static inline helpers of dma-buf.h / dma-resv.h over the generated views.

import type { InlineHelpers, dma_buf } from '@tsbindgen/drm-prime';
import { DMA_RESV_USAGE_READ, DMA_RESV_USAGE_WRITE, dma_buf_ops } from '@tsbindgen/drm-prime';
import { dmaBufOfView, get_dma_buf } from '../prime/dma-buf.ts';

export const helpers = {
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
    if (dmabuf.ops === 0n) return false;
    return new dma_buf_ops(dmabuf.view, Number(dmabuf.ops)).pin !== 0n;
  },
} satisfies InlineHelpers;
