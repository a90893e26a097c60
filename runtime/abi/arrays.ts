// Array fields as indexed views over the record's memory. Where the element is naturally aligned inside the
// record a real typed array is used; elsewhere (packed records, i386's 4-aligned 64-bit members) a DataView-backed
// ScalarArray gives the same indexing without requiring alignment.

import type { BufferLike, RecordClass } from './record.ts';

type TypedArrayCtor<T> = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

/**
 * A typed array over `view`'s memory at `byteOffset`. Typed arrays need the absolute offset aligned to the
 * element size; a record placed at an offset that is a multiple of its ALIGN (alloc() always is) satisfies that.
 */
export function typedArrayAt<T>(ctor: TypedArrayCtor<T>, view: DataView, byteOffset: number, length: number): T {
  return new ctor(view.buffer, view.byteOffset + byteOffset, length);
}

const READ = {
  i8: (v: DataView, o: number) => v.getInt8(o),
  u8: (v: DataView, o: number) => v.getUint8(o),
  i16: (v: DataView, o: number) => v.getInt16(o, true),
  u16: (v: DataView, o: number) => v.getUint16(o, true),
  i32: (v: DataView, o: number) => v.getInt32(o, true),
  u32: (v: DataView, o: number) => v.getUint32(o, true),
  f32: (v: DataView, o: number) => v.getFloat32(o, true),
  f64: (v: DataView, o: number) => v.getFloat64(o, true),
  i64: (v: DataView, o: number) => v.getBigInt64(o, true),
  u64: (v: DataView, o: number) => v.getBigUint64(o, true),
} as const;

const WRITE = {
  i8: (v: DataView, o: number, x: number) => v.setInt8(o, x),
  u8: (v: DataView, o: number, x: number) => v.setUint8(o, x),
  i16: (v: DataView, o: number, x: number) => v.setInt16(o, x, true),
  u16: (v: DataView, o: number, x: number) => v.setUint16(o, x, true),
  i32: (v: DataView, o: number, x: number) => v.setInt32(o, x, true),
  u32: (v: DataView, o: number, x: number) => v.setUint32(o, x, true),
  f32: (v: DataView, o: number, x: number) => v.setFloat32(o, x, true),
  f64: (v: DataView, o: number, x: number) => v.setFloat64(o, x, true),
  i64: (v: DataView, o: number, x: bigint) => v.setBigInt64(o, x, true),
  u64: (v: DataView, o: number, x: bigint) => v.setBigUint64(o, x, true),
} as const;

const SIZE = { i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4, f64: 8, i64: 8, u64: 8 } as const;

/** Element kinds: little-endian signed/unsigned integers and IEEE floats. */
export type ScalarKind = keyof typeof READ;

type Elem<K extends keyof typeof READ> = ReturnType<(typeof READ)[K]>;

/** Indexed access to `length` little-endian scalars, alignment-free. */
export class ScalarArray<K extends keyof typeof READ> implements Iterable<Elem<K>> {
  constructor(
    readonly view: DataView,
    readonly byteOffset: number,
    readonly length: number,
    readonly kind: K,
  ) {}

  get(i: number): Elem<K> {
    return READ[this.kind](this.view, this.at(i)) as Elem<K>;
  }

  set(i: number, value: Elem<K>): void {
    (WRITE[this.kind] as (v: DataView, o: number, x: Elem<K>) => void)(this.view, this.at(i), value);
  }

  toArray(): Elem<K>[] {
    return [...this];
  }

  *[Symbol.iterator](): Iterator<Elem<K>> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  private at(i: number): number {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) throw new RangeError(`index ${i} outside 0..${this.length - 1}`);
    return this.byteOffset + i * SIZE[this.kind];
  }
}

/** Arrays of records (and of pointers-to-nothing-in-particular): element i is a view at offset + i * stride. */
export class RecordArray<T> implements Iterable<T> {
  constructor(
    readonly view: DataView,
    readonly byteOffset: number,
    readonly length: number,
    private readonly ctor: RecordClass<T>,
    private readonly stride: number = ctor.SIZE,
  ) {}

  get(i: number): T {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) throw new RangeError(`index ${i} outside 0..${this.length - 1}`);
    return new this.ctor(this.view as BufferLike, this.byteOffset + i * this.stride);
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
}
