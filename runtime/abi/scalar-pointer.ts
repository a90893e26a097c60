// A pointer to a scalar (`int *`, `u64 *`, `char *`, a pointer to an enum): the address plus the element's kind,
// so arithmetic goes by element and `deref`/`at` read the value it points to in a memory the caller names.
// `char *` also reads as a C string. `void *` has no element and stays a raw address.

import { READ, SIZE, WRITE, type Elem, type ScalarKind } from './arrays.ts';
import { checkSpan, Inspectable, type Inspect } from './inspect.ts';
import { viewInto, type Memory } from './pointer.ts';
import { viewOf } from './record.ts';

// Not exported: a TextDecoder in a declaration would make the support package's types need the DOM lib.
const decoder = /* @__PURE__ */ new TextDecoder('utf-8');

export class ScalarPtr<K extends ScalarKind, A extends bigint | number = bigint | number> extends Inspectable {
  /** The address as stored: bigint where pointers are 64-bit, number where they are 32-bit. */
  declare readonly address: A;
  /** What it points to: a little-endian scalar kind (`i32`, `u64`, `f64`, … ; `char` is i8 or u8 by target). */
  declare readonly kind: K;

  constructor(address: A, kind: K) {
    super();
    this.address = address;
    this.kind = kind;
  }

  static addressOf<A extends bigint | number>(value: ScalarPtr<ScalarKind, A> | A): A {
    return (value instanceof ScalarPtr ? value.address : value) as A;
  }

  get isNull(): boolean {
    return this.address === 0 || this.address === 0n;
  }

  /** The pointer `n` elements further on (C's `p + n`), wrapping as the target's unsigned addresses do. */
  add(n: number): ScalarPtr<K, A> {
    if (!Number.isInteger(n)) throw new RangeError(`pointer arithmetic needs a whole number of elements, not ${n}`);
    const bytes = n * SIZE[this.kind];
    const a: bigint | number = this.address;
    const next = typeof a === 'bigint' ? BigInt.asUintN(64, a + BigInt(bytes)) : (a + bytes) >>> 0;
    return new ScalarPtr(next as A, this.kind);
  }

  /** `*p`, read from `memory`. */
  deref(memory: Memory): Elem<K> {
    const { view, at } = this.place(memory, 0);
    return READ[this.kind](view, at) as Elem<K>;
  }

  /** `p[i]`, read from `memory`. */
  at(memory: Memory, i: number): Elem<K> {
    const { view, at } = this.place(memory, i);
    return READ[this.kind](view, at) as Elem<K>;
  }

  /** `p[i] = value` in `memory` (`*p = value` with i = 0). */
  store(memory: Memory, value: Elem<K>, i = 0): void {
    const { view, at } = this.place(memory, i);
    (WRITE[this.kind] as (v: DataView, o: number, x: Elem<K>) => void)(view, at, value);
  }

  /**
   * The NUL-terminated UTF-8 string it points to (a `char *`), reading at most `max` bytes; a string with no NUL
   * within them, or running off the memory, is a RangeError rather than a truncated answer.
   */
  string(memory: Memory, max = 1 << 20): string {
    if (SIZE[this.kind] !== 1) throw new TypeError(`a ${this.kind} * is not a C string`);
    const { view, at } = this.place(memory, 0);
    const limit = Math.min(view.byteLength, at + max);
    let end = at;
    while (end < limit && view.getUint8(end) !== 0) end++;
    if (end === limit) throw new RangeError(`no NUL within ${limit - at} bytes of 0x${this.address.toString(16)}`);
    return decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at, end - at));
  }

  equals(other: ScalarPtr<ScalarKind, bigint | number> | bigint | number): boolean {
    return BigInt(ScalarPtr.addressOf(other)) === BigInt(this.address);
  }

  override valueOf(): A {
    return this.address;
  }

  toJSON(): string | number {
    return typeof this.address === 'bigint' ? this.address.toString() : this.address;
  }

  protected inspectWith(_depth: number, _options: unknown, _inspect: Inspect): string {
    return `(${this.kind} *) 0x${this.address.toString(16)}`;
  }

  private place(memory: Memory, i: number): { view: DataView; at: number } {
    if (this.isNull) throw new RangeError(`cannot dereference a null ${this.kind} pointer`);
    const at = Number(this.address) + i * SIZE[this.kind];
    if (!Number.isSafeInteger(at)) throw new RangeError(`address ${this.address} is beyond what a JavaScript buffer can hold`);
    const view = viewOf(viewInto(memory));
    checkSpan(view, at, SIZE[this.kind], `${this.kind} at 0x${at.toString(16)}`);
    return { view, at };
  }
}
