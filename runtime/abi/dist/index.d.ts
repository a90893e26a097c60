export { RecordView, viewOf, type BufferLike, type RecordClass } from './record.js';
export { getBits, setBits, getBitsBig, setBitsBig } from './bits.js';
export { ScalarArray, RecordArray, CharArray, bytesAt, setCString, type ScalarKind } from './arrays.js';
export { checkSpan, outOfBounds, INSPECT } from './inspect.js';
export { getInt128, setInt128 } from './wide.js';
export { bindWasm, bindKoffi, type CKind, type FunctionSpec, type FunctionTable, type KoffiLike, type KoffiLibrary, type WasmInstanceLike } from './functions.js';
export { Ptr, type Memory } from './pointer.js';
export { FnPtr, type AnyFunction } from './fn-pointer.js';
export { ScalarPtr } from './scalar-pointer.js';
