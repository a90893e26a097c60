// The assembly reader gets back exactly the bytes the compiler was told to emit, in every target's dialect.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_NAMES } from '../../generator/layout/targets.ts';
import { readAsmObjects, words64 } from './harness/asm-data.ts';
import { missingCompilers, toolchain } from './harness/toolchains.ts';

const work = join(process.cwd(), 'test/abi/.work/harness-asm');

const SOURCE = `
const unsigned long long tsb_words[3] = { 0x0102030405060708ULL, 0xffffffffffffffffULL, 0 };
const signed char tsb_small[4] = { -1, 2, -128, 127 };
const short tsb_shorts[2] = { -2, 300 };
const struct { char c; int i; } tsb_padded = { 'x', 0x11223344 };
const char tsb_text[6] = "a\\"b\\n";
`;

describe('reading probe objects out of the assembly', () => {
  for (const target of TARGET_NAMES) {
    it.skipIf(missingCompilers([target]).length > 0)(`reads back every byte the ${target} compiler emitted`, () => {
      mkdirSync(work, { recursive: true });
      const tc = toolchain(target, work);
      const file = join(work, `asm-${target}.c`);
      writeFileSync(file, SOURCE);
      const asm = execFileSync(tc.command, [...tc.baseArgs, '-o', '-', file], { encoding: 'utf8' });
      const objs = readAsmObjects(asm, tc, 'tsb_');
      expect(words64(objs.get('tsb_words')!)).toEqual([0x0102030405060708n, 0xffffffffffffffffn, 0n]);
      expect([...objs.get('tsb_small')!]).toEqual([0xff, 2, 0x80, 0x7f]);
      expect([...objs.get('tsb_shorts')!]).toEqual([0xfe, 0xff, 0x2c, 0x01]);
      const padded = objs.get('tsb_padded')!;
      expect(padded.length).toBe(8);
      expect(padded[0]).toBe(0x78);
      expect([...padded.subarray(4)]).toEqual([0x44, 0x33, 0x22, 0x11]);
      expect([...objs.get('tsb_text')!]).toEqual([0x61, 0x22, 0x62, 0x0a, 0, 0]);
    });
  }
});
