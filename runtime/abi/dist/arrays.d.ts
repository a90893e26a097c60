import type { RecordClass } from './record.js';
type TypedArrayCtor<T> = {
    new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
    readonly BYTES_PER_ELEMENT: number;
};
/**
 * A typed array over `view`'s memory at `byteOffset`. Typed arrays need the absolute offset aligned to the
 * element size; a record placed at an offset that is a multiple of its ALIGN (alloc() always is) satisfies that.
 */
export declare function typedArrayAt<T>(ctor: TypedArrayCtor<T>, view: DataView, byteOffset: number, length: number): T;
declare const READ: {
    readonly i8: (v: DataView, o: number) => number;
    readonly u8: (v: DataView, o: number) => number;
    readonly i16: (v: DataView, o: number) => number;
    readonly u16: (v: DataView, o: number) => number;
    readonly i32: (v: DataView, o: number) => number;
    readonly u32: (v: DataView, o: number) => number;
    readonly f32: (v: DataView, o: number) => number;
    readonly f64: (v: DataView, o: number) => number;
    readonly i64: (v: DataView, o: number) => bigint;
    readonly u64: (v: DataView, o: number) => bigint;
};
/** Element kinds: little-endian signed/unsigned integers and IEEE floats. */
export type ScalarKind = keyof typeof READ;
type Elem<K extends keyof typeof READ> = ReturnType<(typeof READ)[K]>;
/** Indexed access to `length` little-endian scalars, alignment-free. */
export declare class ScalarArray<K extends keyof typeof READ> implements Iterable<Elem<K>> {
    readonly view: DataView;
    readonly byteOffset: number;
    readonly length: number;
    readonly kind: K;
    constructor(view: DataView, byteOffset: number, length: number, kind: K);
    get(i: number): Elem<K>;
    set(i: number, value: Elem<K>): void;
    toArray(): Elem<K>[];
    [Symbol.iterator](): Iterator<Elem<K>>;
    private at;
}
/** Arrays of records (and of pointers-to-nothing-in-particular): element i is a view at offset + i * stride. */
export declare class RecordArray<T> implements Iterable<T> {
    readonly view: DataView;
    readonly byteOffset: number;
    readonly length: number;
    private readonly ctor;
    private readonly stride;
    constructor(view: DataView, byteOffset: number, length: number, ctor: RecordClass<T>, stride?: number);
    get(i: number): T;
    [Symbol.iterator](): Iterator<T>;
}
export {};
