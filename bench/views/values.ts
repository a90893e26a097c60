// Values the loops store in 64-bit fields: preallocated, so neither side pays for creating a BigInt per
// write (reads still create one: that is the contract's price for 64-bit fields, paid on both sides).

export const BIG_MASK = 15;
export const BIG: readonly bigint[] = Array.from({ length: BIG_MASK + 1 }, (_, k) => (1n << 40n) + BigInt(k * 4097));
