// Bitfield access for little-endian targets: bit 0 of a field is bit `bit` of the byte at `byteOffset`, and the
// field runs towards higher addresses, as GCC lays bitfields out on every supported target.
/** Up to 32 bits; plain arithmetic instead of shifts so fields spanning five bytes stay exact. */
export function getBits(view, byteOffset, bit, width, signed) {
    const bytes = Math.ceil((bit + width) / 8);
    let raw = 0;
    for (let i = bytes - 1; i >= 0; i--)
        raw = raw * 256 + view.getUint8(byteOffset + i);
    const value = Math.floor(raw / 2 ** bit) % 2 ** width;
    return signed && value >= 2 ** (width - 1) ? value - 2 ** width : value;
}
export function setBits(view, byteOffset, bit, width, value) {
    const bytes = Math.ceil((bit + width) / 8);
    let raw = 0;
    for (let i = bytes - 1; i >= 0; i--)
        raw = raw * 256 + view.getUint8(byteOffset + i);
    const span = 2 ** width;
    const field = ((Math.trunc(value) % span) + span) % span;
    const low = raw % 2 ** bit;
    const high = Math.floor(raw / 2 ** (bit + width));
    let out = (high * span + field) * 2 ** bit + low;
    for (let i = 0; i < bytes; i++) {
        view.setUint8(byteOffset + i, out % 256);
        out = Math.floor(out / 256);
    }
}
/** Bitfields wider than 32 bits (of a 64-bit declared type). */
export function getBitsBig(view, byteOffset, bit, width, signed) {
    const bytes = Math.ceil((bit + width) / 8);
    let raw = 0n;
    for (let i = bytes - 1; i >= 0; i--)
        raw = (raw << 8n) | BigInt(view.getUint8(byteOffset + i));
    const value = (raw >> BigInt(bit)) & ((1n << BigInt(width)) - 1n);
    return signed ? BigInt.asIntN(width, value) : value;
}
export function setBitsBig(view, byteOffset, bit, width, value) {
    const bytes = Math.ceil((bit + width) / 8);
    let raw = 0n;
    for (let i = bytes - 1; i >= 0; i--)
        raw = (raw << 8n) | BigInt(view.getUint8(byteOffset + i));
    const mask = ((1n << BigInt(width)) - 1n) << BigInt(bit);
    raw = (raw & ~mask) | ((BigInt.asUintN(width, value) << BigInt(bit)) & mask);
    for (let i = 0; i < bytes; i++) {
        view.setUint8(byteOffset + i, Number(raw & 0xffn));
        raw >>= 8n;
    }
}
