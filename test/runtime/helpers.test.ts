// The per-subsystem inline helpers behave as their kernel namesakes on the model's own records.

import { describe, expect, it } from 'vitest';
import { kref } from '@tsbindgen/linux-kref';
import { idr } from '@tsbindgen/linux-core';
import { helpers as krefHelpers } from '../../runtime/helpers/linux-kref.ts';
import { helpers as coreHelpers } from '../../runtime/helpers/linux-core.ts';
import { helpers as fileHelpers } from '../../runtime/helpers/drm-file.ts';
import { helpers as gemHelpers } from '../../runtime/helpers/drm-gem.ts';
import { helpers as vmaHelpers } from '../../runtime/helpers/drm-vma.ts';
import { helpers as mmHelpers } from '../../runtime/helpers/drm-mm.ts';
import { helpers as primeHelpers } from '../../runtime/helpers/drm-prime.ts';
import { kernelFunctions } from '../../runtime/fn-table.ts';
import { System } from '../../runtime/system.ts';
import { Libdrm } from '../../runtime/libdrm.ts';
import type { DumbBuffer } from '../../runtime/libdrm.ts';
import { kfileToDrm } from '../../runtime/drm-fops.ts';
import type { KFile } from '../../runtime/vfs.ts';
import type { DrmFile } from '../../runtime/drm-file.ts';
import { drm_mm_node } from '../../runtime/views.ts';
import { dma_fence, dma_fence_ops } from '@tsbindgen/drm-prime';

function machine() {
  const system = System.withVgem();
  const proc = system.spawn(0);
  const drm = new Libdrm(proc);
  const card = drm.drmOpen('card');
  const render = drm.drmOpen('render');
  const file = (fd: number) => kfileToDrm(proc.fileOf(fd) as KFile) as DrmFile;
  return { system, proc, drm, card, render, cardFile: file(card), renderFile: file(render) };
}

describe('linux-kref helpers', () => {
  it('kref_put runs the release function only for the last reference', () => {
    const k = kref.alloc();
    let released = 0;
    const release = kernelFunctions.register(() => { released++; });
    krefHelpers.kref_init(k);
    krefHelpers.kref_get(k);
    expect([krefHelpers.kref_put(k, release), krefHelpers.kref_put(k, release), released]).toEqual([0, 1, 1]);
  });

  it('refcount_dec_and_test is true exactly when the count reaches zero', () => {
    const k = kref.alloc();
    krefHelpers.refcount_set(k.refcount, 2);
    expect([krefHelpers.refcount_dec_and_test(k.refcount), krefHelpers.refcount_dec_and_test(k.refcount)]).toEqual([false, true]);
  });
});

describe('linux-core helpers', () => {
  it('idr_init_base records the base and resets the cursor', () => {
    const r = idr.alloc();
    coreHelpers.idr_set_cursor(r, 9);
    coreHelpers.idr_init_base(r, 1);
    expect([r.idr_base, coreHelpers.idr_get_cursor(r)]).toEqual([1, 0]);
  });
});

describe('drm-file helpers', () => {
  it('tells primary and render clients apart from their minor records', () => {
    const { cardFile, renderFile } = machine();
    expect([fileHelpers.drm_is_primary_client(cardFile.view), fileHelpers.drm_is_render_client(cardFile.view),
      fileHelpers.drm_is_render_client(renderFile.view)]).toEqual([true, false, true]);
  });

  it('reports vgem as a GEM driver without modesetting', () => {
    const { cardFile } = machine();
    const dev = cardFile.dev.view;
    expect([fileHelpers.drm_core_check_feature(dev, 1), fileHelpers.drm_core_check_feature(dev, 2)]).toEqual([true, false]);
  });
});

describe('drm-gem helpers', () => {
  it('drm_gem_object_get/put move the object refcount', () => {
    const { drm, card, cardFile } = machine();
    const bo = drm.drmModeCreateDumb(card, 8, 8, 32) as DumbBuffer;
    const obj = cardFile.objectIdr.find(bo.handle)!;
    gemHelpers.drm_gem_object_get(obj.view);
    expect(obj.refcount).toBe(2);
    gemHelpers.drm_gem_object_put(obj.view);
    expect(obj.refcount).toBe(1);
  });
});

