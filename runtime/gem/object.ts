// GEM objects: a drm_gem_object record in the kernel heap plus the TypeScript side the record
// cannot hold (driver payload, backing pages, reservation fences). The driver API follows the
// kernel's Rust GEM abstraction: an object type with new/open/close/free, shared references
// (ObjectRef) and a unique one (UniqueObjectRef) that each release exactly once.
// Misuse codes: ref-double-release.

import { drm_gem_object, drm_gem_object_funcs } from '../views.ts';
import { kref_get, kref_init, kref_put, kref_read } from '../kref.ts';
import { HEAP_NULL } from '../heap.ts';
import { ENOMEM } from '../errno.ts';
import { PAGE_SIZE } from '../vma-manager.ts';
import type { DrmDevice } from '../device.ts';
import type { DrmFile } from '../drm-file.ts';
import type { Reservation } from './reservation.ts';
import { createReservation } from './reservation.ts';
import { Backing } from './backing.ts';

/** What a driver supplies for its object type (the Rust abstraction's DriverObject). */
export interface DriverObjectType<T> {
  readonly name: string;
  /** Builds the driver payload for a new object of `size` bytes, or returns -errno. */
  new: (dev: DrmDevice, size: number) => T | number;
  /** Called when a handle is created; a negative errno rejects the handle. */
  open?: (obj: GemObject<T>, file: DrmFile) => number;
  /** Called when a handle is deleted. */
  close?: (obj: GemObject<T>, file: DrmFile) => void;
  /** Called once when the last reference drops, before the core releases the object. */
  free?: (obj: GemObject<T>) => void;
}

/** The funcs table of a registered type, as heap record + function-table indices. */
export interface RegisteredType {
  readonly funcsAddr: number;
}

export class GemObject<T = unknown> {
  readonly view: drm_gem_object;
  data!: T;
  readonly resv: Reservation;
  /** Set for objects imported from another device's dma-buf (obj->import_attach). */
  importedFrom: import('../prime/dma-buf.ts').DmaBuf | null = null;
  /** shmem pages; an imported object shares its exporter's */
  backing: Backing;
  freed = false;

  private constructor(readonly dev: DrmDevice, readonly addr: number, readonly type: DriverObjectType<T>) {
    this.view = new drm_gem_object(dev.heap.dataView, addr);
    this.backing = new Backing(0);
    this.resv = createReservation();
  }

  /**
   * Models drm_gem_object_init + the driver's create: the object starts with one reference,
   * owned by the returned UniqueObjectRef. Size is page-aligned as the shmem helper does.
   */
  static new<T>(dev: DrmDevice, type: DriverObjectType<T>, size: number): UniqueObjectRef<T> | number {
    const aligned = Math.ceil(size / PAGE_SIZE) * PAGE_SIZE;
    const addr = dev.heap.alloc(drm_gem_object.SIZE, drm_gem_object.ALIGN);
    if (addr === HEAP_NULL) return -ENOMEM;
    const obj = new GemObject<T>(dev, addr, type);
    obj.backing = new Backing(aligned);
    kref_init(obj.view.refcount);
    obj.view.handle_count = 0;
    obj.view.size = BigInt(aligned);
    obj.view.name = 0;
    obj.view.dma_buf = 0n;
    obj.view.import_attach = 0n;
    obj.view.dev = BigInt(dev.addr);
    obj.view.funcs = BigInt(dev.funcsFor(type));
    const payload = type.new(dev, aligned);
    if (typeof payload === 'number' && payload < 0) {
      dev.heap.free(addr);
      return payload;
    }
    obj.data = payload as T;
    dev.objects.set(addr, obj as GemObject<unknown>);
    let byAddr = registry.get(dev.heap.buffer);
    if (!byAddr) registry.set(dev.heap.buffer, (byAddr = new Map()));
    byAddr.set(addr, obj as GemObject<unknown>);
    return new UniqueObjectRef(obj);
  }

  get size(): number {
    return Number(this.view.size);
  }

  get pages(): number {
    return Math.floor(this.size / PAGE_SIZE);
  }

