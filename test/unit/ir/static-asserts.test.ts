import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { checkStaticAsserts } from '../../../generator/ir/static-asserts.ts';
import type { IrModule, StaticAssertDecl } from '../../../generator/ir/types.ts';
import { createLayoutQuery } from '../../../generator/layout/compute.ts';
import { TARGETS } from '../../../generator/layout/targets.ts';

function check(asserts: StaticAssertDecl[], target: 'x86_64' | 'i386' = 'x86_64') {
  const ir: IrModule = { decls: [], byId: new Map(), staticAsserts: asserts, skipped: [] };
  const sink = new DiagnosticSink();
  checkStaticAsserts(ir, createLayoutQuery(ir, TARGETS[target], sink), TARGETS[target], sink);
  return sink.items;
}

const loc = { file: 'a.h', line: 3, column: 1 };

describe('checkStaticAsserts', () => {
  it('accepts a true assertion silently', () => {
    expect(check([{ expr: 'sizeof(long) == 8', message: 'LP64', loc }])).toEqual([]);
  });

  it('reports a false assertion with its message at its location', () => {
    expect(check([{ expr: 'sizeof(long) == 8', message: 'LP64', loc }], 'i386')).toEqual([
      { severity: 'error', code: 'static-assert-failed', message: 'static assertion failed: LP64 (sizeof(long) == 8)', loc },
    ]);
  });

  it('reports an expression that is not constant', () => {
    expect(check([{ expr: 'x > 1', loc }]).map((d) => d.code)).toEqual(['static-assert-invalid']);
  });
});
