// Calling C functions with generated signatures. A generated module lists each function's C signature as data
// (`functions`, one table per target); the two adapters here turn that table into an object of typed methods:
// bindWasm over a WebAssembly.Instance, bindKoffi over a shared library loaded with koffi. The generator only
// puts a function in the table when the adapter of that target can call it, so a mismatch here is a usage error
// (an export missing, a view over the wrong memory), thrown as a TypeError naming the function.
function isRecord(k) {
    return typeof k === 'object';
}
/** Integers narrower than 32 bits come back from either side as a JS number; keep them in their C range. */
function narrow(kind, v) {
    switch (kind) {
        case 'i8':
            return (v << 24) >> 24;
        case 'u8':
            return v & 0xff;
        case 'i16':
            return (v << 16) >> 16;
        case 'u16':
            return v & 0xffff;
        case 'i32':
            return v | 0;
        case 'u32':
            return v >>> 0;
        default:
            return v;
    }
}
/**
 * The functions of `table` as methods calling the instance's exports (C compiled for wasm32, e.g. with
 * `clang --target=wasm32 -nostdlib -Wl,--no-entry -Wl,--export-all`). Records travel by pointer: an argument must
 * be a view over the instance's own memory (`new point(memory.buffer, address)`), a returned pointer becomes a
 * view over it (null for NULL). i64/u64 are bigint, as WebAssembly's JS API gives them.
 */
export function bindWasm(instance, table) {
    const exports = instance.exports;
    const memory = exports.memory instanceof WebAssembly.Memory ? exports.memory : undefined;
    const out = {};
    for (const [name, spec] of Object.entries(table)) {
        const fn = exports[name];
        if (typeof fn !== 'function')
            throw new TypeError(`bindWasm: the instance does not export function "${name}"`);
        const needsMemory = isRecord(spec.ret) || spec.params.some(isRecord);
        if (needsMemory && !memory)
            throw new TypeError(`bindWasm: "${name}" passes records by pointer but the instance exports no "memory"`);
        const call = fn;
        const toWasm = spec.params.map((k, i) => wasmArg(name, i, k, () => memory));
        const fromWasm = wasmResult(spec.ret, () => memory);
        out[name] = (...args) => {
            if (args.length !== toWasm.length)
                throw new TypeError(`${name}: expected ${toWasm.length} arguments, got ${args.length}`);
            return fromWasm(call(...args.map((a, i) => toWasm[i](a))));
        };
    }
    return out;
}
function wasmArg(fn, index, kind, memory) {
    if (isRecord(kind)) {
        return (v) => {
            if (v === null)
                return 0;
            const view = v;
            if (!(view?.view instanceof DataView) || view.view.buffer !== memory().buffer) {
                throw new TypeError(`${fn}: argument ${index + 1} must be a view over the instance's memory (or null)`);
            }
            return view.view.byteOffset + view.byteOffset;
        };
    }
    switch (kind) {
        case 'bool':
            return (v) => (v ? 1 : 0);
        case 'i64':
            return (v) => BigInt.asIntN(64, BigInt(v));
        case 'u64':
            // the export's i64 is signed; the bits are what matter
            return (v) => BigInt.asIntN(64, BigInt(v));
        default:
            return (v) => v;
    }
}
function wasmResult(kind, memory) {
    if (isRecord(kind)) {
        const cls = kind.record;
        return (v) => (v === 0 ? null : new cls(memory().buffer, v >>> 0));
    }
    switch (kind) {
        case 'void':
            return () => undefined;
        case 'bool':
            return (v) => v !== 0;
        case 'u64':
            return (v) => BigInt.asUintN(64, v);
        case 'i64':
        case 'f32':
        case 'f64':
            return (v) => v;
        case 'pointer':
            return (v) => v >>> 0;
        default:
            return (v) => narrow(kind, v);
    }
}
const KOFFI_TYPES = {
    void: 'void', bool: 'bool', i8: 'int8_t', u8: 'uint8_t', i16: 'int16_t', u16: 'uint16_t', i32: 'int32_t',
    u32: 'uint32_t', i64: 'int64_t', u64: 'uint64_t', f32: 'float', f64: 'double', cstring: 'const char *',
};
function koffiType(kind) {
    if (isRecord(kind))
        return 'void *';
    const t = KOFFI_TYPES[kind];
    if (!t)
        throw new TypeError(`bindKoffi: "${kind}" cannot cross into native code`);
    return t;
}
/**
 * The functions of `table` as methods calling the shared library `lib` (`koffi.load('./libx.so')`). A record
 * argument is passed as a pointer to the view's own bytes (no copy: what C writes there the view reads), a
 * returned pointer becomes a view over the native memory (null for NULL). i64/u64 are bigint.
 */
export function bindKoffi(koffi, lib, table) {
    const out = {};
    for (const [name, spec] of Object.entries(table)) {
        const native = lib.func(name, koffiType(spec.ret), spec.params.map(koffiType));
        const toC = spec.params.map((k, i) => koffiArg(name, i, k));
        const fromC = koffiResult(koffi, spec.ret);
        out[name] = (...args) => {
            if (args.length !== toC.length)
                throw new TypeError(`${name}: expected ${toC.length} arguments, got ${args.length}`);
            return fromC(native(...args.map((a, i) => toC[i](a))));
        };
    }
    return out;
}
function koffiArg(fn, index, kind) {
    if (isRecord(kind)) {
        const size = kind.record.SIZE;
        return (v) => {
            if (v === null)
                return null;
            const view = v;
            if (!(view?.view instanceof DataView))
                throw new TypeError(`${fn}: argument ${index + 1} must be a record view (or null)`);
            return new Uint8Array(view.view.buffer, view.view.byteOffset + view.byteOffset, size);
        };
    }
    if (kind === 'i64' || kind === 'u64')
        return (v) => BigInt(v);
    return (v) => v;
}
function koffiResult(koffi, kind) {
    if (isRecord(kind)) {
        const cls = kind.record;
        return (v) => (v === null || koffi.address(v) === 0n ? null : new cls(koffi.view(v, cls.SIZE), 0));
    }
    switch (kind) {
        case 'void':
            return () => undefined;
        case 'i64':
        case 'u64':
            return (v) => BigInt(v);
        case 'bool':
            return (v) => Boolean(v);
        case 'f32':
        case 'f64':
        case 'cstring':
            return (v) => v;
        default:
            return (v) => narrow(kind, v);
    }
}
