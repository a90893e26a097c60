import { Inspectable, type Inspect } from './inspect.js';
/** Any C function type: what every FnPtr's signature is assignable to. */
export type AnyFunction = (...args: never[]) => unknown;
/** `A` is the target's address type, as Ptr's. */
export declare class FnPtr<F extends AnyFunction, A extends bigint | number = bigint | number> extends Inspectable {
    /** The address as stored. */
    readonly address: A;
    /** Never set: carries the signature in the type only. */
    readonly signature?: F;
    constructor(address: A);
    /** The address a field setter stores: a function pointer's own, or a raw address as given. */
    static addressOf<A extends bigint | number>(value: FnPtr<AnyFunction, A> | A): A;
    get isNull(): boolean;
    /** Same address (a function pointer, or a raw address). */
    equals(other: FnPtr<AnyFunction, bigint | number> | bigint | number): boolean;
    /** The address, as Ptr's: `Number(f)`/`BigInt(f)` keep working where code treated the field as an integer. */
    valueOf(): A;
    toJSON(): string | number;
    protected inspectWith(_depth: number, _options: unknown, _inspect: Inspect): string;
}
