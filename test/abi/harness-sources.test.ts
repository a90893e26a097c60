// The small readers: Kconfig → defines as Kbuild's autoconf.h spells them, and record names out of `gcc -E` text.

import { describe, expect, it } from 'vitest';
import { autoconfHeader } from './harness/kconfig-defines.ts';
import { definedRecordNames } from './harness/record-names.ts';
import { goldenFlags } from './harness/sets.ts';

describe('Kconfig to defines', () => {
  it('turns =y into 1, =m into NAME_MODULE, drops =n and keeps strings and numbers', () => {
    const h = autoconfHeader('CONFIG_A=y\nCONFIG_B=m\nCONFIG_C=n\n# CONFIG_D is not set\nCONFIG_E="str"\nCONFIG_F=0x10\n');
    expect(h.split('\n').filter((l) => l.startsWith('#define'))).toEqual([
      '#define CONFIG_A 1',
      '#define CONFIG_B_MODULE 1',
      '#define CONFIG_E "str"',
      '#define CONFIG_F 0x10',
    ]);
  });
});

describe('record definitions in preprocessed text', () => {
  it('finds definitions with attributes and skips declarations, uses and line markers', () => {
    const text = [
      '# 1 "struct fake {"',
      'struct a { int x; };',
      'struct __attribute__((packed, aligned(4))) b { char c; };',
      'union u\n{ int i; };',
      'struct fwd;',
      'struct a *p; struct a f(struct a x);',
      'typedef struct { int y; } anon_t;',
    ].join('\n');
    expect(definedRecordNames(text)).toEqual(['struct a', 'struct b', 'union u']);
  });
});

describe('golden flags', () => {
  it('keeps the options that change what the compiler sees', () => {
    expect(goldenFlags('// tsbindgen-flags: -I inc -Dx=2 -UY -isystem sys')).toMatchObject({
      includeDirs: ['inc'],
      systemIncludeDirs: ['sys'],
      defines: [{ name: 'x', value: '2' }],
      undefines: ['Y'],
    });
  });
});
