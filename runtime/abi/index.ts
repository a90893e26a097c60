// The only module generated code may import besides sibling packages: keep it small and stable, since every
// generated view depends on its shape.

export { RecordView, viewOf, type BufferLike, type RecordClass } from './record.ts';
export { getBits, setBits, getBitsBig, setBitsBig } from './bits.ts';
export { ScalarArray, RecordArray, CharArray, bytesAt, setCString, type ScalarKind } from './arrays.ts';
export { checkSpan, outOfBounds, INSPECT } from './inspect.ts';
export { getInt128, setInt128 } from './wide.ts';
export { bindWasm, bindKoffi, type CKind, type FunctionSpec, type FunctionTable, type KoffiLike, type KoffiLibrary, type WasmInstanceLike } from './functions.ts';
export { Ptr, type Memory } from './pointer.ts';
export { FnPtr, type AnyFunction } from './fn-pointer.ts';
export { ScalarPtr } from './scalar-pointer.ts';
