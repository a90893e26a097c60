/** Up to 32 bits; plain arithmetic instead of shifts so fields spanning five bytes stay exact. */
export declare function getBits(view: DataView, byteOffset: number, bit: number, width: number, signed: boolean): number;
export declare function setBits(view: DataView, byteOffset: number, bit: number, width: number, value: number): void;
/** Bitfields wider than 32 bits (of a 64-bit declared type). */
export declare function getBitsBig(view: DataView, byteOffset: number, bit: number, width: number, signed: boolean): bigint;
export declare function setBitsBig(view: DataView, byteOffset: number, bit: number, width: number, value: bigint): void;
