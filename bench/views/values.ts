// Values the loops store in 64-bit fields: preallocated, so neither side pays for creating a BigInt per
// write (reads still create one: that is the contract's price for 64-bit fields, paid on both sides).

export const BIG_MASK = 15;
export const BIG: readonly bigint[] = Array.from({ length: BIG_MASK + 1 }, (_, k) => (1n << 40n) + BigInt(k * 4097));

/** Names the string case cycles through (1 to 7 bytes of UTF-8, so each fits char[8] with its NUL). */
export const NAMES: readonly string[] = ['vgem', 'i915', 'amdgpu', 'virtio', 'v3d', 'nouveau', 'é', 'msm'];
