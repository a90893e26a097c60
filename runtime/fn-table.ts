// Function pointers in kernel records (drm_gem_object_funcs.free, …) are indices into this table:
// the heap stores the index, the runtime resolves it to a TypeScript function when it calls.
// Like the text of a kernel image, there is one table for the whole runtime (`kernelFunctions`),
// so the inline helpers can resolve a pointer without knowing which machine it came from.

import { FnPtr, type AnyFunction } from '@tsbindgen/abi';

export class FunctionTable {
  private readonly fns: Array<(...args: never[]) => unknown> = [() => undefined];

  /** Registers `fn` and returns its "address" (never 0, which stays NULL). */
  register<F extends (...args: never[]) => unknown>(fn: F): bigint {
    this.fns.push(fn);
    return BigInt(this.fns.length - 1);
  }

  /**
   * The function a pointer field holds, or undefined for NULL or an index that was never registered. `F` is the
   * runtime's own signature (it passes its model objects, not the views the field's C signature names).
   */
  resolve<F extends AnyFunction>(pointer: FnPtr<AnyFunction> | bigint): F | undefined {
    const index = BigInt(FnPtr.addressOf(pointer));
    if (index === 0n || index >= BigInt(this.fns.length)) return undefined;
    return this.fns[Number(index)] as F;
  }
}

/** The function table every simulated machine shares. */
export const kernelFunctions = new FunctionTable();
