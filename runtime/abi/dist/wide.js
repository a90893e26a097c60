// __int128 fields: two little-endian 64-bit halves.
export function getInt128(view, byteOffset, signed) {
    const lo = view.getBigUint64(byteOffset, true);
    const hi = view.getBigUint64(byteOffset + 8, true);
    const raw = (hi << 64n) | lo;
    return signed ? BigInt.asIntN(128, raw) : raw;
}
export function setInt128(view, byteOffset, value) {
    const raw = BigInt.asUintN(128, value);
    view.setBigUint64(byteOffset, raw & 0xffffffffffffffffn, true);
    view.setBigUint64(byteOffset + 8, raw >> 64n, true);
}
