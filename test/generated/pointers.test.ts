// Typed pointer fields: `struct x *` reads as Ptr<x> in the target's address width, a function pointer as FnPtr
// typed by its signature, `void *` and `const char *` as raw addresses. The layouts of struct link on both
// targets are checked against gcc by the golden case's layout checks; here, what a consumer does with them.

import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { FnPtr, Ptr, ScalarPtr } from '@tsbindgen/abi';
import { drm_gem_object } from '@tsbindgen/drm-gem';
import { link, named } from '../golden/consumer-views/expected/consumer-views/x86_64.ts';
import { drm_gem_object as drm_gem_object32, drm_gem_object_funcs as drm_gem_object_funcs32 } from '@tsbindgen/drm-gem/i386';

/** Three links at 0x100, 0x100 + SIZE, … of one memory, chained in order and each pointing at its own named. */
function chain(memory: ArrayBuffer): link[] {
  const names = 0x400;
  const links = [0, 1, 2].map((i) => new link(memory, 0x100 + i * link.SIZE));
  links.forEach((l, i) => {
    l.next = i < 2 ? BigInt(links[i + 1]!.byteOffset) : 0n;
    l.item = BigInt(names + i * named.SIZE);
    new named(memory, names + i * named.SIZE).name = `item${i}`;
  });
  return links;
}

describe('Ptr fields (x86_64: 64-bit addresses as bigint)', () => {
  test('a pointer field reads as a Ptr to its pointee class, and deref follows it into the memory named', () => {
    const memory = new ArrayBuffer(0x1000);
    const [first] = chain(memory);
    expect(first!.next).toBeInstanceOf(Ptr);
    expect(first!.next.pointee).toBe(link);
    expect(first!.next.address).toBe(0x100n + BigInt(link.SIZE));
    const names: string[] = [];
    for (let p: Ptr<link> = new Ptr(0x100n, link); !p.isNull; p = p.deref(memory).next) names.push(p.deref(memory).item.deref(memory).name.string);
    expect(names).toEqual(['item0', 'item1', 'item2']);
  });

  test('deref works over an ArrayBuffer, a DataView, a Uint8Array and a WebAssembly.Memory alike', () => {
    const wasm = new WebAssembly.Memory({ initial: 1 });
    for (const memory of [wasm.buffer]) chain(memory);
    const p = new Ptr(0x100n, link);
    for (const m of [wasm, wasm.buffer, new DataView(wasm.buffer), new Uint8Array(wasm.buffer)]) {
      expect(p.deref(m).item.deref(m).name.string).toBe('item0');
    }
  });

  test('arithmetic goes by element: add(n) moves n * SIZE bytes, at(i) is p[i]', () => {
    const memory = new ArrayBuffer(0x1000);
    chain(memory);
    const item = new Ptr(0x400n, named);
    expect(item.add(2).address).toBe(0x400n + 2n * BigInt(named.SIZE));
    expect(item.add(-1).address).toBe(0x400n - BigInt(named.SIZE));
    expect(item.at(memory, 1).name.string).toBe('item1');
    expect(() => item.add(0.5)).toThrow(RangeError);
    // C's unsigned wrap-around of a 64-bit address
    expect(new Ptr(0n, named).add(-1).address).toBe(2n ** 64n - BigInt(named.SIZE));
  });

  test('NULL and addresses outside the memory are errors, not views of something else', () => {
    const memory = new ArrayBuffer(0x1000);
    const [, , last] = chain(memory);
    expect(last!.next.isNull).toBe(true);
    expect(() => last!.next.deref(memory)).toThrow(/null pointer to link/);
    expect(() => new Ptr(0xff8n, link).deref(memory)).toThrow(RangeError);
    expect(() => new Ptr(2n ** 60n, link).deref(memory)).toThrow(/beyond/);
  });

  test('the setter takes a Ptr or a raw address and stores the address', () => {
    const memory = new ArrayBuffer(0x1000);
    const [a, b] = chain(memory);
    a!.next = b!.next;
    expect(new DataView(memory).getBigUint64(a!.byteOffset, true)).toBe(0x100n + 2n * BigInt(link.SIZE));
    a!.next = 0x40n;
    expect(a!.next.address).toBe(0x40n);
  });

  test('equals compares addresses; Number() and BigInt() give the address as before', () => {
    const p = new Ptr(0x400n, named);
    expect(p.equals(new Ptr(0x400n, named))).toBe(true);
    expect(p.equals(0x400n)).toBe(true);
    expect(p.equals(0x401n)).toBe(false);
    expect(Number(p)).toBe(0x400);
    expect(BigInt(p as unknown as bigint)).toBe(0x400n); // BigInt() runs valueOf; its TS type only admits primitives
  });

  test('in JSON a pointer is its decimal address; util.inspect shows type and hex address', () => {
    const memory = new ArrayBuffer(0x1000);
    const [first] = chain(memory);
    const json = JSON.parse(JSON.stringify(first)) as Record<string, unknown>;
    expect(json.next).toBe(String(0x100 + link.SIZE));
    expect(json.item).toBe(String(0x400));
    expect(inspect(first!.item)).toBe('(named *) 0x400');
  });

  test('void * stays a raw address', () => {
    const l = link.alloc();
    l.cookie = 0xdeadn;
    expect(l.cookie).toBe(0xdeadn);
  });

  test('const char * is a ScalarPtr of the target\'s char (i8 on x86_64) that reads C strings', () => {
    const memory = new ArrayBuffer(256);
    new TextEncoder().encodeInto('grüße\0tail', new Uint8Array(memory, 40));
    const l = new link(memory, 0);
    l.title = 40n;
    expect(l.title).toBeInstanceOf(ScalarPtr);
    expect(l.title.kind).toBe('i8');
    expect(l.title.string(memory)).toBe('grüße');
    expect(l.title.deref(memory)).toBe(0x67);
    expect(l.title.at(memory, 2)).toBe(-61); // 0xc3, the first byte of ü, as a signed char
    expect(l.title.add(3).string(memory)).toBe('\ufffdße'); // starts inside ü: the decoder's replacement character
    expect(() => l.title.string(memory, 3)).toThrow(/no NUL within 3 bytes/);
    l.title = 0n;
    expect(() => l.title.string(memory)).toThrow(/null/);
    expect(inspect(new ScalarPtr(0x28n, 'i8'))).toBe('(i8 *) 0x28');
  });

  test('a ScalarPtr reads and stores its element, little-endian and bounds-checked', () => {
    const memory = new ArrayBuffer(64);
    const p = new ScalarPtr(8n, 'u64');
    p.store(memory, 0x0102030405060708n);
    p.store(memory, 5n, 1);
    expect(new Uint8Array(memory, 8, 8)[0]).toBe(0x08);
    expect(p.deref(memory)).toBe(0x0102030405060708n);
    expect(p.add(1).deref(memory)).toBe(5n);
    expect(p.add(1).address).toBe(16n);
    expect(() => p.at(memory, 7)).toThrow(RangeError); // bytes 64..71 of a 64-byte memory
    expect(() => new ScalarPtr(8n, 'u64').string(memory)).toThrow(TypeError);
  });

  test('a pointer into another package’s record: drm_gem_object.dev is a Ptr to drm_device', () => {
    const o = drm_gem_object.alloc();
    o.dev = 0x1000n;
    expect(o.dev).toBeInstanceOf(Ptr);
    expect(o.dev.pointee.name).toBe('drm_device');
    expect(o.dev.pointee.SIZE).toBeGreaterThan(0);
  });
});

