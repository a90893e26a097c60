import { type Elem, type ScalarKind } from './arrays.js';
import { Inspectable, type Inspect } from './inspect.js';
import { type Memory } from './pointer.js';
export declare class ScalarPtr<K extends ScalarKind, A extends bigint | number = bigint | number> extends Inspectable {
    /** The address as stored: bigint where pointers are 64-bit, number where they are 32-bit. */
    readonly address: A;
    /** What it points to: a little-endian scalar kind (`i32`, `u64`, `f64`, … ; `char` is i8 or u8 by target). */
    readonly kind: K;
    constructor(address: A, kind: K);
    static addressOf<A extends bigint | number>(value: ScalarPtr<ScalarKind, A> | A): A;
    get isNull(): boolean;
    /** The pointer `n` elements further on (C's `p + n`), wrapping as the target's unsigned addresses do. */
    add(n: number): ScalarPtr<K, A>;
    /** `*p`, read from `memory`. */
    deref(memory: Memory): Elem<K>;
    /** `p[i]`, read from `memory`. */
    at(memory: Memory, i: number): Elem<K>;
    /** `p[i] = value` in `memory` (`*p = value` with i = 0). */
    store(memory: Memory, value: Elem<K>, i?: number): void;
    /**
     * The NUL-terminated UTF-8 string it points to (a `char *`), reading at most `max` bytes; a string with no NUL
     * within them, or running off the memory, is a RangeError rather than a truncated answer.
     */
    string(memory: Memory, max?: number): string;
    equals(other: ScalarPtr<ScalarKind, bigint | number> | bigint | number): boolean;
    valueOf(): A;
    toJSON(): string | number;
    protected inspectWith(_depth: number, _options: unknown, _inspect: Inspect): string;
    private place;
}
