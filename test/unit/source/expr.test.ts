// The constant-expression evaluator against each target's compiler: value and C type of tricky expressions
// (literal types, promotions, usual conversions, casts, sizeof/_Alignof), then the evaluator's own
// contract (#if rules, errors as values).

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { constantHooks } from '../../../generator/ir/constants.ts';
import type { IrModule } from '../../../generator/ir/types.ts';
import { createLayoutQuery } from '../../../generator/layout/compute.ts';
import { TARGET_NAMES, TARGETS, type TargetName } from '../../../generator/layout/targets.ts';
import { evaluate } from '../../../generator/source/expr.ts';
import { tokenize } from '../../../generator/source/lexer.ts';
import { compilerValues, hasCompiler, TYPE_CODES } from './compiler-truth.ts';

const EXPRESSIONS = [
  '1', '-1', '0x7fffffff', '0x80000000', '2147483648', '4294967296', '0xffffffffffffffff', '3000000000', '-2147483648',
  '1u', '1l', '1ul', '1LL', '1uLL', '1Lu', '0b1010', '010 + 0x10', '1000000000000',
  '-1 < 0u', '-1L < 0u', '-1 > 0ul', '-1LL < 0u', '2147483647 + 1u', '(unsigned short)1 - 2',
  "'a'", "'\\xff'", "'ab'", "'\\377'", "'\\0'", "'\\n' + 0", "L'x'", "'abcde'",
  '(char)200 + 0', '(unsigned char)-1', '(short)70000 + 0', '(signed char)0x80 + 0', '(unsigned long)-1', '(long long)-1 >> 1',
  '(_Bool)5 + 0', '(unsigned)-1 * 2u', '(unsigned long long)-1 / 3',
  '1 << 31', '1u << 31', '(1ull << 63) >> 62', '-1 >> 1', '1LL << 40 >> 40',
  '-7 / 2', '-7 % 2', '7 / -2', '~0', '~0u', '~0ul', '!5', '-(-2147483647-1)',
  '1 ? 2 : 3u', '0 ? 1 : -1L',
  'sizeof(long)', 'sizeof(long double)', 'sizeof(char*)', 'sizeof 1L', 'sizeof(int[3][2])', 'sizeof(int) - 5',
  'sizeof(void (*)(int))', 'sizeof(unsigned short)', 'sizeof(_Bool)', '_Alignof(long long)', '_Alignof(double)',
  '__alignof__(int)', 'sizeof(const volatile long *)', '__alignof__(long long)', '__alignof__(double)', '__alignof__(unsigned long long)', '_Alignof(double)',
];

function emptyIr(): IrModule {
  return { decls: [], byId: new Map(), staticAsserts: [], skipped: [] };
}

function ours(target: TargetName, expr: string) {
  const ir = emptyIr();
  const sink = new DiagnosticSink();
  const hooks = constantHooks(ir, createLayoutQuery(ir, TARGETS[target], sink), TARGETS[target]);
  return evaluate(tokenize(expr, 'expr'), hooks);
}

for (const target of TARGET_NAMES) {
  describe.skipIf(!hasCompiler(target))(`constant expressions on ${target}`, () => {
    it('give the compiler\'s value and type for every probe', () => {
      const truth = compilerValues(target, '', EXPRESSIONS);
      const wrong = EXPRESSIONS.map((e, k) => {
        const r = ours(target, e);
        if (!r.ok) return `${e}: ${r.message}`;
        const type = TYPE_CODES.includes(r.type) ? r.type : undefined;
        const v = BigInt.asUintN(64, r.value);
        return v === truth[k].value && type === truth[k].type ? undefined : `${e}: ours ${v}/${r.type}, compiler ${truth[k].value}/${truth[k].type}`;
      }).filter((x) => x !== undefined);
      expect(wrong).toEqual([]);
    });
  });
}

describe('evaluate', () => {
  const hooksIf = { target: TARGETS.x86_64, mode: 'if' as const };
  const ev = (s: string) => evaluate(tokenize(s, 'e.h'), hooksIf);

  it('does not evaluate the dead side of && || ?: (division by zero there is fine)', () => {
    expect(ours('x86_64', '0 && 1 / 0')).toMatchObject({ ok: true, value: 0n, type: 'int' });
    expect(ours('x86_64', '1 || 1 / 0')).toMatchObject({ ok: true, value: 1n, type: 'int' });
    expect(ours('x86_64', '1 ? 5 : 1 / 0')).toMatchObject({ ok: true, value: 5n });
  });

  it('treats identifiers left in #if as 0', () => {
    expect(ev('FOO + 1')).toMatchObject({ ok: true, value: 1n });
  });

  it('reports division by zero where it is evaluated, with its location', () => {
    expect(ev('1 + 1 / 0')).toEqual({ ok: false, message: 'division by zero in constant expression', loc: { file: 'e.h', line: 1, column: 7 } });
  });

  it('reports a missing operand at the end', () => {
    expect(ev('1 +')).toMatchObject({ ok: false, message: 'expected an expression at end of input' });
  });

  it('reports an unbalanced parenthesis', () => {
    expect(ev('(1 + 2')).toMatchObject({ ok: false });
  });

  it('rejects sizeof in #if, as C does (it is an identifier there)', () => {
    expect(ev('sizeof(int)')).toMatchObject({ ok: false });
  });

  it('rejects string and floating literals', () => {
    expect(ev('"a"')).toMatchObject({ ok: false, message: 'string literal in an integer constant expression' });
    expect(ev('1.5')).toMatchObject({ ok: false });
  });

  it('names an unknown identifier in constant mode', () => {
    expect(ours('x86_64', 'O_RDWR | 1')).toMatchObject({ ok: false, message: 'uses undefined identifier O_RDWR' });
  });

  it('rejects an invalid suffix and an 8 in an octal literal', () => {
    expect(ev('1uu')).toMatchObject({ ok: false });
    expect(ev('08')).toMatchObject({ ok: false });
  });
});
