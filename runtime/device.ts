// struct drm_device and struct drm_driver: one device instance with its driver, the device-wide
// GEM state (flink names, mmap offsets), the list of open files and the current master.

import { drm_device, drm_gem_object_funcs, drm_minor, drm_vma_offset_manager } from './views.ts';
import type { Ptr } from '@tsbindgen/abi';
import type { Heap } from './heap.ts';
import { HEAP_NULL } from './heap.ts';
import type { FunctionTable } from './fn-table.ts';
import { VmaOffsetManager } from './vma-manager.ts';
import { Clock } from './clock.ts';
import { Idr } from './idr.ts';
import type { DriverObjectType, GemObject } from './gem/object.ts';
import { drm_gem_object_release } from './gem/object.ts';
import { GemCore } from './gem/core.ts';
import type { DrmFile } from './drm-file.ts';
import type { DrmMaster } from './master.ts';
import type { DmaBuf } from './prime/dma-buf.ts';
import { dmaBufAtAddress } from './prime/dma-buf.ts';

export const DRIVER_GEM = 0x1;
export const DRIVER_MODESET = 0x2;
export const DRIVER_RENDER = 0x8;
export const DRIVER_SYNCOBJ = 0x20;
export const DRM_MINOR_PRIMARY = 0;
export const DRM_MINOR_RENDER = 2;

export const DRM_AUTH = 0x1;
export const DRM_MASTER = 0x2;
export const DRM_ROOT_ONLY = 0x4;
export const DRM_RENDER_ALLOW = 0x20;

/** A driver-private ioctl (DRM_IOCTL_DEF_DRV): the kernel's request word, flags and handler. */
export interface DriverIoctl {
  readonly name: string;
  readonly request: number;
  readonly flags: number;
  readonly handler: (file: DrmFile, arg: Uint8Array) => number;
}

/** Arguments and results of a dumb create, as the driver sees drm_mode_create_dumb. */
export interface DumbArgs { width: number; height: number; bpp: number; handle: number; pitch: number; size: bigint }

export interface DrmDriver {
  readonly name: string;
  readonly desc: string;
  readonly date: string;
  readonly major: number;
  readonly minor: number;
  readonly patchlevel: number;
  readonly features: { readonly gem: boolean; readonly render: boolean; readonly modeset: boolean; readonly syncobj: boolean };
  /** index = nr - DRM_COMMAND_BASE; undefined entries are holes (EINVAL) */
  readonly ioctls: ReadonlyArray<DriverIoctl | undefined>;
  readonly objectType: DriverObjectType<never>;
  readonly prime: boolean;
  open?(file: DrmFile): number;
  postclose?(file: DrmFile): void;
  dumbCreate?(file: DrmFile, args: DumbArgs): number;
}

export class DrmDevice {
  readonly view: drm_device;
  readonly addr: number;
  readonly vma: VmaOffsetManager<GemObject<unknown>>;
  /** heap addresses of the primary and (DRIVER_RENDER) render drm_minor records */
  readonly minors: { primary: number; render: number };
  readonly objectNames = new Idr<GemObject<unknown>>();
  readonly objects = new Map<number, GemObject<unknown>>();
  readonly gem: GemCore;
  /** dev->filelist, in open order */
  readonly files = new Set<DrmFile>();
  master: DrmMaster | null = null;
  /** live dma-bufs exported from this device, by heap address */
  readonly dmaBufs = new Map<number, DmaBuf>();
  private readonly funcsByType = new Map<DriverObjectType<never>, number>();

  constructor(readonly heap: Heap, readonly fnTable: FunctionTable, readonly driver: DrmDriver, readonly minorIndex = 0, readonly clock = new Clock()) {
    this.addr = heap.alloc(drm_device.SIZE, drm_device.ALIGN);
    this.view = new drm_device(heap.dataView, this.addr);
    const f = driver.features;
    this.view.driver_features = (f.gem ? DRIVER_GEM : 0) | (f.modeset ? DRIVER_MODESET : 0) | (f.render ? DRIVER_RENDER : 0) | (f.syncobj ? DRIVER_SYNCOBJ : 0);
    const mgr = heap.alloc(drm_vma_offset_manager.SIZE, drm_vma_offset_manager.ALIGN);
    this.vma = new VmaOffsetManager(new drm_vma_offset_manager(heap.dataView, mgr));
    this.minors = { primary: this.allocMinor(DRM_MINOR_PRIMARY, minorIndex), render: f.render ? this.allocMinor(DRM_MINOR_RENDER, 128 + minorIndex) : 0 };
    this.fixed = 2 + (f.render ? 2 : 1);
    this.gem = new GemCore(this);
  }

  private fixed: number;

  /** Models drm_minor_alloc: a minor record of `type` pointing at this device. */
  private allocMinor(type: number, index: number): number {
    const addr = this.heap.alloc(drm_minor.SIZE, drm_minor.ALIGN);
    const m = new drm_minor(this.heap.dataView, addr);
    m.type = type;
    m.index = index;
    m.dev = BigInt(this.addr);
    return addr;
  }

  /** The heap address of the drm_gem_object_funcs table of `type`, built on first use. */
  funcsFor<T>(type: DriverObjectType<T>): number {
    const key = type as unknown as DriverObjectType<never>;
    const known = this.funcsByType.get(key);
    if (known !== undefined) return known;
    const addr = this.heap.alloc(drm_gem_object_funcs.SIZE, drm_gem_object_funcs.ALIGN);
    if (addr === HEAP_NULL) return 0;
    const funcs = new drm_gem_object_funcs(this.heap.dataView, addr);
    funcs.free = this.fnTable.register((obj: GemObject<T>) => {
      type.free?.(obj);
      drm_gem_object_release(obj as GemObject<unknown>);
    });
    if (type.open) {
      const open = type.open;
      funcs.open = this.fnTable.register((obj: GemObject<T>, file: DrmFile) => open(obj, file));
    }
    if (type.close) {
      const close = type.close;
      funcs.close = this.fnTable.register((obj: GemObject<T>, file: DrmFile) => close(obj, file));
    }
    this.funcsByType.set(key, addr);
    return addr;
  }

  /** The dma-buf a pointer field names; it may come from another device of the machine. */
  dmaBufAt(ptr: Ptr<unknown>): DmaBuf | undefined {
    return dmaBufAtAddress(this.heap.buffer, Number(ptr.address));
  }

  /** The device's own heap records (funcs tables, drm_device) count as live; this is their number. */
  get fixedAllocations(): number {
    return this.fixed + this.funcsByType.size;
  }
}
