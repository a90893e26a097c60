export declare function getInt128(view: DataView, byteOffset: number, signed: boolean): bigint;
export declare function setInt128(view: DataView, byteOffset: number, value: bigint): void;
