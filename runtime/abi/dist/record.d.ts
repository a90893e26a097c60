import { Inspectable, type Inspect } from './inspect.js';
export type BufferLike = ArrayBuffer | DataView | Uint8Array;
/** What a view class looks like from outside, so helpers can construct nested views and arrays of records. */
export interface RecordClass<T> {
    new (buffer: BufferLike, byteOffset?: number): T;
    readonly SIZE: number;
    readonly ALIGN: number;
}
/** A DataView covering the same memory as `buffer`, so offsets stay relative to what the caller handed in. */
export declare function viewOf(buffer: BufferLike): DataView;
/**
 * The base of every generated view. A generated class extends it but sets `view` and `byteOffset` (and checks
 * them) in its own constructor after an empty `super()`: measured on Node 20 (bench/views), one shared base
 * constructor storing into every subclass's instances makes those stores polymorphic across all record classes,
 * and TurboFan does not inline a base constructor that has class fields (the two are `declare`d, so none is
 * emitted). `extends`, unlike linking prototypes in a static block, also lets bundlers drop unused classes.
 */
export declare abstract class RecordView extends Inspectable {
    readonly view: DataView;
    readonly byteOffset: number;
    /**
     * Generated views call it with no arguments and do the rest themselves; a hand-written subclass passes its
     * memory here and gets the same bounds check.
     */
    constructor(buffer?: BufferLike, byteOffset?: number);
    /** The record's size; generated subclasses answer with their static SIZE. */
    protected abstract get recordSize(): number;
    /** The record's bytes over the same memory (a flexible array's elements lie beyond them). */
    bytes(): Uint8Array;
    /** Every field by name, nested records and arrays included; 64-bit integers and pointers as decimal strings. */
    toJSON(): Record<string, unknown>;
    /** Field-by-field equality with another view of the same record type (padding bytes do not count). */
    equals(other: RecordView): boolean;
    /** Copies another view's bytes (same record type) into this one's memory; returns this. */
    copyFrom(other: this): this;
    /** A view of the same type over a fresh copy of this record's bytes. */
    clone(): this;
    /** Node's util.inspect and console.log show the fields, not the DataView's whole buffer. */
    protected inspectWith(depth: number, options: unknown, inspect: Inspect): string;
}
