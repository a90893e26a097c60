// The only module generated code may import besides sibling packages: keep it small and stable, since every
// generated view depends on its shape.
export { RecordView, viewOf } from "./record.js";
export { getBits, setBits, getBitsBig, setBitsBig } from "./bits.js";
export { ScalarArray, RecordArray, CharArray, bytesAt, setCString } from "./arrays.js";
export { checkSpan, outOfBounds, INSPECT } from "./inspect.js";
export { getInt128, setInt128 } from "./wide.js";
export { bindWasm, bindKoffi } from "./functions.js";
export { Ptr } from "./pointer.js";
export { FnPtr } from "./fn-pointer.js";
export { ScalarPtr } from "./scalar-pointer.js";
