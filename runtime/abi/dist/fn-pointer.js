// A typed function pointer: what a generated field of type `R (*)(A…)` reads as. JavaScript cannot call an
// address, so this is the address plus, in its type parameter, the C signature as a TypeScript function type —
// enough for a program to tell `color_adjust` from `release`, compare it, test it for NULL and hand it to
// whatever can call it (koffi.decode, a WebAssembly table's get) with the argument types spelled out.
import { Inspectable } from "./inspect.js";
/** `A` is the target's address type, as Ptr's. */
export class FnPtr extends Inspectable {
    constructor(address) {
        super();
        this.address = address;
    }
    /** The address a field setter stores: a function pointer's own, or a raw address as given. */
    static addressOf(value) {
        return (value instanceof FnPtr ? value.address : value);
    }
    get isNull() {
        return this.address === 0 || this.address === 0n;
    }
    /** Same address (a function pointer, or a raw address). */
    equals(other) {
        return BigInt(FnPtr.addressOf(other)) === BigInt(this.address);
    }
    /** The address, as Ptr's: `Number(f)`/`BigInt(f)` keep working where code treated the field as an integer. */
    valueOf() {
        return this.address;
    }
    toJSON() {
        return typeof this.address === 'bigint' ? this.address.toString() : this.address;
    }
    inspectWith(_depth, _options, _inspect) {
        return this.isNull ? '[function pointer: NULL]' : `[function pointer: 0x${this.address.toString(16)}]`;
    }
}
