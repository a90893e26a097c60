// What every view shares for looking at it: bounds checks at construction, Node's inspect hook, and the list of a
// view class's fields read off its prototype (so no generated class carries a copy of that logic).

/** Node's util.inspect.custom, by its registered name so the package imports nothing from Node (browsers too). */
export const INSPECT: unique symbol = /* @__PURE__ */ Symbol.for('nodejs.util.inspect.custom') as never;

/** The `inspect` function Node hands to a custom inspector. */
export type Inspect = (value: unknown, options?: unknown) => string;

/**
 * The one holder of Node's inspect hook for views and arrays. A computed method key makes a bundler keep its
 * class, so the hook lives here, once, and the view and array classes extending this stay droppable.
 */
export abstract class Inspectable {
  [INSPECT](depth: number, options: unknown, inspect: Inspect): string {
    return this.inspectWith(depth, options, inspect);
  }

  protected abstract inspectWith(depth: number, options: unknown, inspect: Inspect): string;
}

/** A C string array (CharArray) as its text, without naming the class (that would keep it in every bundle). */
export function shownValue(value: unknown): unknown {
  if (value instanceof Uint8Array && typeof (value as { string?: unknown }).string === 'string') {
    return { [INSPECT]: () => `char[${value.length}] ${JSON.stringify((value as unknown as { string: string }).string)}` };
  }
  return value;
}

/** Throws unless `size` bytes at `byteOffset` lie inside `view`: a view that does not fit fails where it is made. */
export function checkSpan(view: DataView, byteOffset: number, size: number, what: string): void {
  if (Number.isInteger(byteOffset) && byteOffset >= 0 && byteOffset + size <= view.byteLength) return;
  throw outOfBounds(view, byteOffset, size, what);
}

export function outOfBounds(view: DataView, byteOffset: number, size: number, what: string): RangeError {
  return new RangeError(
    `${what} (${size} bytes) at offset ${byteOffset} does not fit in the ${view.byteLength} bytes it was given`,
  );
}

const fieldNames = new WeakMap<object, readonly string[]>();

/**
 * The accessor names of a view class, in declaration order: the getters on its own prototype. Flexible array
 * members are methods (their length is the caller's) and are not fields here.
 */
export function fieldsOf(proto: object): readonly string[] {
  let names = fieldNames.get(proto);
  if (names === undefined) {
    const own = Object.getOwnPropertyDescriptors(proto);
    names = Object.keys(own).filter((k) => k !== 'recordSize' && own[k]!.get !== undefined);
    fieldNames.set(proto, names);
  }
  return names;
}

/** A field's value as JSON: bigints as decimal strings, nested views and arrays through their own toJSON. */
export function jsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array && !('toJSON' in value)) return [...value];
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return (value as { toJSON(): unknown }).toJSON();
  return value;
}
