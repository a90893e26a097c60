// The bitfield helpers against a BigInt model of little-endian storage: reading after writing gives the value
// back (truncated to the width, sign-extended when signed), and no bit outside the field changes.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getBits, getBitsBig, setBits, setBitsBig } from '@tsbindgen/abi';

function asBig(bytes: Uint8Array): bigint {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
}

const field = fc.record({
  bit: fc.integer({ min: 0, max: 7 }),
  width: fc.integer({ min: 1, max: 32 }),
  fill: fc.uint8Array({ minLength: 6, maxLength: 6 }),
  value: fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }),
  signed: fc.boolean(),
});

describe('getBits/setBits', () => {
  test('a written value reads back truncated to the width and sign-extended when signed', () => {
    fc.assert(
      fc.property(field, ({ bit, width, fill, value, signed }) => {
        const view = new DataView(fill.slice().buffer);
        setBits(view, 0, bit, width, value);
        const want = signed ? BigInt.asIntN(width, BigInt(value)) : BigInt.asUintN(width, BigInt(value));
        expect(getBits(view, 0, bit, width, signed)).toBe(Number(want));
      }),
    );
  });

  test('bits outside the field keep their values', () => {
    fc.assert(
      fc.property(field, ({ bit, width, fill, value }) => {
        const bytes = fill.slice();
        const before = asBig(bytes);
        setBits(new DataView(bytes.buffer), 0, bit, width, value);
        const mask = ((1n << BigInt(width)) - 1n) << BigInt(bit);
        expect(asBig(bytes) & ~mask).toBe(before & ~mask);
      }),
    );
  });

  test('bit 0 of a field is the lowest bit of its first byte (little-endian)', () => {
    const view = new DataView(new ArrayBuffer(2));
    setBits(view, 0, 3, 8, 0xff);
    expect([view.getUint8(0), view.getUint8(1)]).toEqual([0xf8, 0x07]);
  });
});

describe('getBitsBig/setBitsBig', () => {
  test('wide fields round-trip through bigint', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 33, max: 64 }), fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }), fc.boolean(), (bit, width, value, signed) => {
        const view = new DataView(new ArrayBuffer(9));
        setBitsBig(view, 0, bit, width, value);
        const want = signed ? BigInt.asIntN(width, value) : BigInt.asUintN(width, value);
        expect(getBitsBig(view, 0, bit, width, signed)).toBe(want);
      }),
    );
  });
});
