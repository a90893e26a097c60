// A pointer to a scalar (`int *`, `u64 *`, `char *`, a pointer to an enum): the address plus the element's kind,
// so arithmetic goes by element and `deref`/`at` read the value it points to in a memory the caller names.
// `char *` also reads as a C string. `void *` has no element and stays a raw address.
import { READ, SIZE, WRITE } from "./arrays.js";
import { checkSpan, Inspectable } from "./inspect.js";
import { viewInto } from "./pointer.js";
import { viewOf } from "./record.js";
// Not exported: a TextDecoder in a declaration would make the support package's types need the DOM lib.
const decoder = /* @__PURE__ */ new TextDecoder('utf-8');
export class ScalarPtr extends Inspectable {
    constructor(address, kind) {
        super();
        this.address = address;
        this.kind = kind;
    }
    static addressOf(value) {
        return (value instanceof ScalarPtr ? value.address : value);
    }
    get isNull() {
        return this.address === 0 || this.address === 0n;
    }
    /** The pointer `n` elements further on (C's `p + n`), wrapping as the target's unsigned addresses do. */
    add(n) {
        if (!Number.isInteger(n))
            throw new RangeError(`pointer arithmetic needs a whole number of elements, not ${n}`);
        const bytes = n * SIZE[this.kind];
        const a = this.address;
        const next = typeof a === 'bigint' ? BigInt.asUintN(64, a + BigInt(bytes)) : (a + bytes) >>> 0;
        return new ScalarPtr(next, this.kind);
    }
    /** `*p`, read from `memory`. */
    deref(memory) {
        const { view, at } = this.place(memory, 0);
        return READ[this.kind](view, at);
    }
    /** `p[i]`, read from `memory`. */
    at(memory, i) {
        const { view, at } = this.place(memory, i);
        return READ[this.kind](view, at);
    }
    /** `p[i] = value` in `memory` (`*p = value` with i = 0). */
    store(memory, value, i = 0) {
        const { view, at } = this.place(memory, i);
        WRITE[this.kind](view, at, value);
    }
    /**
     * The NUL-terminated UTF-8 string it points to (a `char *`), reading at most `max` bytes; a string with no NUL
     * within them, or running off the memory, is a RangeError rather than a truncated answer.
     */
    string(memory, max = 1 << 20) {
        if (SIZE[this.kind] !== 1)
            throw new TypeError(`a ${this.kind} * is not a C string`);
        const { view, at } = this.place(memory, 0);
        const limit = Math.min(view.byteLength, at + max);
        let end = at;
        while (end < limit && view.getUint8(end) !== 0)
            end++;
        if (end === limit)
            throw new RangeError(`no NUL within ${limit - at} bytes of 0x${this.address.toString(16)}`);
        return decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at, end - at));
    }
    equals(other) {
        return BigInt(ScalarPtr.addressOf(other)) === BigInt(this.address);
    }
    valueOf() {
        return this.address;
    }
    toJSON() {
        return typeof this.address === 'bigint' ? this.address.toString() : this.address;
    }
    inspectWith(_depth, _options, _inspect) {
        return `(${this.kind} *) 0x${this.address.toString(16)}`;
    }
    place(memory, i) {
        if (this.isNull)
            throw new RangeError(`cannot dereference a null ${this.kind} pointer`);
        const at = Number(this.address) + i * SIZE[this.kind];
        if (!Number.isSafeInteger(at))
            throw new RangeError(`address ${this.address} is beyond what a JavaScript buffer can hold`);
        const view = viewOf(viewInto(memory));
        checkSpan(view, at, SIZE[this.kind], `${this.kind} at 0x${at.toString(16)}`);
        return { view, at };
    }
}
