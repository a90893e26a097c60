// Array fields as indexed views over the record's memory. Every scalar array is a DataView-backed ScalarArray, so
// it works at any offset (packed records, i386's 4-aligned 64-bit members, a record placed at an odd offset) and
// has one type on every target; byte arrays stay Uint8Array, and `char[N]` is a CharArray with string access.

import type { BufferLike, RecordClass } from './record.ts';
import { checkSpan, Inspectable, type Inspect } from './inspect.ts';

/** Little-endian reads, writes and sizes by element kind (shared with ScalarPtr). */
export const READ = {
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

export const WRITE = {
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

export const SIZE = { i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4, f64: 8, i64: 8, u64: 8 } as const;

/** Element kinds: little-endian signed/unsigned integers and IEEE floats. */
export type ScalarKind = keyof typeof READ;

export type Elem<K extends keyof typeof READ> = ReturnType<(typeof READ)[K]>;

function checkIndex(i: number, length: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= length) throw new RangeError(`index ${i} outside 0..${length - 1}`);
}

/** Indexed access to `length` little-endian scalars, alignment-free and bounds-checked. */
export class ScalarArray<K extends keyof typeof READ> extends Inspectable implements Iterable<Elem<K>> {
  constructor(
    readonly view: DataView,
    readonly byteOffset: number,
    readonly length: number,
    readonly kind: K,
  ) {
    super();
    checkSpan(view, byteOffset, length * SIZE[kind], `${kind}[${length}]`);
  }

  get(i: number): Elem<K> {
    checkIndex(i, this.length);
    return READ[this.kind](this.view, this.byteOffset + i * SIZE[this.kind]) as Elem<K>;
  }

  set(i: number, value: Elem<K>): void {
    checkIndex(i, this.length);
    (WRITE[this.kind] as (v: DataView, o: number, x: Elem<K>) => void)(this.view, this.byteOffset + i * SIZE[this.kind], value);
  }

  /** Like Array.prototype.at: a negative index counts from the end; undefined outside. */
  at(i: number): Elem<K> | undefined {
    const k = i < 0 ? this.length + i : i;
    return Number.isInteger(k) && k >= 0 && k < this.length ? this.get(k) : undefined;
  }

  /** Writes `values` from element `start` on; every one must fit. */
  assign(values: ArrayLike<Elem<K>>, start = 0): void {
    if (start + values.length > this.length) throw new RangeError(`${values.length} values from ${start} do not fit in ${this.length}`);
    for (let i = 0; i < values.length; i++) this.set(start + i, values[i]!);
  }

  toArray(): Elem<K>[] {
    return [...this];
  }

  /** bigint elements as decimal strings, as JSON has no 64-bit integers. */
  toJSON(): (number | string)[] {
    return this.toArray().map((x): number | string => (typeof x === 'bigint' ? x.toString() : (x as number)));
  }

  *[Symbol.iterator](): Iterator<Elem<K>> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  protected inspectWith(_depth: number, options: unknown, inspect: Inspect): string {
    return `${this.kind}[${this.length}] ${inspect(this.toArray(), options)}`;
  }
}

/** Arrays of records: element i is a view at offset + i * stride. */
export class RecordArray<T> extends Inspectable implements Iterable<T> {
  constructor(
    readonly view: DataView,
    readonly byteOffset: number,
    readonly length: number,
    private readonly ctor: RecordClass<T>,
    private readonly stride: number = ctor.SIZE,
  ) {
    super();
    checkSpan(view, byteOffset, length * stride, `${ctor.name}[${length}]`);
  }

  get(i: number): T {
    checkIndex(i, this.length);
    return new this.ctor(this.view as BufferLike, this.byteOffset + i * this.stride);
  }

  at(i: number): T | undefined {
    const k = i < 0 ? this.length + i : i;
    return Number.isInteger(k) && k >= 0 && k < this.length ? this.get(k) : undefined;
  }

  toArray(): T[] {
    return [...this];
  }

  toJSON(): unknown[] {
    return this.toArray().map((x) => (x as { toJSON?(): unknown }).toJSON?.() ?? x);
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  protected inspectWith(_depth: number, options: unknown, inspect: Inspect): string {
    return `${this.ctor.name}[${this.length}] ${inspect(this.toArray(), options)}`;
  }
}

const encoder = /* @__PURE__ */ new TextEncoder();
const decoder = /* @__PURE__ */ new TextDecoder('utf-8');
let scratch = /* @__PURE__ */ new Uint8Array(64);

/**
 * The UTF-8 of `value` in a reused scratch buffer (no allocation per write, unlike encode()), or a RangeError
 * when it does not fit in `length` chars with its NUL — decided before the caller changes a byte.
 */
function encodeCString(value: string, length: number): number {
  if (value.includes('\0')) throw new RangeError('a C string cannot hold a NUL character');
  if (scratch.length <= length) scratch = new Uint8Array(Math.max(length + 1, scratch.length * 2));
  const { read, written } = encoder.encodeInto(value, scratch);
  if (read < value.length || written + 1 > length) {
    throw new RangeError(`"${value}" needs ${encoder.encode(value).length + 1} bytes with its NUL, the array holds ${length}`);
  }
  return written;
}

/** What a generated `char[N]` field's setter does: the string into the N chars at `byteOffset` of `view`. */
export function setCString(view: DataView, byteOffset: number, length: number, value: string): void {
  checkSpan(view, byteOffset, length, `char[${length}]`);
  const written = encodeCString(value, length);
  let i = 0;
  for (; i < written; i++) view.setUint8(byteOffset + i, scratch[i]);
  for (; i < length; i++) view.setUint8(byteOffset + i, 0);
}

export class CharArray extends Uint8Array {
  // Typed-array methods that make new arrays (subarray, map, slice) make plain byte arrays, not strings.
  static get [Symbol.species](): Uint8ArrayConstructor {
    return Uint8Array;
  }

  /** The bytes of `length` chars at `byteOffset` of `view`, checked to lie inside it. */
  static over(view: DataView, byteOffset: number, length: number): CharArray {
    checkSpan(view, byteOffset, length, `char[${length}]`);
    return new CharArray(view.buffer as ArrayBuffer, view.byteOffset + byteOffset, length);
  }

  get string(): string {
    const n = this.length;
    let end = 0;
    while (end < n && this[end] !== 0) end++;
    // Not this.subarray: through the Symbol.species getter that is V8's slow path (~80 ns a read, bench/views).
    return decoder.decode(new Uint8Array(this.buffer, this.byteOffset, end));
  }

  set string(value: string) {
    const written = encodeCString(value, this.length);
    for (let i = 0; i < written; i++) this[i] = scratch[i];
    this.fill(0, written);
  }

  override toString(): string {
    return this.string;
  }

  toJSON(): string {
    return this.string;
  }
}

/** A byte-element typed array (Uint8Array, Int8Array) over `length` bytes at `byteOffset`, checked to lie inside `view`. */
export function bytesAt<T>(
  ctor: new (buffer: ArrayBufferLike, byteOffset: number, length: number) => T,
  view: DataView,
  byteOffset: number,
  length: number,
): T {
  checkSpan(view, byteOffset, length, `byte[${length}]`);
  return new ctor(view.buffer, view.byteOffset + byteOffset, length);
}
