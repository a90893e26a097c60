// Numbers as TypeScript literals: exact, with bigint only where a double would round.

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function intLiteral(v: bigint): string {
  return v > MAX_SAFE || v < -MAX_SAFE ? `${v}n` : String(v);
}
