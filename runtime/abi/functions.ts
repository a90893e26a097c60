// Calling C functions with generated signatures. A generated module lists each function's C signature as data
// (`functions`, one table per target); the two adapters here turn that table into an object of typed methods:
// bindWasm over a WebAssembly.Instance, bindKoffi over a shared library loaded with koffi. The generator only
// puts a function in the table when the adapter of that target can call it, so a mismatch here is a usage error
// (an export missing, a view over the wrong memory), thrown as a TypeError naming the function.

import type { RecordClass } from './record.ts';
import type { RecordView } from './record.ts';

/** How one argument or return value crosses the boundary. */
export type CKind =
  | 'void'
  | 'bool'
  | 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64'
  | 'f32' | 'f64'
  /** wasm32 only: an address in the instance's memory, as a number. */
  | 'pointer'
  /** koffi only: `const char *`, a JavaScript string (UTF-8, NUL-terminated by koffi). */
  | 'cstring'
  /** A pointer to a record: its view in, a view (or null) out. */
  | { readonly record: RecordClass<RecordView> };

export interface FunctionSpec {
  readonly ret: CKind;
  readonly params: readonly CKind[];
}

export type FunctionTable = { readonly [name: string]: FunctionSpec };

type AnyFn = (...args: never[]) => unknown;

function isRecord(k: CKind): k is { readonly record: RecordClass<RecordView> } {
  return typeof k === 'object';
}

/** Integers narrower than 32 bits come back from either side as a JS number; keep them in their C range. */
function narrow(kind: CKind, v: number): number {
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

// ---- WebAssembly ----

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
export function bindWasm<F>(instance: WasmInstanceLike, table: FunctionTable): F {
  const exports = instance.exports as Record<string, unknown>;
  const memory = exports.memory instanceof WebAssembly.Memory ? exports.memory : undefined;
  const out: Record<string, AnyFn> = {};
  for (const [name, spec] of Object.entries(table)) {
    const fn = exports[name];
    if (typeof fn !== 'function') throw new TypeError(`bindWasm: the instance does not export function "${name}"`);
    const needsMemory = isRecord(spec.ret) || spec.params.some(isRecord);
    if (needsMemory && !memory) throw new TypeError(`bindWasm: "${name}" passes records by pointer but the instance exports no "memory"`);
    const call = fn as (...a: unknown[]) => unknown;
    const toWasm = spec.params.map((k, i) => wasmArg(name, i, k, () => memory!));
    const fromWasm = wasmResult(spec.ret, () => memory!);
    out[name] = (...args: unknown[]) => {
      if (args.length !== toWasm.length) throw new TypeError(`${name}: expected ${toWasm.length} arguments, got ${args.length}`);
      return fromWasm(call(...args.map((a, i) => toWasm[i](a))));
    };
  }
  return out as F;
}

function wasmArg(fn: string, index: number, kind: CKind, memory: () => WebAssembly.Memory): (v: unknown) => unknown {
  if (isRecord(kind)) {
    return (v) => {
      if (v === null) return 0;
      const view = v as RecordView;
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
      return (v) => BigInt.asIntN(64, BigInt(v as bigint));
    case 'u64':
      // the export's i64 is signed; the bits are what matter
      return (v) => BigInt.asIntN(64, BigInt(v as bigint));
    default:
      return (v) => v;
  }
}

function wasmResult(kind: CKind, memory: () => WebAssembly.Memory): (v: unknown) => unknown {
  if (isRecord(kind)) {
    const cls = kind.record;
    return (v) => ((v as number) === 0 ? null : new cls(memory().buffer, (v as number) >>> 0));
  }
  switch (kind) {
    case 'void':
      return () => undefined;
    case 'bool':
      return (v) => (v as number) !== 0;
    case 'u64':
      return (v) => BigInt.asUintN(64, v as bigint);
    case 'i64':
    case 'f32':
    case 'f64':
      return (v) => v;
    case 'pointer':
      return (v) => (v as number) >>> 0;
    default:
      return (v) => narrow(kind, v as number);
  }
}

// ---- koffi ----

/** The parts of koffi (https://koffi.dev) the adapter uses; pass the module itself: `bindKoffi(koffi, lib, functions)`. */
export interface KoffiLike {
  view(pointer: unknown, length: number): ArrayBuffer;
  address(pointer: unknown): bigint;
}

/** What `koffi.load(path)` returns. */
export interface KoffiLibrary {
  func(name: string, result: string, params: string[]): (...args: unknown[]) => unknown;
}

const KOFFI_TYPES: Record<string, string> = {
  void: 'void', bool: 'bool', i8: 'int8_t', u8: 'uint8_t', i16: 'int16_t', u16: 'uint16_t', i32: 'int32_t',
  u32: 'uint32_t', i64: 'int64_t', u64: 'uint64_t', f32: 'float', f64: 'double', cstring: 'const char *',
};

function koffiType(kind: CKind): string {
  if (isRecord(kind)) return 'void *';
  const t = KOFFI_TYPES[kind];
  if (!t) throw new TypeError(`bindKoffi: "${kind}" cannot cross into native code`);
  return t;
}

/**
 * The functions of `table` as methods calling the shared library `lib` (`koffi.load('./libx.so')`). A record
 * argument is passed as a pointer to the view's own bytes (no copy: what C writes there the view reads), a
 * returned pointer becomes a view over the native memory (null for NULL). i64/u64 are bigint.
 */
export function bindKoffi<F>(koffi: KoffiLike, lib: KoffiLibrary, table: FunctionTable): F {
  const out: Record<string, AnyFn> = {};
  for (const [name, spec] of Object.entries(table)) {
    const native = lib.func(name, koffiType(spec.ret), spec.params.map(koffiType));
    const toC = spec.params.map((k, i) => koffiArg(name, i, k));
    const fromC = koffiResult(koffi, spec.ret);
    out[name] = (...args: unknown[]) => {
      if (args.length !== toC.length) throw new TypeError(`${name}: expected ${toC.length} arguments, got ${args.length}`);
      return fromC(native(...args.map((a, i) => toC[i](a))));
    };
  }
  return out as F;
}

function koffiArg(fn: string, index: number, kind: CKind): (v: unknown) => unknown {
  if (isRecord(kind)) {
    const size = kind.record.SIZE;
    return (v) => {
      if (v === null) return null;
      const view = v as RecordView;
      if (!(view?.view instanceof DataView)) throw new TypeError(`${fn}: argument ${index + 1} must be a record view (or null)`);
      return new Uint8Array(view.view.buffer, view.view.byteOffset + view.byteOffset, size);
    };
  }
  if (kind === 'i64' || kind === 'u64') return (v) => BigInt(v as bigint);
  return (v) => v;
}

function koffiResult(koffi: KoffiLike, kind: CKind): (v: unknown) => unknown {
  if (isRecord(kind)) {
    const cls = kind.record;
    return (v) => (v === null || koffi.address(v) === 0n ? null : new cls(koffi.view(v, cls.SIZE), 0));
  }
  switch (kind) {
    case 'void':
      return () => undefined;
    case 'i64':
    case 'u64':
      return (v) => BigInt(v as number | bigint);
    case 'bool':
      return (v) => Boolean(v);
    case 'f32':
    case 'f64':
    case 'cstring':
      return (v) => v;
    default:
      return (v) => narrow(kind, v as number);
  }
}
