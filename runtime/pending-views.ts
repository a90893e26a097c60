// TEMPORARY stand-ins for the generated views (@tsbindgen/*), same class names and shape as the
// generated-code contract: getters/setters named as the C fields, SIZE/ALIGN/OFFSETS, alloc(),
// bytes(). Delete this file when generated/ lands and switch the imports in runtime/views.ts.
// Layouts here are plausible x86_64 layouts, not the truth: nothing may depend on an offset.

class StandInView {
  readonly view: DataView;
  readonly byteOffset: number;
  constructor(buffer: ArrayBuffer | DataView | Uint8Array, byteOffset = 0) {
    if (buffer instanceof ArrayBuffer) {
      this.view = new DataView(buffer);
      this.byteOffset = byteOffset;
    } else {
      this.view = new DataView(buffer.buffer);
      this.byteOffset = buffer.byteOffset + byteOffset;
    }
  }
  bytes(): Uint8Array {
    const size = (this.constructor as unknown as { SIZE: number }).SIZE;
    return new Uint8Array(this.view.buffer, this.byteOffset, size);
  }
}

// ---- kernel-internal records (linux-kref, drm-mm, drm-vma, drm-gem, drm-file, drm-prime) ----

export class atomic_t extends StandInView {
  static readonly SIZE = 4;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { counter: 0 } as const;
  static alloc(): atomic_t { return new atomic_t(new ArrayBuffer(4)); }
  get counter(): number { return this.view.getInt32(this.byteOffset + 0, true); }
  set counter(v: number) { this.view.setInt32(this.byteOffset + 0, v, true); }
}

export class refcount_struct extends StandInView {
  static readonly SIZE = 4;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { refs: 0 } as const;
  static alloc(): refcount_struct { return new refcount_struct(new ArrayBuffer(4)); }
  get refs(): atomic_t { return new atomic_t(this.view, this.byteOffset + 0); }
}

export class kref extends StandInView {
  static readonly SIZE = 4;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { refcount: 0 } as const;
  static alloc(): kref { return new kref(new ArrayBuffer(4)); }
  get refcount(): refcount_struct { return new refcount_struct(this.view, this.byteOffset + 0); }
}

