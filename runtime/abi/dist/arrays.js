// Array fields as indexed views over the record's memory. Where the element is naturally aligned inside the
// record a real typed array is used; elsewhere (packed records, i386's 4-aligned 64-bit members) a DataView-backed
// ScalarArray gives the same indexing without requiring alignment.
/**
 * A typed array over `view`'s memory at `byteOffset`. Typed arrays need the absolute offset aligned to the
 * element size; a record placed at an offset that is a multiple of its ALIGN (alloc() always is) satisfies that.
 */
export function typedArrayAt(ctor, view, byteOffset, length) {
    return new ctor(view.buffer, view.byteOffset + byteOffset, length);
}
const READ = {
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
const WRITE = {
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
const SIZE = { i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4, f64: 8, i64: 8, u64: 8 };
/** Indexed access to `length` little-endian scalars, alignment-free. */
export class ScalarArray {
    view;
    byteOffset;
    length;
    kind;
    constructor(view, byteOffset, length, kind) {
        this.view = view;
        this.byteOffset = byteOffset;
        this.length = length;
        this.kind = kind;
    }
    get(i) {
        return READ[this.kind](this.view, this.at(i));
    }
    set(i, value) {
        WRITE[this.kind](this.view, this.at(i), value);
    }
    toArray() {
        return [...this];
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.get(i);
    }
    at(i) {
        if (!Number.isInteger(i) || i < 0 || i >= this.length)
            throw new RangeError(`index ${i} outside 0..${this.length - 1}`);
        return this.byteOffset + i * SIZE[this.kind];
    }
}
/** Arrays of records (and of pointers-to-nothing-in-particular): element i is a view at offset + i * stride. */
export class RecordArray {
    view;
    byteOffset;
    length;
    ctor;
    stride;
    constructor(view, byteOffset, length, ctor, stride = ctor.SIZE) {
        this.view = view;
        this.byteOffset = byteOffset;
        this.length = length;
        this.ctor = ctor;
        this.stride = stride;
    }
    get(i) {
        if (!Number.isInteger(i) || i < 0 || i >= this.length)
            throw new RangeError(`index ${i} outside 0..${this.length - 1}`);
        return new this.ctor(this.view, this.byteOffset + i * this.stride);
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.get(i);
    }
}
