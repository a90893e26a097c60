// TEMPORARY stand-ins for the generated views (@tsbindgen/*), same class names and shape as the
// generated-code contract: getters/setters named as the C fields, SIZE/ALIGN/OFFSETS, alloc(),
// bytes(). Delete this file when generated/ lands and switch the imports in runtime/views.ts.
// Layouts here are plausible x86_64 layouts, not the truth: nothing may depend on an offset.

import { kref } from '@tsbindgen/linux-kref';

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

// ---- kernel-internal records the generated packages do not have (yet) ----

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

// ---- uapi records the generated uapi-drm package does not have (yet) ----

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

