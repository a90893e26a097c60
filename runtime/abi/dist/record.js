// Base of every generated record view: a window onto caller-owned memory, never a copy.
import { checkSpan, fieldsOf, Inspectable, jsonValue, shownValue } from "./inspect.js";
/** A DataView covering the same memory as `buffer`, so offsets stay relative to what the caller handed in. */
export function viewOf(buffer) {
    if (buffer instanceof DataView)
        return buffer;
    if (buffer instanceof Uint8Array)
        return new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return new DataView(buffer);
}
/**
 * The base of every generated view. A generated class extends it but sets `view` and `byteOffset` (and checks
 * them) in its own constructor after an empty `super()`: measured on Node 20 (bench/views), one shared base
 * constructor storing into every subclass's instances makes those stores polymorphic across all record classes,
 * and TurboFan does not inline a base constructor that has class fields (the two are `declare`d, so none is
 * emitted). `extends`, unlike linking prototypes in a static block, also lets bundlers drop unused classes.
 */
export class RecordView extends Inspectable {
    /**
     * Generated views call it with no arguments and do the rest themselves; a hand-written subclass passes its
     * memory here and gets the same bounds check.
     */
    constructor(buffer, byteOffset = 0) {
        super();
        if (buffer === undefined)
            return;
        this.view = viewOf(buffer);
        this.byteOffset = byteOffset;
        // A subclass's recordSize is a getter on its prototype, already there while this constructor runs.
        checkSpan(this.view, byteOffset, this.recordSize, this.constructor.name);
    }
    /** The record's bytes over the same memory (a flexible array's elements lie beyond them). */
    bytes() {
        return new Uint8Array(this.view.buffer, this.view.byteOffset + this.byteOffset, this.recordSize);
    }
    /** Every field by name, nested records and arrays included; 64-bit integers and pointers as decimal strings. */
    toJSON() {
        const out = {};
        const self = this;
        for (const name of fieldsOf(Object.getPrototypeOf(this)))
            out[name] = jsonValue(self[name]);
        return out;
    }
    /** Field-by-field equality with another view of the same record type (padding bytes do not count). */
    equals(other) {
        if (other === this)
            return true;
        if (Object.getPrototypeOf(other) !== Object.getPrototypeOf(this))
            return false;
        return JSON.stringify(this.toJSON()) === JSON.stringify(other.toJSON());
    }
    /** Copies another view's bytes (same record type) into this one's memory; returns this. */
    copyFrom(other) {
        if (Object.getPrototypeOf(other) !== Object.getPrototypeOf(this))
            throw new TypeError(`copyFrom: a ${other.constructor.name} is not a ${this.constructor.name}`);
        this.bytes().set(other.bytes());
        return this;
    }
    /** A view of the same type over a fresh copy of this record's bytes. */
    clone() {
        const ctor = this.constructor;
        return new ctor(this.bytes().slice().buffer);
    }
    /** Node's util.inspect and console.log show the fields, not the DataView's whole buffer. */
    inspectWith(depth, options, inspect) {
        const name = this.constructor.name;
        if (depth < 0)
            return `[${name}]`;
        const self = this;
        const fields = {};
        for (const f of fieldsOf(Object.getPrototypeOf(this)))
            fields[f] = shownValue(self[f]);
        // The fields object stands for this record's own level, so it gets the depth this record was given.
        const opts = { ...options, depth: options.depth === null ? null : depth };
        return `${name} @${this.byteOffset} ${inspect(fields, opts)}`;
    }
}
