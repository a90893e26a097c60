// Lowering C snippets in memory: the real preprocessor, parser and lowering, one target at a time.

import { DiagnosticSink, type Diagnostic } from '../../../generator/diagnostics.ts';
import { lower } from '../../../generator/ir/lower.ts';
import type { CType, Decl, IrModule } from '../../../generator/ir/types.ts';
import { TARGETS, type TargetName } from '../../../generator/layout/targets.ts';
import { parseC, syntaxDiagnostics } from '../../../generator/source/parse.ts';
import { preprocess } from '../../../generator/source/preprocess.ts';
import { memorySourceFs } from '../../../generator/source/source-fs.ts';

export interface Lowered {
  ir: IrModule;
  diagnostics: Diagnostic[];
  errors: Diagnostic[];
  decl<K extends Decl['kind']>(id: string, kind?: K): Extract<Decl, { kind: K }>;
}

export function lowerC(code: string, target: TargetName = 'x86_64', extraFiles: Record<string, string> = {}): Lowered {
  const sink = new DiagnosticSink();
  const fs = memorySourceFs({ 'test.h': code, ...extraFiles });
  const pp = preprocess(['test.h'], { target: TARGETS[target], includeDirs: ['.'], nostdinc: true, systemIncludeDirs: [], defines: [], undefines: [] }, fs, sink);
  const tree = parseC(pp.text);
  syntaxDiagnostics(tree, pp, sink);
  const ir = lower(tree, pp, TARGETS[target], sink);
  return {
    ir,
    diagnostics: sink.items,
    errors: sink.items.filter((d) => d.severity === 'error'),
    decl: (id: string) => {
      const d = ir.byId.get(id);
      if (!d) throw new Error(`no declaration ${id}; have ${[...ir.byId.keys()].join(', ')}`);
      return d as never;
    },
  };
}

export const int = (k: Extract<CType, { kind: 'int' }>['int']): CType => ({ kind: 'int', int: k });
