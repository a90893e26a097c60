import { Inspectable, type Inspect } from './inspect.js';
import type { BufferLike, RecordClass } from './record.js';
/** Memory a pointer can be followed into: its addresses are offsets into this buffer (a WebAssembly.Memory's too). */
export type Memory = BufferLike | {
    readonly buffer: ArrayBuffer;
};
/** The memory as something a view can be built over, reusing the last DataView made for an ArrayBuffer. */
export declare function viewInto(memory: Memory): BufferLike;
/** `A` is the target's address type: bigint where pointers are 64-bit, number where they are 32-bit. */
export declare class Ptr<T, A extends bigint | number = bigint | number> extends Inspectable {
    /** The address as stored. */
    readonly address: A;
    /** The view class of what it points to. */
    readonly pointee: RecordClass<T>;
    constructor(address: A, pointee: RecordClass<T>);
    /** The address a field setter stores: a pointer's own, or a raw address as given. */
    static addressOf<A extends bigint | number>(value: Ptr<unknown, A> | A): A;
    get isNull(): boolean;
    /** The pointer `n` elements further on (C's `p + n`), in the same width. */
    add(n: number): Ptr<T, A>;
    /** `*p`: a view of the pointee at this address of `memory`. Null, or an address outside it, is a RangeError. */
    deref(memory: Memory): T;
    /** `p[i]`: the i-th element from here. */
    at(memory: Memory, i: number): T;
    /** Same address (a pointer, or a raw address). */
    equals(other: Ptr<unknown, bigint | number> | bigint | number): boolean;
    /**
     * The address, so `Number(p)`, `BigInt(p)` and arithmetic on it give the address as they did when pointer
     * fields were plain integers (code written against those keeps working; new code should use the methods).
     */
    valueOf(): A;
    /** As every 64-bit value in a view's JSON: a decimal string; a number on 32-bit targets. */
    toJSON(): string | number;
    protected inspectWith(_depth: number, _options: unknown, _inspect: Inspect): string;
}
