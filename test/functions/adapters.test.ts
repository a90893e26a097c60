// Function prototypes end to end: test/functions/c/shapes.h generated with "functions": true, shapes.c built
// for real (gcc -shared for koffi, clang-14 --target=wasm32 for WebAssembly), and every bound function called
// through the generated Functions with the generated views. Expected values are what C's arithmetic gives for
// the arguments (worked out by hand in the comments), not what the adapters return.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/api/generate.ts';
import { bindKoffi, bindWasm, type FunctionTable, type KoffiLibrary, type KoffiLike } from '../../runtime/abi/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const C = join(ROOT, 'test/functions/c');

function have(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The generated package lives under the repository so that its `@tsbindgen/abi` import resolves to runtime/abi.
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.tmp', 'functions-'));
const out = join(work, 'out');
let notes: string[] = [];
type Mod = { functions: FunctionTable; [k: string]: unknown };
const mods: Record<string, Mod> = {};

beforeAll(async () => {
  const configText = JSON.stringify({
    headersRoot: relative(ROOT, C),
    targets: ['x86_64', 'aarch64', 'wasm32'],
    functions: true,
    subsystems: [{ name: 'shapes', headers: ['shapes.h'] }],
  });
  const r = generate({ cwd: ROOT, configText, config: 'functions.config.json', out: relative(ROOT, out), write: true });
  expect(r.diagnostics.filter((d) => d.severity !== 'note')).toEqual([]);
  expect(r.ok).toBe(true);
  notes = r.diagnostics.filter((d) => d.code === 'function-not-bound').map((d) => `${d.loc?.line}: ${d.message}`);
  for (const t of ['x86_64', 'aarch64', 'wasm32']) mods[t] = (await import(join(out, 'shapes', `${t}.ts`))) as Mod;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generate with "functions": true', () => {
  it('leaves out, with a located note, exactly what each adapter cannot call', () => {
    expect(notes).toEqual([
      '46: shapes_apply() is not bound for bindKoffi on x86_64: parameter 1 (fn) is a function pointer',
      '47: shapes_sum() is not bound for bindKoffi on x86_64: it is variadic',
      '48: shapes_sum_point() is not bound for bindKoffi on x86_64: parameter 1 (p) is a struct passed by value (pass a pointer)',
      '46: shapes_apply() is not bound for bindKoffi on aarch64: parameter 1 (fn) is a function pointer',
      '47: shapes_sum() is not bound for bindKoffi on aarch64: it is variadic',
      '48: shapes_sum_point() is not bound for bindKoffi on aarch64: parameter 1 (p) is a struct passed by value (pass a pointer)',
      '47: shapes_sum() is not bound for bindWasm on wasm32: it is variadic',
      '48: shapes_sum_point() is not bound for bindWasm on wasm32: parameter 1 (p) is a struct passed by value (pass a pointer)',
    ]);
    expect(Object.keys(mods.aarch64.functions)).toEqual(Object.keys(mods.x86_64.functions));
    // wasm32 passes any other pointer as an address in the instance's memory (the callback included)
    expect(Object.keys(mods.wasm32.functions)).toContain('shapes_apply');
    expect(mods.wasm32.functions.shapes_kind_name).toEqual({ ret: 'pointer', params: ['u32'] });
  });
});

const haveKoffiTarget = process.arch === 'x64' && have('gcc', ['--version']);
describe.skipIf(!haveKoffiTarget)('bindKoffi: a gcc -shared library on x86_64', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let f: any;
  let m: Mod;
  beforeAll(() => {
    const so = join(work, 'libshapes.so');
    execFileSync('gcc', ['-O2', '-Wall', '-shared', '-fPIC', '-o', so, join(C, 'shapes.c')]);
    const koffi = createRequire(import.meta.url)('koffi') as KoffiLike & { load(p: string): KoffiLibrary };
    m = mods.x86_64;
    f = bindKoffi(koffi, koffi.load(so), m.functions);
  });

  it('scalars keep their C range and type', () => {
    expect(f.shapes_add(2, 3)).toBe(5);
    expect(f.shapes_add(0x7fffffff, 1)).toBe(-0x80000000); // int32 wraps (gcc -O2 on x86_64: two's complement add)
    expect(f.shapes_wrap_u8(255)).toBe(0);
    expect(f.shapes_neg_i16(-32768)).toBe(-32768);
    expect(f.shapes_max_u32()).toBe(4294967295);
    expect(f.shapes_mul_i64(1n << 40n, 3n)).toBe(3298534883328n);
    expect(f.shapes_not_u64(0n)).toBe(18446744073709551615n);
    expect(f.shapes_scale(1.5, 2)).toBe(3);
    expect(f.shapes_half(3)).toBe(1.5);
    expect(f.shapes_is_even(4)).toBe(true);
    expect(f.shapes_is_even(7)).toBe(false);
    expect(f.shapes_next_kind(1)).toBe(2);
  });

  it('records go by pointer into the view\'s own bytes, at any offset of its buffer', () => {
    const Point = m.point as new (b: ArrayBuffer, o?: number) => { x: number; y: number };
    const Rect = m.rect as new (b: ArrayBuffer, o?: number) => { kind: number; origin: { x: number; y: number }; w: number; h: number; weight: number };
    const buf = new ArrayBuffer(64);
    const p = new Point(buf, 4);
    p.x = 10;
    p.y = -20;
    f.shapes_translate(p, 5, 7);
    expect([p.x, p.y]).toEqual([15, -13]);
    const r = new Rect(buf, 16);
    f.shapes_fill_rect(r, p, 6, 9);
    expect([r.kind, r.origin.x, r.origin.y, r.w, r.h, r.weight]).toEqual([2, 15, -13, 6, 9, 3]);
    expect(f.shapes_area(r)).toBe(56n); // 6*9 + kind 2
  });

  it('a returned pointer is a view over the library\'s memory, NULL is null; strings cross both ways', () => {
    const o = f.shapes_origin(false);
    expect([o.x, o.y]).toEqual([-3, 4]);
    o.x = 99;
    expect(f.shapes_origin(false).x).toBe(99);
    expect(f.shapes_origin(true)).toBeNull();
    expect(f.shapes_name_length('héllo')).toBe(6); // UTF-8 bytes
    expect(f.shapes_name_length(null)).toBe(-1);
    expect(f.shapes_kind_name(2)).toBe('rect');
    expect(f.shapes_kind_name(7)).toBeNull();
  });
});

