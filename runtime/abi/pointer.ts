// A typed pointer: what a generated field of type `struct x *` reads as. The address is the target's own width
// (bigint on 64-bit targets, number on 32-bit ones); the pointee class makes arithmetic go by element and lets
// the pointer be followed into any memory the caller names — an address is only meaningful in some memory.

import { Inspectable, type Inspect } from './inspect.ts';
import type { BufferLike, RecordClass } from './record.ts';

/** Memory a pointer can be followed into: its addresses are offsets into this buffer (a WebAssembly.Memory's too). */
export type Memory = BufferLike | { readonly buffer: ArrayBuffer };

// Following pointers through an ArrayBuffer would build a DataView per deref (most of its cost, measured in
// bench/views); the last one is kept. Keyed by the ArrayBuffer itself, so a WebAssembly.Memory that grew (a new
// buffer) gets a new view.
let lastBuffer: ArrayBufferLike | undefined;
let lastView: DataView | undefined;

/** The memory as something a view can be built over, reusing the last DataView made for an ArrayBuffer. */
export function viewInto(memory: Memory): BufferLike {
  if (memory === lastBuffer) return lastView!;
  if (memory instanceof DataView || memory instanceof Uint8Array) return memory;
  const buffer = memory instanceof ArrayBuffer ? memory : memory.buffer;
  if (buffer !== lastBuffer) {
    lastView = new DataView(buffer);
    lastBuffer = buffer;
  }
  return lastView!;
}

/** `A` is the target's address type: bigint where pointers are 64-bit, number where they are 32-bit. */
export class Ptr<T, A extends bigint | number = bigint | number> extends Inspectable {
  /** The address as stored. */
  declare readonly address: A;
  /** The view class of what it points to. */
  declare readonly pointee: RecordClass<T>;

  constructor(address: A, pointee: RecordClass<T>) {
    super();
    this.address = address;
    this.pointee = pointee;
  }

  /** The address a field setter stores: a pointer's own, or a raw address as given. */
  static addressOf<A extends bigint | number>(value: Ptr<unknown, A> | A): A {
    return (value instanceof Ptr ? value.address : value) as A;
  }

  get isNull(): boolean {
    return this.address === 0 || this.address === 0n;
  }

  /** The pointer `n` elements further on (C's `p + n`), in the same width. */
  add(n: number): Ptr<T, A> {
    if (!Number.isInteger(n)) throw new RangeError(`pointer arithmetic needs a whole number of elements, not ${n}`);
    const bytes = n * this.pointee.SIZE;
    const a: bigint | number = this.address;
    const next = typeof a === 'bigint' ? BigInt.asUintN(64, a + BigInt(bytes)) : (a + bytes) >>> 0;
    return new Ptr(next as A, this.pointee);
  }

  /** `*p`: a view of the pointee at this address of `memory`. Null, or an address outside it, is a RangeError. */
  deref(memory: Memory): T {
    if (this.isNull) throw new RangeError(`cannot dereference a null pointer to ${this.pointee.name}`);
    const at = Number(this.address);
    if (!Number.isSafeInteger(at)) throw new RangeError(`address ${this.address} is beyond what a JavaScript buffer can hold`);
    return new this.pointee(viewInto(memory), at);
  }

  /** `p[i]`: the i-th element from here. */
  at(memory: Memory, i: number): T {
    return this.add(i).deref(memory);
  }

  /** Same address (a pointer, or a raw address). */
  equals(other: Ptr<unknown, bigint | number> | bigint | number): boolean {
    return BigInt(Ptr.addressOf(other)) === BigInt(this.address);
  }

  /**
   * The address, so `Number(p)`, `BigInt(p)` and arithmetic on it give the address as they did when pointer
   * fields were plain integers (code written against those keeps working; new code should use the methods).
   */
  override valueOf(): A {
    return this.address;
  }

  /** As every 64-bit value in a view's JSON: a decimal string; a number on 32-bit targets. */
  toJSON(): string | number {
    return typeof this.address === 'bigint' ? this.address.toString() : this.address;
  }

  protected inspectWith(_depth: number, _options: unknown, _inspect: Inspect): string {
    return `(${this.pointee.name} *) 0x${this.address.toString(16)}`;
  }
}
