/** Node's util.inspect.custom, by its registered name so the package imports nothing from Node (browsers too). */
export declare const INSPECT: unique symbol;
/** The `inspect` function Node hands to a custom inspector. */
export type Inspect = (value: unknown, options?: unknown) => string;
/**
 * The one holder of Node's inspect hook for views and arrays. A computed method key makes a bundler keep its
 * class, so the hook lives here, once, and the view and array classes extending this stay droppable.
 */
export declare abstract class Inspectable {
    [INSPECT](depth: number, options: unknown, inspect: Inspect): string;
    protected abstract inspectWith(depth: number, options: unknown, inspect: Inspect): string;
}
/** A C string array (CharArray) as its text, without naming the class (that would keep it in every bundle). */
export declare function shownValue(value: unknown): unknown;
/** Throws unless `size` bytes at `byteOffset` lie inside `view`: a view that does not fit fails where it is made. */
export declare function checkSpan(view: DataView, byteOffset: number, size: number, what: string): void;
export declare function outOfBounds(view: DataView, byteOffset: number, size: number, what: string): RangeError;
/**
 * The accessor names of a view class, in declaration order: the getters on its own prototype. Flexible array
 * members are methods (their length is the caller's) and are not fields here.
 */
export declare function fieldsOf(proto: object): readonly string[];
/** A field's value as JSON: bigints as decimal strings, nested views and arrays through their own toJSON. */
export declare function jsonValue(value: unknown): unknown;
