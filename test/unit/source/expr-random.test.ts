// Random integer constant expressions (fast-check, fixed seed) evaluated by us and by gcc for x86_64 and
// i386: literal suffixes, casts, promotions and the usual conversions mixed in every combination.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { constantHooks } from '../../../generator/ir/constants.ts';
import type { IrModule } from '../../../generator/ir/types.ts';
import { createLayoutQuery } from '../../../generator/layout/compute.ts';
import { TARGETS, type TargetName } from '../../../generator/layout/targets.ts';
import { evaluate } from '../../../generator/source/expr.ts';
import { tokenize } from '../../../generator/source/lexer.ts';
import { compilerValues, hasCompiler } from './compiler-truth.ts';

const literal = fc.tuple(
  fc.constantFrom('0', '1', '7', '255', '0x7fffffff', '0x80000000', '4294967295', '0xffffffffffffffff', "'a'", "'\\xff'", '010'),
  fc.constantFrom('', 'u', 'l', 'ul', 'll', 'ull', 'U', 'LL'),
).map(([v, s]) => (v.startsWith("'") ? v : v + s));

const cast = fc.constantFrom('(char)', '(unsigned char)', '(short)', '(unsigned short)', '(int)', '(unsigned)', '(long)', '(unsigned long)', '(long long)', '(unsigned long long)', '(_Bool)');

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    fc.tuple(fc.constantFrom('-', '~', '!', '+'), tie('e')).map(([op, a]) => `${op}(${a})`),
    fc.tuple(cast, tie('e')).map(([c, a]) => `${c}(${a})`),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '&', '|', '^', '<', '>', '<=', '==', '!=', '&&', '||'), tie('e')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    fc.tuple(tie('e'), fc.constantFrom('/', '%'), fc.constantFrom('1', '3', '7u', '9ll')).map(([a, op, b]) => `(${a}) ${op} ${b}`),
    fc.tuple(tie('e'), fc.constantFrom('<<', '>>'), fc.integer({ min: 0, max: 30 })).map(([a, op, n]) => `((unsigned)(${a})) ${op} ${n}`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `(${a}) ? (${b}) : (${c})`),
  ),
})).e;

function ours(target: TargetName, e: string) {
  const ir: IrModule = { decls: [], byId: new Map(), staticAsserts: [], skipped: [] };
  const sink = new DiagnosticSink();
  return evaluate(tokenize(e, 'e'), constantHooks(ir, createLayoutQuery(ir, TARGETS[target], sink), TARGETS[target]));
}

for (const target of ['x86_64', 'i386'] as const) {
  describe.skipIf(!hasCompiler(target))(`random constant expressions on ${target}`, () => {
    it('match gcc in value and type', () => {
      const samples = fc.sample(expr, { numRuns: 300, seed: 20261127 });
      const truth = compilerValues(target, '', samples);
      const wrong = samples
        .map((e, k) => {
          const r = ours(target, e);
          if (!r.ok) return `${e}: ${r.message}`;
          const v = BigInt.asUintN(64, r.value);
          const type = ['int', 'uint', 'long', 'ulong', 'longlong', 'ulonglong'].includes(r.type) ? r.type : undefined;
          return v === truth[k].value && type === truth[k].type ? undefined : `${e}: ours ${v}/${r.type}, gcc ${truth[k].value}/${truth[k].type}`;
        })
        .filter((x) => x !== undefined);
      expect(wrong).toEqual([]);
    });
  });
}
