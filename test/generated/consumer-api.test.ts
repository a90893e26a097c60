// What a consumer does with a view beyond reading and writing scalars: strings, arrays at any offset, bounds,
// inspection, equality and copies. The byte-level truth of the same fields is in views-behaviour.test.ts (gcc).

import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { CharArray, RecordView, ScalarArray } from '@tsbindgen/abi';
import { drm_version } from '@tsbindgen/uapi-drm';
import { named, shelf } from '../golden/consumer-views/expected/consumer-views/x86_64.ts';

describe('char[N] fields', () => {
  test('read up to the first NUL, and the whole array when there is none', () => {
    const v = named.alloc();
    v.bytes().set([0x76, 0x67, 0x65, 0x6d, 0, 0x78, 0x78, 0x78]);
    expect(v.name.string).toBe('vgem');
    v.bytes().set([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68]);
    expect(String(v.name)).toBe('abcdefgh');
  });

  test('writing NUL-terminates and clears the rest of the array', () => {
    const v = named.alloc();
    v.bytes().fill(0xff);
    v.name = 'ab';
    expect([...v.bytes().subarray(0, 8)]).toEqual([0x61, 0x62, 0, 0, 0, 0, 0, 0]);
  });

  test('a string that does not fit with its NUL is refused and leaves the bytes alone', () => {
    const v = named.alloc();
    v.name = 'keep';
    expect(() => (v.name = 'eight ch')).toThrow(RangeError);
    expect(() => (v.name = 'a\0b')).toThrow(RangeError);
    expect(v.name.string).toBe('keep');
  });

  test('the field is also the bytes themselves, indexable', () => {
    const v = named.alloc();
    v.name = 'hi';
    expect(v.name).toBeInstanceOf(Uint8Array);
    expect(v.name).toBeInstanceOf(CharArray);
    expect(v.name[1]).toBe(0x69);
    expect(v.name.length).toBe(8);
  });
});

describe('arrays at unaligned offsets', () => {
  test('a u16 array at offset 9 of a packed record placed at offset 1 reads and writes its own bytes', () => {
    const buf = new ArrayBuffer(1 + named.SIZE);
    const v = new named(buf, 1);
    v.ids.assign([0x0102, 0x0304, 0x0506]);
    // little-endian u16s starting at absolute byte 1 + 9
    expect([...new Uint8Array(buf, 10, 6)]).toEqual([0x02, 0x01, 0x04, 0x03, 0x06, 0x05]);
    expect(v.ids.get(2)).toBe(0x0506);
    expect([...v.ids]).toEqual([0x0102, 0x0304, 0x0506]);
    expect(v.ids.at(-1)).toBe(0x0506);
  });

  test('indexes outside the array throw instead of reading a neighbour', () => {
    const v = named.alloc();
    expect(v.ids).toBeInstanceOf(ScalarArray);
    expect(() => v.ids.get(3)).toThrow(RangeError);
    expect(() => v.ids.set(-1, 0)).toThrow(RangeError);
    expect(v.ids.at(3)).toBeUndefined();
  });
});

describe('constructing a view', () => {
  test('a view that does not fit its buffer fails at construction, naming the record', () => {
    expect(() => new named(new ArrayBuffer(named.SIZE - 1))).toThrow(/named \(19 bytes\) at offset 0 does not fit in the 18 bytes/);
    expect(() => new named(new ArrayBuffer(named.SIZE), 1)).toThrow(RangeError);
    expect(() => new named(new ArrayBuffer(64), -1)).toThrow(RangeError);
    expect(() => new named(new ArrayBuffer(64), 0.5)).toThrow(RangeError);
    expect(new named(new ArrayBuffer(named.SIZE + 3), 3).byteOffset).toBe(3);
  });

  test('the bound is the window given, not the whole ArrayBuffer behind it', () => {
    const buf = new ArrayBuffer(64);
    expect(() => new named(new DataView(buf, 60, 4))).toThrow(RangeError);
    expect(() => new named(new Uint8Array(buf, 0, 10))).toThrow(RangeError);
  });
});

describe('inspection', () => {
  test('toJSON lists every field; nested records, arrays and strings as plain values', () => {
    const s = shelf.alloc();
    s.items.get(0).name = 'first';
    s.items.get(0).ids.assign([7, 8, 9]);
    s.items.get(1).colour = 2;
    s.label = 'abc';
    s.raw.set([1, 2, 3, 4]);
    expect(JSON.parse(JSON.stringify(s))).toEqual({
      items: [
        { name: 'first', flags: 0, ids: [7, 8, 9], colour: 0 },
        { name: '', flags: 0, ids: [0, 0, 0], colour: 2 },
      ],
      label: 'abc',
      raw: [1, 2, 3, 4],
    });
  });

  test('64-bit fields become decimal strings in JSON, exactly', () => {
    const v = drm_version.alloc();
    v.name_len = 0xffff_ffff_ffff_fffen;
    expect(v.toJSON().name_len).toBe('18446744073709551614');
  });

  test('util.inspect shows the fields, not the buffer', () => {
    const buf = new ArrayBuffer(8192);
    const v = new named(buf, 100);
    v.name = 'vgem';
    v.colour = 3;
    const text = inspect(v);
    expect(text).toContain('named @100');
    expect(text).toContain('"vgem"');
    expect(text).toContain('colour: 3');
    expect(text.length).toBeLessThan(400);
  });
});

describe('equality and copies', () => {
  test('equals compares fields, not padding', () => {
    const a = drm_version.alloc();
    const b = drm_version.alloc();
    a.version_major = 1;
    b.version_major = 1;
    b.bytes()[12] = 0xaa; // padding between version_patchlevel and name_len
    expect(a.equals(b)).toBe(true);
    b.desc_len = 3n;
    expect(a.equals(b)).toBe(false);
  });

  test('clone copies into fresh memory; copyFrom copies into this view', () => {
    const a = named.alloc();
    a.name = 'orig';
    const c = a.clone();
    expect(c).toBeInstanceOf(named);
    expect(c).toBeInstanceOf(RecordView);
    expect(c.view.buffer).not.toBe(a.view.buffer);
    a.name = 'changed';
    expect(c.name.string).toBe('orig');
    const d = new named(new ArrayBuffer(named.SIZE + 5), 5);
    d.copyFrom(a);
    expect(d.name.string).toBe('changed');
    expect(() => d.copyFrom(drm_version.alloc() as never)).toThrow(TypeError);
  });
});
