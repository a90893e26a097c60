// Type-checks a program calling C through the generated Functions, against the installed packages' .d.ts, with
// lib ES2022 only (no DOM): the packages' types must not need it.
import { bindWasm } from '@tsbindgen/abi';
import { functions, point, type Functions } from '@shapes/shapes/wasm32';

export function translated(instance: { readonly exports: object }, memory: { readonly buffer: ArrayBuffer }, at: number): [number, number] {
  const lib = bindWasm<Functions>(instance, functions);
  const p = new point(memory.buffer, at);
  lib.shapes_translate(p, 1, 2);
  const o: point | null = lib.shapes_origin(false);
  const big: bigint = lib.shapes_mul_i64(2n, 3n);
  return [p.x + (o?.x ?? 0), Number(big)];
}