const haveWasm = have('clang-14', ['--version']) && have('wasm-ld-14', ['--version']);
describe.skipIf(!haveWasm)('bindWasm: the library compiled by clang-14 --target=wasm32', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let f: any;
  let m: Mod;
  let memory: WebAssembly.Memory;
  let heap: number;
  beforeAll(async () => {
    const wasm = join(work, 'shapes.wasm');
    execFileSync('clang-14', ['--target=wasm32', '-O2', '-nostdlib', '-ffreestanding', '-Wl,--no-entry', '-Wl,--export-all', '-o', wasm, join(C, 'shapes.c')]);
    const { instance } = await WebAssembly.instantiate(readFileSync(wasm));
    m = mods.wasm32;
    f = bindWasm(instance, m.functions);
    memory = instance.exports.memory as WebAssembly.Memory;
    heap = (instance.exports.__heap_base as WebAssembly.Global).value as number;
  });

  it('scalars keep their C range and type', () => {
    expect(f.shapes_add(0x7fffffff, 1)).toBe(-0x80000000);
    expect(f.shapes_wrap_u8(255)).toBe(0);
    expect(f.shapes_neg_i16(-32768)).toBe(-32768);
    expect(f.shapes_max_u32()).toBe(4294967295);
    expect(f.shapes_mul_i64(1n << 40n, 3n)).toBe(3298534883328n);
    expect(f.shapes_not_u64(0n)).toBe(18446744073709551615n);
    expect(f.shapes_scale(1.5, 2)).toBe(3);
    expect(f.shapes_half(3)).toBe(1.5);
    expect(f.shapes_is_even(4)).toBe(true);
    expect(f.shapes_next_kind(2)).toBe(7);
  });

  it('records go by pointer into the instance\'s memory; a view elsewhere is refused', () => {
    const Point = m.point as new (b: ArrayBuffer, o?: number) => { x: number; y: number };
    const Rect = m.rect as new (b: ArrayBuffer, o?: number) => { kind: number; origin: { x: number; y: number }; w: number; h: number; weight: number };
    const p = new Point(memory.buffer, heap);
    p.x = 1;
    p.y = 2;
    f.shapes_translate(p, 10, 20);
    expect([p.x, p.y]).toEqual([11, 22]);
    const r = new Rect(memory.buffer, heap + 16);
    f.shapes_fill_rect(r, p, 3, 4);
    expect([r.kind, r.origin.x, r.origin.y, r.w, r.h, r.weight]).toEqual([2, 11, 22, 3, 4, 1.5]);
    expect(f.shapes_area(r)).toBe(14n); // 3*4 + kind 2
    expect(() => f.shapes_translate(new Point(new ArrayBuffer(8)), 1, 1)).toThrow(/argument 1 must be a view over the instance's memory/);
  });

  it('a returned pointer is a view over the memory, NULL is null, other pointers are addresses', () => {
    const o = f.shapes_origin(false);
    expect([o.x, o.y]).toEqual([-3, 4]);
    expect(f.shapes_origin(true)).toBeNull();
    const at = f.shapes_kind_name(1) as number;
    const bytes = new Uint8Array(memory.buffer, at, 6);
    expect(new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0)))).toBe('point');
    expect(f.shapes_kind_name(7)).toBe(0);
  });
});