  get refcount(): number {
    return kref_read(this.view.refcount);
  }

  get handleCount(): number {
    return this.view.handle_count;
  }

  /** A new shared reference (models drm_gem_object_get). */
  reference(): ObjectRef<T> {
    drm_gem_object_get(this as unknown as GemObject<unknown>);
    return new ObjectRef(this);
  }

  /** Models drm_gem_handle_create: a new handle in `file` (never deduplicated), or -errno. */
  createHandle(file: DrmFile): number {
    return this.dev.gem.handleCreate(file, this as GemObject<unknown>);
  }

  /** Models drm_gem_object_lookup: a shared reference, or -ENOENT. */
  static lookupHandle<T>(file: DrmFile, handle: number): ObjectRef<T> | number {
    const obj = file.dev.gem.lookup(file, handle);
    if (!obj) return -2;
    return new ObjectRef(obj as GemObject<T>);
  }

  /** Models drm_gem_create_mmap_offset + drm_vma_node_offset_addr: the byte offset, or -errno. */
  createMmapOffset(): bigint | number {
    const ret = this.dev.vma.add(this.view.vma_node, this.pages, this as GemObject<unknown>);
    if (ret < 0) return ret;
    return this.dev.vma.offsetAddr(this.view.vma_node);
  }
}

/** Live objects by heap and address, so a bare drm_gem_object view finds its object. */
const registry = new WeakMap<ArrayBufferLike, Map<number, GemObject<unknown>>>();

export function gemObjectOfView(view: drm_gem_object): GemObject<unknown> | undefined {
  return registry.get(view.view.buffer)?.get(view.byteOffset);
}

/** Models drm_gem_object_get. */
export function drm_gem_object_get(obj: GemObject<unknown> | GemObject<never>): void {
  const o = obj as GemObject<unknown>;
  if (!o.dev.heap.check(o.addr, 'drm_gem_object_get')) return;
  kref_get(o.view.refcount, o.dev.heap.misuse);
}

/** Models drm_gem_object_put: the last put frees through the object's funcs->free. */
export function drm_gem_object_put(obj: GemObject<unknown> | GemObject<never>): void {
  const o = obj as GemObject<unknown>;
  if (!o.dev.heap.check(o.addr, 'drm_gem_object_put')) return;
  kref_put(o.view.refcount, () => drm_gem_object_free(o), o.dev.heap.misuse);
}

/** Models drm_gem_object_free: calls funcs->free resolved through the function table. */
function drm_gem_object_free(obj: GemObject<unknown>): void {
  const funcs = new drm_gem_object_funcs(obj.dev.heap.dataView, Number(obj.view.funcs));
  const free = obj.dev.fnTable.resolve<(o: GemObject<unknown>) => void>(funcs.free);
  if (free) free(obj);
}

/** Models drm_gem_object_release: what the core frees after the driver's free. */
export function drm_gem_object_release(obj: GemObject<unknown>): void {
  // drm_prime_gem_destroy: an imported object detaches from (and drops) the foreign dma-buf
  if (obj.importedFrom) {
    const buf = obj.importedFrom;
    obj.importedFrom = null;
    obj.view.import_attach = 0n;
    buf.file.put();
  }
  obj.dev.vma.remove(obj.view.vma_node);
  obj.resv.fini();
  obj.dev.objects.delete(obj.addr);
  registry.get(obj.dev.heap.buffer)?.delete(obj.addr);
  obj.freed = true;
  obj.dev.heap.free(obj.addr);
}

/** A counted reference: release() drops it exactly once; a second release is reported. */
export class ObjectRef<T> {
  private released = false;
  constructor(readonly obj: GemObject<T>) {}
  release(): void {
    if (this.released) {
      this.obj.dev.heap.misuse.report('ref-double-release', 'ObjectRef released twice');
      return;
    }
    this.released = true;
    drm_gem_object_put(this.obj as GemObject<unknown>);
  }
}

/** The sole reference to a fresh object; `intoRef` downgrades it to a shared one. */
export class UniqueObjectRef<T> extends ObjectRef<T> {
  intoRef(): ObjectRef<T> {
    return this;
  }
}
