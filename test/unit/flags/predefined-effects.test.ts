// Each flag whose effect on the predefined macros is modelled, against `gcc -dM -E`: gcc's macros without the flag,
// edited as tsbindgen edits them, must equal gcc's macros with the flag. Only the documented floating-point and
// stdc-predef.h names are left out of the comparison (see predefined-effects.ts).

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FLAG_EFFECTS, optimizeEdits, stdEdits, type MacroEdit } from '../../../generator/flags/predefined-effects.ts';
import { HAS_GCC } from '../source/gcc-truth.ts';

const EXCLUDED = /^__FLT16_|^__FLT_EVAL_METHOD|IEC_559|IEC_60559|CHARSET_NAME|^__STDC_UTF_|^_STDC_PREDEF_H$|^__STDC_ISO_10646__$|^(linux|unix|i386)$/;

const cache = new Map<string, Map<string, string>>();

function gccMacros(args: string[]): Map<string, string> {
  const key = args.join(' ');
  const hit = cache.get(key);
  if (hit) return hit;
  const out = execFileSync('gcc', ['-dM', '-E', '-x', 'c', '/dev/null', ...args], { encoding: 'utf8' });
  const m = new Map<string, string>();
  for (const line of out.split('\n')) {
    const r = /^#define (\S+)(?: (.*))?$/.exec(line);
    if (r && !EXCLUDED.test(r[1]!)) m.set(r[1]!, r[2] ?? '');
  }
  cache.set(key, m);
  return m;
}

function edited(base: Map<string, string>, edits: MacroEdit[]): Map<string, string> {
  const m = new Map(base);
  for (const e of edits) {
    if (e.kind === 'undefine') m.delete(e.name);
    else m.set(e.name, e.value ?? '1');
  }
  return m;
}

const sorted = (m: Map<string, string>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

function expectSame(flag: string, edits: MacroEdit[], base: string[] = [], m32 = false): void {
  const arch = m32 ? ['-m32'] : [];
  expect(sorted(edited(gccMacros([...arch, ...base]), edits)), flag).toEqual(sorted(gccMacros([...arch, ...base, flag])));
}

describe.skipIf(!HAS_GCC)('predefined macros under gcc flags (x86_64) match gcc -dM -E', () => {
  for (const e of FLAG_EFFECTS) {
    // -mcmodel=kernel is rejected in PIC mode, Debian's default.
    const base = e.flag.startsWith('-mcmodel') ? ['-fno-PIE'] : [];
    it(e.flag, () => expectSame(e.flag, e.edits, base));
  }
  for (const level of ['0', '1', '2', '3', 's', 'z', 'g', 'fast', '']) {
    it(`-O${level}`, () => expectSame(`-O${level}`, optimizeEdits(level)!));
  }
  for (const level of ['0', 's']) it(`-O${level} after -O2 (the last level wins)`, () => expectSame(`-O${level}`, optimizeEdits(level)!, ['-O2']));
  for (const std of ['c89', 'c90', 'iso9899:199409', 'c99', 'c11', 'c17', 'c2x', 'gnu89', 'gnu99', 'gnu11', 'gnu17', 'iso9899:2011']) {
    it(`-std=${std}`, () => expectSame(`-std=${std}`, stdEdits(std)!));
  }
});

describe.skipIf(!HAS_GCC)('predefined macros under gcc flags (gcc -m32) match gcc -dM -E', () => {
  for (const e of FLAG_EFFECTS) {
    if (e.targets && !e.targets.includes('i386')) continue;
    it(e.flag, () => expectSame(e.flag, e.edits, [], true));
  }
});
