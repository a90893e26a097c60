import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import type { CType, IntKind, FloatKind } from '../../../generator/ir/types.ts';
import { computeLayout, createLayoutQuery } from '../../../generator/layout/compute.ts';
import { TARGET_NAMES, TARGETS } from '../../../generator/layout/targets.ts';
import { compileToAsm, compilerAvailable, COMPILERS, readDataObjects, readInts } from './compilers.ts';
import { anon, arr, bf, f, float, fn, int, IrBuilder, named, ptr, struct, voidT } from './ir-builder.ts';

const codes = (sink: DiagnosticSink) => sink.items.map((d) => `${d.severity} ${d.code}`);

describe('scalar sizes and alignments', () => {
  const ints: [IntKind, string][] = [
    ['bool', '_Bool'], ['char', 'char'], ['short', 'short'], ['int', 'int'], ['long', 'long'], ['longlong', 'long long'],
  ];
  const floats: [FloatKind, string][] = [['float', 'float'], ['double', 'double'], ['longdouble', 'long double']];
  for (const target of TARGET_NAMES) {
    it.skipIf(!compilerAvailable(target))(`match ${COMPILERS[target].join(' ')} (sizeof and _Alignof) on ${target}`, async () => {
      const types: [CType, string][] = [
        ...ints.map(([k, c]): [CType, string] => [int(k), c]),
        ...floats.map(([k, c]): [CType, string] => [float(k), c]),
        [ptr(voidT), 'void *'],
      ];
      const src = `int probe[] = { ${types.map(([, c]) => `sizeof(${c}), _Alignof(${c})`).join(', ')} };\n`;
      const truth = readInts(readDataObjects(await compileToAsm(target, src), target), 'probe');
      const q = createLayoutQuery(new IrBuilder().build(), TARGETS[target], new DiagnosticSink());
      expect(types.flatMap(([t]) => [q.sizeOf(t), q.alignOf(t)])).toEqual(truth);
    });
  }
});

describe('incomplete types', () => {
  it('an opaque struct used by value is an incomplete-type error at the member and the record gets no layout', () => {
    const b = new IrBuilder().opaque('struct', 'opaque').struct('s', [f('a', int('int')), f('o', struct('opaque'))]);
    const ir = b.build();
    const sink = new DiagnosticSink();
    const table = computeLayout(ir, TARGETS.x86_64, sink);
    expect(codes(sink)).toEqual(['error incomplete-type', 'note no-layout']);
    const s = ir.byId.get('struct s');
    expect(sink.items[0]!.loc).toEqual(s?.kind === 'record' ? s.fields[1]!.loc : 'not a record');
    expect(table.records.has('struct s')).toBe(false);
  });

  it('void, a function type and an unknown typedef are each incomplete-type', () => {
    const b = new IrBuilder()
      .struct('v', [f('x', voidT)])
      .struct('fn', [f('x', fn(int('int'), []))])
      .struct('u', [f('x', named('no_such_t'))]);
    const sink = new DiagnosticSink();
    computeLayout(b.build(), TARGETS.x86_64, sink);
    expect(sink.items.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['incomplete-type', 'incomplete-type', 'incomplete-type']);
  });

  it('a struct containing itself by value is incomplete-type, through a pointer it is fine', () => {
    const b = new IrBuilder().struct('self', [f('me', struct('self'))]).struct('list', [f('next', ptr(struct('list'))), f('v', int('int'))]);
    const sink = new DiagnosticSink();
    const table = computeLayout(b.build(), TARGETS.x86_64, sink);
    expect(codes(sink)).toEqual(['error incomplete-type', 'note no-layout']);
    expect(table.records.get('struct list')!.size).toBe(16);
  });

  it('a record containing a record without layout says so once per record, with one error', () => {
    const b = new IrBuilder().opaque('struct', 'o').struct('inner', [f('o', struct('o'))]).struct('outer', [f('i', struct('inner'))]);
    const sink = new DiagnosticSink();
    computeLayout(b.build(), TARGETS.x86_64, sink);
    expect(codes(sink)).toEqual(['error incomplete-type', 'note no-layout', 'note no-layout']);
  });

  it('a query and computeLayout on the same sink report a problem once', () => {
    const b = new IrBuilder().opaque('struct', 'o').struct('s', [f('o', struct('o'))]);
    const ir = b.build();
    const sink = new DiagnosticSink();
    const q = createLayoutQuery(ir, TARGETS.x86_64, sink);
    q.sizeOf(struct('s'));
    q.sizeOf(struct('s'));
    computeLayout(ir, TARGETS.x86_64, sink);
    expect(codes(sink)).toEqual(['error incomplete-type', 'note no-layout']);
  });

  it('sizeof an opaque struct is reported at the place that asked', () => {
    const sink = new DiagnosticSink();
    const q = createLayoutQuery(new IrBuilder().opaque('struct', 'o').build(), TARGETS.x86_64, sink);
    const loc = { file: 'x.h', line: 3, column: 7 };
    expect(q.sizeOf(struct('o'), loc)).toBeUndefined();
    expect(sink.items).toEqual([{ severity: 'error', code: 'incomplete-type', message: 'struct o is incomplete (declared but never defined)', loc }]);
  });
});

