// Plain Node ESM, installed packages only: the generated package's Functions over C compiled for wasm32.
import { readFileSync } from 'node:fs';
import { bindWasm } from '@tsbindgen/abi';
import { functions, point } from '@shapes/shapes/wasm32';

const { instance } = await WebAssembly.instantiate(readFileSync('shapes.wasm'));
const lib = bindWasm(instance, functions);
const memory = instance.exports.memory;
const p = new point(memory.buffer, instance.exports.__heap_base.value);
p.x = 40;
p.y = 1;
lib.shapes_translate(p, 2, 3);
const o = lib.shapes_origin(false);
const got = [p.x, p.y, o.x, o.y, lib.shapes_add(2, 3), String(lib.shapes_not_u64(0n))].join(' ');
// 40+2, 1+3, the library's static origin (-3, 4), 2+3, ~0 as uint64
if (got !== '42 4 -3 4 5 18446744073709551615') throw new Error(`functions through bindWasm: ${got}`);
console.log('functions (wasm32, installed packages): ok', got);