describe('Ptr fields (i386: 32-bit addresses as number)', () => {
  test('addresses are numbers, arithmetic wraps at 2^32, deref uses the 32-bit layout', () => {
    const memory = new ArrayBuffer(0x1000);
    const o = new drm_gem_object32(memory, 0x10);
    o.funcs = 0x200;
    const funcs = new drm_gem_object_funcs32(memory, 0x200 + drm_gem_object_funcs32.SIZE);
    funcs.free = 0x77;
    expect(o.funcs.address).toBe(0x200);
    expect(o.funcs.at(memory, 1).free.address).toBe(0x77);
    expect(o.dev.isNull).toBe(true);
    expect(new Ptr(0, drm_gem_object_funcs32).add(-1).address).toBe(2 ** 32 - drm_gem_object_funcs32.SIZE);
    expect(JSON.parse(JSON.stringify(o)).funcs).toBe(0x200);
  });
});

describe('FnPtr fields', () => {
  test('a function pointer is its address, typed by the C signature', () => {
    const l = link.alloc();
    expect(l.compare).toBeInstanceOf(FnPtr);
    expect(l.compare.isNull).toBe(true);
    l.compare = 0x1234n;
    expect(l.compare.address).toBe(0x1234n);
    expect(l.compare.equals(0x1234n)).toBe(true);
    expect(inspect(l.compare)).toBe('[function pointer: 0x1234]');
    expect(JSON.parse(JSON.stringify(l)).compare).toBe('4660');
    // The signature is a type: the C prototype int (*)(const struct named *, const struct named *).
    const typed: FnPtr<(a: Ptr<named, bigint>, b: Ptr<named, bigint>) => number, bigint> = l.compare;
    expect(typed.address).toBe(0x1234n);
    // @ts-expect-error -- `tsc -p .` fails here if the field's type stopped carrying its signature
    const wrong: FnPtr<(a: string) => void> = l.compare;
    expect(wrong).toBe(wrong);
    l.paint = l.compare.address;
    expect(l.paint.equals(l.compare)).toBe(true);
  });

  test('on i386 the address is a number', () => {
    const f = drm_gem_object_funcs32.alloc();
    f.free = 0x80;
    expect(f.free.address).toBe(0x80);
    expect(Number(f.free)).toBe(0x80);
  });
});