describe('target limits and invalid declarations', () => {
  for (const target of ['i386', 'armhf'] as const) {
    it(`__int128 is unsupported-type on ${target}`, () => {
      const sink = new DiagnosticSink();
      computeLayout(new IrBuilder().struct('s', [f('x', int('int128'))]).build(), TARGETS[target], sink);
      expect(codes(sink)).toEqual(['error unsupported-type', 'note no-layout']);
    });
  }

  it('a bitfield wider than its type is bitfield-width', () => {
    const sink = new DiagnosticSink();
    computeLayout(new IrBuilder().struct('s', [bf('x', int('short'), 17)]).build(), TARGETS.x86_64, sink);
    expect(codes(sink)).toEqual(['error bitfield-width', 'note no-layout']);
  });

  it('a bitfield of a non-integer type is bitfield-type', () => {
    const sink = new DiagnosticSink();
    computeLayout(new IrBuilder().struct('s', [bf('x', float('double'), 3)]).build(), TARGETS.x86_64, sink);
    expect(codes(sink)).toEqual(['error bitfield-type', 'note no-layout']);
  });

  it('an alignment that is not a power of two is bad-alignment', () => {
    const sink = new DiagnosticSink();
    computeLayout(new IrBuilder().struct('s', [f('x', int('int'), { aligned: 3 })]).build(), TARGETS.x86_64, sink);
    expect(codes(sink)).toEqual(['error bad-alignment', 'note no-layout']);
  });

  it('an array of an over-aligned typedef is array-element-alignment, as gcc rejects it', () => {
    const sink = new DiagnosticSink();
    computeLayout(new IrBuilder().typedef('i16', int('int'), 16).struct('s', [f('x', arr(named('i16'), 2))]).build(), TARGETS.x86_64, sink);
    expect(codes(sink)).toEqual(['error array-element-alignment', 'note no-layout']);
  });
});

describe('offsetOf', () => {
  const b = new IrBuilder()
    .struct('in', [f('a', int('char')), f('b', int('longlong'))])
    .struct('s', [f('c', int('char')), f('n', struct('in')), anon('union', [f('u', int('int'))]), bf('bits', int('uint'), 3)]);
  const ir = b.build();

  it('follows named members and anonymous members by name', () => {
    const q = createLayoutQuery(ir, TARGETS.x86_64, new DiagnosticSink());
    expect([q.offsetOf('struct s', 'n.b'), q.offsetOf('struct s', 'u')]).toEqual([16, 24]);
  });

  it('a bitfield is offsetof-bitfield', () => {
    const sink = new DiagnosticSink();
    expect(createLayoutQuery(ir, TARGETS.x86_64, sink).offsetOf('struct s', 'bits')).toBeUndefined();
    expect(codes(sink)).toEqual(['error offsetof-bitfield']);
  });

  it('an unknown member is unknown-member', () => {
    const sink = new DiagnosticSink();
    expect(createLayoutQuery(ir, TARGETS.x86_64, sink).offsetOf('struct s', 'nope')).toBeUndefined();
    expect(codes(sink)).toEqual(['error unknown-member']);
  });
});

describe('laziness over a partially lowered IR', () => {
  it('a record declared after an earlier question is laid out once it exists', () => {
    const ir = new IrBuilder().build();
    const q = createLayoutQuery(ir, TARGETS.x86_64, new DiagnosticSink());
    expect(q.sizeOf(struct('late'))).toBeUndefined();
    const later = new IrBuilder().struct('late', [f('x', int('longlong'))]).build();
    for (const d of later.decls) {
      ir.decls.push(d);
      ir.byId.set(d.id, d);
    }
    expect(q.sizeOf(struct('late'))).toBe(8);
  });
});
