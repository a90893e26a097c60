import type { RecordClass } from './record.js';
import type { RecordView } from './record.js';
/** How one argument or return value crosses the boundary. */
export type CKind = 'void' | 'bool' | 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'f32' | 'f64'
/** wasm32 only: an address in the instance's memory, as a number. */
 | 'pointer'
/** koffi only: `const char *`, a JavaScript string (UTF-8, NUL-terminated by koffi). */
 | 'cstring'
/** A pointer to a record: its view in, a view (or null) out. */
 | {
    readonly record: RecordClass<RecordView>;
};
export interface FunctionSpec {
    readonly ret: CKind;
    readonly params: readonly CKind[];
}
export type FunctionTable = {
    readonly [name: string]: FunctionSpec;
};
/**
 * A WebAssembly.Instance, said structurally so this package's types need no DOM lib: a Node program compiled
 * with `lib: ["ES2022"]` and @types/node can use them.
 */
export interface WasmInstanceLike {
    readonly exports: object;
}
/**
 * The functions of `table` as methods calling the instance's exports (C compiled for wasm32, e.g. with
 * `clang --target=wasm32 -nostdlib -Wl,--no-entry -Wl,--export-all`). Records travel by pointer: an argument must
 * be a view over the instance's own memory (`new point(memory.buffer, address)`), a returned pointer becomes a
 * view over it (null for NULL). i64/u64 are bigint, as WebAssembly's JS API gives them.
 */
export declare function bindWasm<F>(instance: WasmInstanceLike, table: FunctionTable): F;
/** The parts of koffi (https://koffi.dev) the adapter uses; pass the module itself: `bindKoffi(koffi, lib, functions)`. */
export interface KoffiLike {
    view(pointer: unknown, length: number): ArrayBuffer;
    address(pointer: unknown): bigint;
}
/** What `koffi.load(path)` returns. */
export interface KoffiLibrary {
    func(name: string, result: string, params: string[]): (...args: unknown[]) => unknown;
}
/**
 * The functions of `table` as methods calling the shared library `lib` (`koffi.load('./libx.so')`). A record
 * argument is passed as a pointer to the view's own bytes (no copy: what C writes there the view reads), a
 * returned pointer becomes a view over the native memory (null for NULL). i64/u64 are bigint.
 */
export declare function bindKoffi<F>(koffi: KoffiLike, lib: KoffiLibrary, table: FunctionTable): F;
