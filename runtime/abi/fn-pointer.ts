// A typed function pointer: what a generated field of type `R (*)(A…)` reads as. JavaScript cannot call an
// address, so this is the address plus, in its type parameter, the C signature as a TypeScript function type —
// enough for a program to tell `color_adjust` from `release`, compare it, test it for NULL and hand it to
// whatever can call it (koffi.decode, a WebAssembly table's get) with the argument types spelled out.

import { Inspectable, type Inspect } from './inspect.ts';

/** Any C function type: what every FnPtr's signature is assignable to. */
export type AnyFunction = (...args: never[]) => unknown;

/** `A` is the target's address type, as Ptr's. */
export class FnPtr<F extends AnyFunction, A extends bigint | number = bigint | number> extends Inspectable {
  /** The address as stored. */
  declare readonly address: A;
  /** Never set: carries the signature in the type only. */
  declare readonly signature?: F;

  constructor(address: A) {
    super();
    this.address = address;
  }

  /** The address a field setter stores: a function pointer's own, or a raw address as given. */
  static addressOf<A extends bigint | number>(value: FnPtr<AnyFunction, A> | A): A {
    return (value instanceof FnPtr ? value.address : value) as A;
  }

  get isNull(): boolean {
    return this.address === 0 || this.address === 0n;
  }

  /** Same address (a function pointer, or a raw address). */
  equals(other: FnPtr<AnyFunction, bigint | number> | bigint | number): boolean {
    return BigInt(FnPtr.addressOf(other)) === BigInt(this.address);
  }

  /** The address, as Ptr's: `Number(f)`/`BigInt(f)` keep working where code treated the field as an integer. */
  override valueOf(): A {
    return this.address;
  }

  toJSON(): string | number {
    return typeof this.address === 'bigint' ? this.address.toString() : this.address;
  }

  protected inspectWith(_depth: number, _options: unknown, _inspect: Inspect): string {
    return this.isNull ? '[function pointer: NULL]' : `[function pointer: 0x${this.address.toString(16)}]`;
  }
}
