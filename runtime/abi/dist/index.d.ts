export { RecordView, viewOf, type BufferLike, type RecordClass } from './record.js';
export { getBits, setBits, getBitsBig, setBitsBig } from './bits.js';
export { ScalarArray, RecordArray, typedArrayAt, type ScalarKind } from './arrays.js';
export { getInt128, setInt128 } from './wide.js';