describe('drm-vma helpers', () => {
  it('finds the node at an exact offset and answers NULL elsewhere', () => {
    const { drm, card, cardFile } = machine();
    const bo = drm.drmModeCreateDumb(card, 64, 64, 32) as DumbBuffer;
    const obj = cardFile.objectIdr.find(bo.handle)!;
    const mgr = cardFile.dev.vma.record!;
    const hit = vmaHelpers.drm_vma_offset_exact_lookup_locked(mgr, 0x100000n, 4n);
    const miss = vmaHelpers.drm_vma_offset_exact_lookup_locked(mgr, 0x100001n, 1n);
    expect([hit.byteOffset, miss.byteOffset]).toEqual([obj.view.vma_node.byteOffset, 0]);
    expect(vmaHelpers.drm_vma_node_offset_addr(obj.view.vma_node)).toBe(0x100000000n);
  });

  it('verifies access only for files holding a handle', () => {
    const { drm, card, cardFile, renderFile } = machine();
    const bo = drm.drmModeCreateDumb(card, 8, 8, 32) as DumbBuffer;
    const node = cardFile.objectIdr.find(bo.handle)!.view.vma_node;
    expect([vmaHelpers.drm_vma_node_verify_access(node, cardFile.view), vmaHelpers.drm_vma_node_verify_access(node, renderFile.view)]).toEqual([0, -13]);
  });
});

describe('drm-mm helpers', () => {
  it('reports allocation and the hole after a node', () => {
    const { drm, card, cardFile } = machine();
    const bo = drm.drmModeCreateDumb(card, 8, 8, 32) as DumbBuffer;
    const node = cardFile.objectIdr.find(bo.handle)!.view.vma_node.vm_node;
    expect([mmHelpers.drm_mm_node_allocated(node), mmHelpers.drm_mm_hole_follows(node)]).toEqual([true, true]);
    expect(mmHelpers.drm_mm_hole_node_start(node)).toBe(0x100001n);
    expect(mmHelpers.drm_mm_initialized(cardFile.dev.vma.record!.vm_addr_space_mm)).toBe(true);
  });

  it('inserts through the device allocator in best-fit mode only', () => {
    const { cardFile } = machine();
    const mm = cardFile.dev.vma.record!.vm_addr_space_mm;
    const n = drm_mm_node.alloc();
    expect(mmHelpers.drm_mm_insert_node(mm, n, 2n)).toBe(0);
    expect(n.start).toBe(0x100000n);
    expect(mmHelpers.drm_mm_insert_node_generic(mm, drm_mm_node.alloc(), 1n, 0n, 0n, 2)).toBe(-22);
  });
});

describe('drm-prime helpers', () => {
  it('dma_fence_put runs the issuer\'s ops->release once, on the last reference', () => {
    // One buffer plays the heap: the fence at 0, its ops table after it; pointers are offsets into it.
    const heap = new ArrayBuffer(dma_fence.SIZE + dma_fence_ops.SIZE);
    const fence = new dma_fence(heap, 0);
    const ops = new dma_fence_ops(heap, dma_fence.SIZE);
    const released: bigint[] = [];
    ops.release = BigInt(kernelFunctions.register((f: dma_fence) => { released.push(BigInt(f.byteOffset)); }));
    fence.ops = BigInt(dma_fence.SIZE);
    krefHelpers.kref_init(fence.refcount);
    expect(primeHelpers.dma_fence_get(fence)).toBe(fence);
    const counts = [krefHelpers.kref_read(fence.refcount)];
    primeHelpers.dma_fence_put(fence);
    counts.push(krefHelpers.kref_read(fence.refcount));
    expect(released).toEqual([]);
    primeHelpers.dma_fence_put(fence);
    counts.push(krefHelpers.kref_read(fence.refcount));
    expect(counts).toEqual([2, 1, 0]);
    expect(released).toEqual([0n]);
  });

  it('get_dma_buf adds a file reference to the dma-buf behind a record', () => {
    const { system, drm, card } = machine();
    const bo = drm.drmModeCreateDumb(card, 8, 8, 32) as DumbBuffer;
    const fd = drm.drmPrimeHandleToFD(card, bo.handle, 0);
    const buf = [...system.devices[0].dmaBufs.values()][0];
    const before = buf.file.refcount;
    primeHelpers.get_dma_buf(buf.view);
    expect(buf.file.refcount).toBe(before + 1);
    expect([primeHelpers.dma_buf_is_dynamic(buf.view), primeHelpers.dma_resv_usage_rw(true), primeHelpers.dma_resv_usage_rw(false)]).toEqual([false, 2, 1]);
    void fd;
  });
});
