import { describe, expect, it } from 'vitest';
import { tokenize, tokensToText } from '../../../generator/source/lexer.ts';

const kinds = (s: string) => tokenize(s, 'f.h').map((t) => [t.kind, t.text]);

describe('tokenize', () => {
  it('takes the longest punctuator (maximal munch)', () => {
    expect(tokenize('a<<=b>>c...##d->e', 'f').map((t) => t.text)).toEqual(['a', '<<=', 'b', '>>', 'c', '...', '##', 'd', '->', 'e']);
  });

  it('reads pp-numbers with suffixes and exponent signs as one token', () => {
    expect(kinds('0x1fULL 1e+5 0b101 .5f 077')).toEqual([
      ['number', '0x1fULL'],
      ['number', '1e+5'],
      ['number', '0b101'],
      ['number', '.5f'],
      ['number', '077'],
    ]);
  });

  it('keeps string and character literals whole, escapes and prefixes included', () => {
    expect(kinds(`"a\\"b" 'x' '\\'' L'y' u8"z"`)).toEqual([
      ['string', '"a\\"b"'],
      ['char', "'x'"],
      ['char', "'\\''"],
      ['char', "L'y'"],
      ['string', 'u8"z"'],
    ]);
  });

  it('gives 1-based line and column from the start position', () => {
    const t = tokenize('a\n  bb', 'f.h', 10, 3);
    expect(t.map((x) => [x.text, x.loc.line, x.loc.column])).toEqual([
      ['a', 10, 3],
      ['bb', 11, 3],
    ]);
  });

  it('skips comments as whitespace and records spaceBefore', () => {
    const t = tokenize('a/* c */b//x\nc(d', 'f');
    expect(t.map((x) => [x.text, x.spaceBefore])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
      ['(', false],
      ['d', false],
    ]);
  });

  it('turns a stray character into an "other" token instead of failing', () => {
    expect(kinds('a @ b')).toEqual([
      ['ident', 'a'],
      ['other', '@'],
      ['ident', 'b'],
    ]);
  });

  it('re-spells tokens with single spaces', () => {
    expect(tokensToText(tokenize('a   +\tb(c)', 'f'))).toBe('a + b(c)');
  });
});