export class drm_mm_node extends StandInView {
  static readonly SIZE = 40;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { color: 0, start: 8, size: 16, mm: 24, flags: 32 } as const;
  static alloc(): drm_mm_node { return new drm_mm_node(new ArrayBuffer(40)); }
  get color(): bigint { return this.view.getBigUint64(this.byteOffset + 0, true); }
  set color(v: bigint) { this.view.setBigUint64(this.byteOffset + 0, v, true); }
  get start(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set start(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
  get size(): bigint { return this.view.getBigUint64(this.byteOffset + 16, true); }
  set size(v: bigint) { this.view.setBigUint64(this.byteOffset + 16, v, true); }
  get mm(): bigint { return this.view.getBigUint64(this.byteOffset + 24, true); }
  set mm(v: bigint) { this.view.setBigUint64(this.byteOffset + 24, v, true); }
  get flags(): bigint { return this.view.getBigUint64(this.byteOffset + 32, true); }
  set flags(v: bigint) { this.view.setBigUint64(this.byteOffset + 32, v, true); }
}

export class drm_vma_offset_node extends StandInView {
  static readonly SIZE = 56;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { vm_node: 0, readonly: 40, driver_private: 48 } as const;
  static alloc(): drm_vma_offset_node { return new drm_vma_offset_node(new ArrayBuffer(56)); }
  get vm_node(): drm_mm_node { return new drm_mm_node(this.view, this.byteOffset + 0); }
  get readonly(): boolean { return this.view.getUint8(this.byteOffset + 40) !== 0; }
  set readonly(v: boolean) { this.view.setUint8(this.byteOffset + 40, v ? 1 : 0); }
  get driver_private(): bigint { return this.view.getBigUint64(this.byteOffset + 48, true); }
  set driver_private(v: bigint) { this.view.setBigUint64(this.byteOffset + 48, v, true); }
}

export class drm_gem_object extends StandInView {
  static readonly SIZE = 120;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { refcount: 0, handle_count: 4, dev: 8, filp: 16, vma_node: 24, size: 80, name: 88, dma_buf: 96, import_attach: 104, funcs: 112 } as const;
  static alloc(): drm_gem_object { return new drm_gem_object(new ArrayBuffer(120)); }
  get refcount(): kref { return new kref(this.view, this.byteOffset + 0); }
  get handle_count(): number { return this.view.getUint32(this.byteOffset + 4, true); }
  set handle_count(v: number) { this.view.setUint32(this.byteOffset + 4, v, true); }
  get dev(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set dev(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
  get filp(): bigint { return this.view.getBigUint64(this.byteOffset + 16, true); }
  set filp(v: bigint) { this.view.setBigUint64(this.byteOffset + 16, v, true); }
  get vma_node(): drm_vma_offset_node { return new drm_vma_offset_node(this.view, this.byteOffset + 24); }
  get size(): bigint { return this.view.getBigUint64(this.byteOffset + 80, true); }
  set size(v: bigint) { this.view.setBigUint64(this.byteOffset + 80, v, true); }
  get name(): number { return this.view.getInt32(this.byteOffset + 88, true); }
  set name(v: number) { this.view.setInt32(this.byteOffset + 88, v, true); }
  get dma_buf(): bigint { return this.view.getBigUint64(this.byteOffset + 96, true); }
  set dma_buf(v: bigint) { this.view.setBigUint64(this.byteOffset + 96, v, true); }
  get import_attach(): bigint { return this.view.getBigUint64(this.byteOffset + 104, true); }
  set import_attach(v: bigint) { this.view.setBigUint64(this.byteOffset + 104, v, true); }
  get funcs(): bigint { return this.view.getBigUint64(this.byteOffset + 112, true); }
  set funcs(v: bigint) { this.view.setBigUint64(this.byteOffset + 112, v, true); }
}

export class drm_gem_object_funcs extends StandInView {
  static readonly SIZE = 40;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { free: 0, open: 8, close: 16, export: 24, mmap: 32 } as const;
  static alloc(): drm_gem_object_funcs { return new drm_gem_object_funcs(new ArrayBuffer(40)); }
  get free(): bigint { return this.view.getBigUint64(this.byteOffset + 0, true); }
  set free(v: bigint) { this.view.setBigUint64(this.byteOffset + 0, v, true); }
  get open(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set open(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
  get close(): bigint { return this.view.getBigUint64(this.byteOffset + 16, true); }
  set close(v: bigint) { this.view.setBigUint64(this.byteOffset + 16, v, true); }
  get export(): bigint { return this.view.getBigUint64(this.byteOffset + 24, true); }
  set export(v: bigint) { this.view.setBigUint64(this.byteOffset + 24, v, true); }
  get mmap(): bigint { return this.view.getBigUint64(this.byteOffset + 32, true); }
  set mmap(v: bigint) { this.view.setBigUint64(this.byteOffset + 32, v, true); }
}

export class drm_master extends StandInView {
  static readonly SIZE = 40;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { refcount: 0, dev: 8, unique: 16, unique_len: 24, lessor: 32 } as const;
  static alloc(): drm_master { return new drm_master(new ArrayBuffer(40)); }
  get refcount(): kref { return new kref(this.view, this.byteOffset + 0); }
  get dev(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set dev(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
  get unique(): bigint { return this.view.getBigUint64(this.byteOffset + 16, true); }
  set unique(v: bigint) { this.view.setBigUint64(this.byteOffset + 16, v, true); }
  get unique_len(): number { return this.view.getInt32(this.byteOffset + 24, true); }
  set unique_len(v: number) { this.view.setInt32(this.byteOffset + 24, v, true); }
  get lessor(): bigint { return this.view.getBigUint64(this.byteOffset + 32, true); }
  set lessor(v: bigint) { this.view.setBigUint64(this.byteOffset + 32, v, true); }
}

export class drm_file extends StandInView {
  static readonly SIZE = 40;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { authenticated: 0, was_master: 1, is_master: 2, master: 8, magic: 16, minor: 24, driver_priv: 32 } as const;
  static alloc(): drm_file { return new drm_file(new ArrayBuffer(40)); }
  get authenticated(): boolean { return this.view.getUint8(this.byteOffset + 0) !== 0; }
  set authenticated(v: boolean) { this.view.setUint8(this.byteOffset + 0, v ? 1 : 0); }
  get was_master(): boolean { return this.view.getUint8(this.byteOffset + 1) !== 0; }
  set was_master(v: boolean) { this.view.setUint8(this.byteOffset + 1, v ? 1 : 0); }
  get is_master(): boolean { return this.view.getUint8(this.byteOffset + 2) !== 0; }
  set is_master(v: boolean) { this.view.setUint8(this.byteOffset + 2, v ? 1 : 0); }
  get master(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set master(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
  get magic(): number { return this.view.getUint32(this.byteOffset + 16, true); }
  set magic(v: number) { this.view.setUint32(this.byteOffset + 16, v, true); }
  get minor(): bigint { return this.view.getBigUint64(this.byteOffset + 24, true); }
  set minor(v: bigint) { this.view.setBigUint64(this.byteOffset + 24, v, true); }
  get driver_priv(): bigint { return this.view.getBigUint64(this.byteOffset + 32, true); }
  set driver_priv(v: bigint) { this.view.setBigUint64(this.byteOffset + 32, v, true); }
}

export class drm_minor extends StandInView {
  static readonly SIZE = 16;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { index: 0, type: 4, dev: 8 } as const;
  static alloc(): drm_minor { return new drm_minor(new ArrayBuffer(16)); }
  get index(): number { return this.view.getInt32(this.byteOffset + 0, true); }
  set index(v: number) { this.view.setInt32(this.byteOffset + 0, v, true); }
  get type(): number { return this.view.getInt32(this.byteOffset + 4, true); }
  set type(v: number) { this.view.setInt32(this.byteOffset + 4, v, true); }
  get dev(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set dev(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
}

export class drm_device extends StandInView {
  static readonly SIZE = 24;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { open_count: 0, master: 8, driver: 16 } as const;
  static alloc(): drm_device { return new drm_device(new ArrayBuffer(24)); }
  get open_count(): number { return this.view.getInt32(this.byteOffset + 0, true); }
  set open_count(v: number) { this.view.setInt32(this.byteOffset + 0, v, true); }
  get master(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set master(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
  get driver(): bigint { return this.view.getBigUint64(this.byteOffset + 16, true); }
  set driver(v: bigint) { this.view.setBigUint64(this.byteOffset + 16, v, true); }
}

export class dma_buf extends StandInView {
  static readonly SIZE = 40;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { size: 0, file: 8, ops: 16, exp_name: 24, priv: 32 } as const;
  static alloc(): dma_buf { return new dma_buf(new ArrayBuffer(40)); }
  get size(): bigint { return this.view.getBigUint64(this.byteOffset + 0, true); }
  set size(v: bigint) { this.view.setBigUint64(this.byteOffset + 0, v, true); }
  get file(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set file(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
  get ops(): bigint { return this.view.getBigUint64(this.byteOffset + 16, true); }
  set ops(v: bigint) { this.view.setBigUint64(this.byteOffset + 16, v, true); }
  get exp_name(): bigint { return this.view.getBigUint64(this.byteOffset + 24, true); }
  set exp_name(v: bigint) { this.view.setBigUint64(this.byteOffset + 24, v, true); }
  get priv(): bigint { return this.view.getBigUint64(this.byteOffset + 32, true); }
  set priv(v: bigint) { this.view.setBigUint64(this.byteOffset + 32, v, true); }
}

export class dma_fence extends StandInView {
  static readonly SIZE = 32;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { refcount: 0, seqno: 8, flags: 16, error: 24 } as const;
  static alloc(): dma_fence { return new dma_fence(new ArrayBuffer(32)); }
  get refcount(): kref { return new kref(this.view, this.byteOffset + 0); }
  get seqno(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set seqno(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
  get flags(): bigint { return this.view.getBigUint64(this.byteOffset + 16, true); }
  set flags(v: bigint) { this.view.setBigUint64(this.byteOffset + 16, v, true); }
  get error(): number { return this.view.getInt32(this.byteOffset + 24, true); }
  set error(v: number) { this.view.setInt32(this.byteOffset + 24, v, true); }
}

// ---- uapi records (uapi-drm, uapi-vgem) ----

export class drm_version extends StandInView {
  static readonly SIZE = 64;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { version_major: 0, version_minor: 4, version_patchlevel: 8, name_len: 16, name: 24, date_len: 32, date: 40, desc_len: 48, desc: 56 } as const;
  static alloc(): drm_version { return new drm_version(new ArrayBuffer(64)); }
  get version_major(): number { return this.view.getInt32(this.byteOffset + 0, true); }
  set version_major(v: number) { this.view.setInt32(this.byteOffset + 0, v, true); }
  get version_minor(): number { return this.view.getInt32(this.byteOffset + 4, true); }
  set version_minor(v: number) { this.view.setInt32(this.byteOffset + 4, v, true); }
  get version_patchlevel(): number { return this.view.getInt32(this.byteOffset + 8, true); }
  set version_patchlevel(v: number) { this.view.setInt32(this.byteOffset + 8, v, true); }
  get name_len(): bigint { return this.view.getBigUint64(this.byteOffset + 16, true); }
  set name_len(v: bigint) { this.view.setBigUint64(this.byteOffset + 16, v, true); }
  get name(): bigint { return this.view.getBigUint64(this.byteOffset + 24, true); }
  set name(v: bigint) { this.view.setBigUint64(this.byteOffset + 24, v, true); }
  get date_len(): bigint { return this.view.getBigUint64(this.byteOffset + 32, true); }
  set date_len(v: bigint) { this.view.setBigUint64(this.byteOffset + 32, v, true); }
  get date(): bigint { return this.view.getBigUint64(this.byteOffset + 40, true); }
  set date(v: bigint) { this.view.setBigUint64(this.byteOffset + 40, v, true); }
  get desc_len(): bigint { return this.view.getBigUint64(this.byteOffset + 48, true); }
  set desc_len(v: bigint) { this.view.setBigUint64(this.byteOffset + 48, v, true); }
  get desc(): bigint { return this.view.getBigUint64(this.byteOffset + 56, true); }
  set desc(v: bigint) { this.view.setBigUint64(this.byteOffset + 56, v, true); }
}

export class drm_unique extends StandInView {
  static readonly SIZE = 16;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { unique_len: 0, unique: 8 } as const;
  static alloc(): drm_unique { return new drm_unique(new ArrayBuffer(16)); }
  get unique_len(): bigint { return this.view.getBigUint64(this.byteOffset + 0, true); }
  set unique_len(v: bigint) { this.view.setBigUint64(this.byteOffset + 0, v, true); }
  get unique(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set unique(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
}

export class drm_auth extends StandInView {
  static readonly SIZE = 4;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { magic: 0 } as const;
  static alloc(): drm_auth { return new drm_auth(new ArrayBuffer(4)); }
  get magic(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set magic(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
}

export class drm_set_version extends StandInView {
  static readonly SIZE = 16;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { drm_di_major: 0, drm_di_minor: 4, drm_dd_major: 8, drm_dd_minor: 12 } as const;
  static alloc(): drm_set_version { return new drm_set_version(new ArrayBuffer(16)); }
  get drm_di_major(): number { return this.view.getInt32(this.byteOffset + 0, true); }
  set drm_di_major(v: number) { this.view.setInt32(this.byteOffset + 0, v, true); }
  get drm_di_minor(): number { return this.view.getInt32(this.byteOffset + 4, true); }
  set drm_di_minor(v: number) { this.view.setInt32(this.byteOffset + 4, v, true); }
  get drm_dd_major(): number { return this.view.getInt32(this.byteOffset + 8, true); }
  set drm_dd_major(v: number) { this.view.setInt32(this.byteOffset + 8, v, true); }
  get drm_dd_minor(): number { return this.view.getInt32(this.byteOffset + 12, true); }
  set drm_dd_minor(v: number) { this.view.setInt32(this.byteOffset + 12, v, true); }
}

export class drm_gem_close extends StandInView {
  static readonly SIZE = 8;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { handle: 0, pad: 4 } as const;
  static alloc(): drm_gem_close { return new drm_gem_close(new ArrayBuffer(8)); }
  get handle(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set handle(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
  get pad(): number { return this.view.getUint32(this.byteOffset + 4, true); }
  set pad(v: number) { this.view.setUint32(this.byteOffset + 4, v, true); }
}

export class drm_gem_flink extends StandInView {
  static readonly SIZE = 8;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { handle: 0, name: 4 } as const;
  static alloc(): drm_gem_flink { return new drm_gem_flink(new ArrayBuffer(8)); }
  get handle(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set handle(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
  get name(): number { return this.view.getUint32(this.byteOffset + 4, true); }
  set name(v: number) { this.view.setUint32(this.byteOffset + 4, v, true); }
}

export class drm_gem_open extends StandInView {
  static readonly SIZE = 16;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { name: 0, handle: 4, size: 8 } as const;
  static alloc(): drm_gem_open { return new drm_gem_open(new ArrayBuffer(16)); }
  get name(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set name(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
  get handle(): number { return this.view.getUint32(this.byteOffset + 4, true); }
  set handle(v: number) { this.view.setUint32(this.byteOffset + 4, v, true); }
  get size(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set size(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
}

export class drm_get_cap extends StandInView {
  static readonly SIZE = 16;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { capability: 0, value: 8 } as const;
  static alloc(): drm_get_cap { return new drm_get_cap(new ArrayBuffer(16)); }
  get capability(): bigint { return this.view.getBigUint64(this.byteOffset + 0, true); }
  set capability(v: bigint) { this.view.setBigUint64(this.byteOffset + 0, v, true); }
  get value(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set value(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
}

export class drm_set_client_cap extends StandInView {
  static readonly SIZE = 16;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { capability: 0, value: 8 } as const;
  static alloc(): drm_set_client_cap { return new drm_set_client_cap(new ArrayBuffer(16)); }
  get capability(): bigint { return this.view.getBigUint64(this.byteOffset + 0, true); }
  set capability(v: bigint) { this.view.setBigUint64(this.byteOffset + 0, v, true); }
  get value(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set value(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
}

export class drm_prime_handle extends StandInView {
  static readonly SIZE = 12;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { handle: 0, flags: 4, fd: 8 } as const;
  static alloc(): drm_prime_handle { return new drm_prime_handle(new ArrayBuffer(12)); }
  get handle(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set handle(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
  get flags(): number { return this.view.getUint32(this.byteOffset + 4, true); }
  set flags(v: number) { this.view.setUint32(this.byteOffset + 4, v, true); }
  get fd(): number { return this.view.getInt32(this.byteOffset + 8, true); }
  set fd(v: number) { this.view.setInt32(this.byteOffset + 8, v, true); }
}

export class drm_mode_create_dumb extends StandInView {
  static readonly SIZE = 32;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { height: 0, width: 4, bpp: 8, flags: 12, handle: 16, pitch: 20, size: 24 } as const;
  static alloc(): drm_mode_create_dumb { return new drm_mode_create_dumb(new ArrayBuffer(32)); }
  get height(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set height(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
  get width(): number { return this.view.getUint32(this.byteOffset + 4, true); }
  set width(v: number) { this.view.setUint32(this.byteOffset + 4, v, true); }
  get bpp(): number { return this.view.getUint32(this.byteOffset + 8, true); }
  set bpp(v: number) { this.view.setUint32(this.byteOffset + 8, v, true); }
  get flags(): number { return this.view.getUint32(this.byteOffset + 12, true); }
  set flags(v: number) { this.view.setUint32(this.byteOffset + 12, v, true); }
  get handle(): number { return this.view.getUint32(this.byteOffset + 16, true); }
  set handle(v: number) { this.view.setUint32(this.byteOffset + 16, v, true); }
  get pitch(): number { return this.view.getUint32(this.byteOffset + 20, true); }
  set pitch(v: number) { this.view.setUint32(this.byteOffset + 20, v, true); }
  get size(): bigint { return this.view.getBigUint64(this.byteOffset + 24, true); }
  set size(v: bigint) { this.view.setBigUint64(this.byteOffset + 24, v, true); }
}

export class drm_mode_map_dumb extends StandInView {
  static readonly SIZE = 16;
  static readonly ALIGN = 8;
  static readonly OFFSETS = { handle: 0, pad: 4, offset: 8 } as const;
  static alloc(): drm_mode_map_dumb { return new drm_mode_map_dumb(new ArrayBuffer(16)); }
  get handle(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set handle(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
  get pad(): number { return this.view.getUint32(this.byteOffset + 4, true); }
  set pad(v: number) { this.view.setUint32(this.byteOffset + 4, v, true); }
  get offset(): bigint { return this.view.getBigUint64(this.byteOffset + 8, true); }
  set offset(v: bigint) { this.view.setBigUint64(this.byteOffset + 8, v, true); }
}

export class drm_mode_destroy_dumb extends StandInView {
  static readonly SIZE = 4;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { handle: 0 } as const;
  static alloc(): drm_mode_destroy_dumb { return new drm_mode_destroy_dumb(new ArrayBuffer(4)); }
  get handle(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set handle(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
}

export class drm_vgem_fence_attach extends StandInView {
  static readonly SIZE = 16;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { handle: 0, flags: 4, out_fence: 8, pad: 12 } as const;
  static alloc(): drm_vgem_fence_attach { return new drm_vgem_fence_attach(new ArrayBuffer(16)); }
  get handle(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set handle(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
  get flags(): number { return this.view.getUint32(this.byteOffset + 4, true); }
  set flags(v: number) { this.view.setUint32(this.byteOffset + 4, v, true); }
  get out_fence(): number { return this.view.getUint32(this.byteOffset + 8, true); }
  set out_fence(v: number) { this.view.setUint32(this.byteOffset + 8, v, true); }
  get pad(): number { return this.view.getUint32(this.byteOffset + 12, true); }
  set pad(v: number) { this.view.setUint32(this.byteOffset + 12, v, true); }
}

export class drm_vgem_fence_signal extends StandInView {
  static readonly SIZE = 8;
  static readonly ALIGN = 4;
  static readonly OFFSETS = { fence: 0, flags: 4 } as const;
  static alloc(): drm_vgem_fence_signal { return new drm_vgem_fence_signal(new ArrayBuffer(8)); }
  get fence(): number { return this.view.getUint32(this.byteOffset + 0, true); }
  set fence(v: number) { this.view.setUint32(this.byteOffset + 0, v, true); }
  get flags(): number { return this.view.getUint32(this.byteOffset + 4, true); }
  set flags(v: number) { this.view.setUint32(this.byteOffset + 4, v, true); }
}
