// Array fields as indexed views over the record's memory. Every scalar array is a DataView-backed ScalarArray, so
// it works at any offset (packed records, i386's 4-aligned 64-bit members, a record placed at an odd offset) and
// has one type on every target; byte arrays stay Uint8Array, and `char[N]` is a CharArray with string access.
import { checkSpan, Inspectable } from "./inspect.js";
/** Little-endian reads, writes and sizes by element kind (shared with ScalarPtr). */
export const READ = {
    i8: (v, o) => v.getInt8(o),
    u8: (v, o) => v.getUint8(o),
    i16: (v, o) => v.getInt16(o, true),
    u16: (v, o) => v.getUint16(o, true),
    i32: (v, o) => v.getInt32(o, true),
    u32: (v, o) => v.getUint32(o, true),
    f32: (v, o) => v.getFloat32(o, true),
    f64: (v, o) => v.getFloat64(o, true),
    i64: (v, o) => v.getBigInt64(o, true),
    u64: (v, o) => v.getBigUint64(o, true),
};
export const WRITE = {
    i8: (v, o, x) => v.setInt8(o, x),
    u8: (v, o, x) => v.setUint8(o, x),
    i16: (v, o, x) => v.setInt16(o, x, true),
    u16: (v, o, x) => v.setUint16(o, x, true),
    i32: (v, o, x) => v.setInt32(o, x, true),
    u32: (v, o, x) => v.setUint32(o, x, true),
    f32: (v, o, x) => v.setFloat32(o, x, true),
    f64: (v, o, x) => v.setFloat64(o, x, true),
    i64: (v, o, x) => v.setBigInt64(o, x, true),
    u64: (v, o, x) => v.setBigUint64(o, x, true),
};
export const SIZE = { i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4, f64: 8, i64: 8, u64: 8 };
function checkIndex(i, length) {
    if (!Number.isInteger(i) || i < 0 || i >= length)
        throw new RangeError(`index ${i} outside 0..${length - 1}`);
}
/** Indexed access to `length` little-endian scalars, alignment-free and bounds-checked. */
export class ScalarArray extends Inspectable {
    view;
    byteOffset;
    length;
    kind;
    constructor(view, byteOffset, length, kind) {
        super();
        this.view = view;
        this.byteOffset = byteOffset;
        this.length = length;
        this.kind = kind;
        checkSpan(view, byteOffset, length * SIZE[kind], `${kind}[${length}]`);
    }
    get(i) {
        checkIndex(i, this.length);
        return READ[this.kind](this.view, this.byteOffset + i * SIZE[this.kind]);
    }
    set(i, value) {
        checkIndex(i, this.length);
        WRITE[this.kind](this.view, this.byteOffset + i * SIZE[this.kind], value);
    }
    /** Like Array.prototype.at: a negative index counts from the end; undefined outside. */
    at(i) {
        const k = i < 0 ? this.length + i : i;
        return Number.isInteger(k) && k >= 0 && k < this.length ? this.get(k) : undefined;
    }
    /** Writes `values` from element `start` on; every one must fit. */
    assign(values, start = 0) {
        if (start + values.length > this.length)
            throw new RangeError(`${values.length} values from ${start} do not fit in ${this.length}`);
        for (let i = 0; i < values.length; i++)
            this.set(start + i, values[i]);
    }
    toArray() {
        return [...this];
    }
    /** bigint elements as decimal strings, as JSON has no 64-bit integers. */
    toJSON() {
        return this.toArray().map((x) => (typeof x === 'bigint' ? x.toString() : x));
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.get(i);
    }
    inspectWith(_depth, options, inspect) {
        return `${this.kind}[${this.length}] ${inspect(this.toArray(), options)}`;
    }
}
/** Arrays of records: element i is a view at offset + i * stride. */
export class RecordArray extends Inspectable {
    view;
    byteOffset;
    length;
    ctor;
    stride;
    constructor(view, byteOffset, length, ctor, stride = ctor.SIZE) {
        super();
        this.view = view;
        this.byteOffset = byteOffset;
        this.length = length;
        this.ctor = ctor;
        this.stride = stride;
        checkSpan(view, byteOffset, length * stride, `${ctor.name}[${length}]`);
    }
    get(i) {
        checkIndex(i, this.length);
        return new this.ctor(this.view, this.byteOffset + i * this.stride);
    }
    at(i) {
        const k = i < 0 ? this.length + i : i;
        return Number.isInteger(k) && k >= 0 && k < this.length ? this.get(k) : undefined;
    }
    toArray() {
        return [...this];
    }
    toJSON() {
        return this.toArray().map((x) => x.toJSON?.() ?? x);
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.get(i);
    }
    inspectWith(_depth, options, inspect) {
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
function encodeCString(value, length) {
    if (value.includes('\0'))
        throw new RangeError('a C string cannot hold a NUL character');
    if (scratch.length <= length)
        scratch = new Uint8Array(Math.max(length + 1, scratch.length * 2));
    const { read, written } = encoder.encodeInto(value, scratch);
    if (read < value.length || written + 1 > length) {
        throw new RangeError(`"${value}" needs ${encoder.encode(value).length + 1} bytes with its NUL, the array holds ${length}`);
    }
    return written;
}
/** What a generated `char[N]` field's setter does: the string into the N chars at `byteOffset` of `view`. */
export function setCString(view, byteOffset, length, value) {
    checkSpan(view, byteOffset, length, `char[${length}]`);
    const written = encodeCString(value, length);
    let i = 0;
    for (; i < written; i++)
        view.setUint8(byteOffset + i, scratch[i]);
    for (; i < length; i++)
        view.setUint8(byteOffset + i, 0);
}
export class CharArray extends Uint8Array {
    // Typed-array methods that make new arrays (subarray, map, slice) make plain byte arrays, not strings.
    static get [Symbol.species]() {
        return Uint8Array;
    }
    /** The bytes of `length` chars at `byteOffset` of `view`, checked to lie inside it. */
    static over(view, byteOffset, length) {
        checkSpan(view, byteOffset, length, `char[${length}]`);
        return new CharArray(view.buffer, view.byteOffset + byteOffset, length);
    }
    get string() {
        const n = this.length;
        let end = 0;
        while (end < n && this[end] !== 0)
            end++;
        // Not this.subarray: through the Symbol.species getter that is V8's slow path (~80 ns a read, bench/views).
        return decoder.decode(new Uint8Array(this.buffer, this.byteOffset, end));
    }
    set string(value) {
        const written = encodeCString(value, this.length);
        for (let i = 0; i < written; i++)
            this[i] = scratch[i];
        this.fill(0, written);
    }
    toString() {
        return this.string;
    }
    toJSON() {
        return this.string;
    }
}
/** A byte-element typed array (Uint8Array, Int8Array) over `length` bytes at `byteOffset`, checked to lie inside `view`. */
export function bytesAt(ctor, view, byteOffset, length) {
    checkSpan(view, byteOffset, length, `byte[${length}]`);
    return new ctor(view.buffer, view.byteOffset + byteOffset, length);
}
