import type { RecordClass } from './record.js';
import { Inspectable, type Inspect } from './inspect.js';
/** Little-endian reads, writes and sizes by element kind (shared with ScalarPtr). */
export declare const READ: {
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
export declare const WRITE: {
    readonly i8: (v: DataView, o: number, x: number) => void;
    readonly u8: (v: DataView, o: number, x: number) => void;
    readonly i16: (v: DataView, o: number, x: number) => void;
    readonly u16: (v: DataView, o: number, x: number) => void;
    readonly i32: (v: DataView, o: number, x: number) => void;
    readonly u32: (v: DataView, o: number, x: number) => void;
    readonly f32: (v: DataView, o: number, x: number) => void;
    readonly f64: (v: DataView, o: number, x: number) => void;
    readonly i64: (v: DataView, o: number, x: bigint) => void;
    readonly u64: (v: DataView, o: number, x: bigint) => void;
};
export declare const SIZE: {
    readonly i8: 1;
    readonly u8: 1;
    readonly i16: 2;
    readonly u16: 2;
    readonly i32: 4;
    readonly u32: 4;
    readonly f32: 4;
    readonly f64: 8;
    readonly i64: 8;
    readonly u64: 8;
};
/** Element kinds: little-endian signed/unsigned integers and IEEE floats. */
export type ScalarKind = keyof typeof READ;
export type Elem<K extends keyof typeof READ> = ReturnType<(typeof READ)[K]>;
/** Indexed access to `length` little-endian scalars, alignment-free and bounds-checked. */
export declare class ScalarArray<K extends keyof typeof READ> extends Inspectable implements Iterable<Elem<K>> {
    readonly view: DataView;
    readonly byteOffset: number;
    readonly length: number;
    readonly kind: K;
    constructor(view: DataView, byteOffset: number, length: number, kind: K);
    get(i: number): Elem<K>;
    set(i: number, value: Elem<K>): void;
    /** Like Array.prototype.at: a negative index counts from the end; undefined outside. */
    at(i: number): Elem<K> | undefined;
    /** Writes `values` from element `start` on; every one must fit. */
    assign(values: ArrayLike<Elem<K>>, start?: number): void;
    toArray(): Elem<K>[];
    /** bigint elements as decimal strings, as JSON has no 64-bit integers. */
    toJSON(): (number | string)[];
    [Symbol.iterator](): Iterator<Elem<K>>;
    protected inspectWith(_depth: number, options: unknown, inspect: Inspect): string;
}
/** Arrays of records: element i is a view at offset + i * stride. */
export declare class RecordArray<T> extends Inspectable implements Iterable<T> {
    readonly view: DataView;
    readonly byteOffset: number;
    readonly length: number;
    private readonly ctor;
    private readonly stride;
    constructor(view: DataView, byteOffset: number, length: number, ctor: RecordClass<T>, stride?: number);
    get(i: number): T;
    at(i: number): T | undefined;
    toArray(): T[];
    toJSON(): unknown[];
    [Symbol.iterator](): Iterator<T>;
    protected inspectWith(_depth: number, options: unknown, inspect: Inspect): string;
}
/** What a generated `char[N]` field's setter does: the string into the N chars at `byteOffset` of `view`. */
export declare function setCString(view: DataView, byteOffset: number, length: number, value: string): void;
export declare class CharArray extends Uint8Array {
    static get [Symbol.species](): Uint8ArrayConstructor;
    /** The bytes of `length` chars at `byteOffset` of `view`, checked to lie inside it. */
    static over(view: DataView, byteOffset: number, length: number): CharArray;
    get string(): string;
    set string(value: string);
    toString(): string;
    toJSON(): string;
}
/** A byte-element typed array (Uint8Array, Int8Array) over `length` bytes at `byteOffset`, checked to lie inside `view`. */
export declare function bytesAt<T>(ctor: new (buffer: ArrayBufferLike, byteOffset: number, length: number) => T, view: DataView, byteOffset: number, length: number): T;
