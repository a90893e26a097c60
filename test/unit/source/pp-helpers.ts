// Test helper: run the preprocessor on in-memory files.

import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { TARGETS, type TargetName } from '../../../generator/layout/targets.ts';
import { tokenize } from '../../../generator/source/lexer.ts';
import { preprocess, type PreprocessOptions } from '../../../generator/source/preprocess.ts';
import { memorySourceFs } from '../../../generator/source/source-fs.ts';

export function pp(files: Record<string, string>, main = 'main.h', opts: Partial<PreprocessOptions> & { targetName?: TargetName } = {}) {
  const sink = new DiagnosticSink();
  const result = preprocess(
    [main],
    { target: TARGETS[opts.targetName ?? 'x86_64'], includeDirs: [], systemIncludeDirs: [], defines: [], undefines: [], ...opts },
    memorySourceFs(files),
    sink,
  );
  return { result, sink, tokens: tokenize(result.text, 'out').map((t) => t.text), codes: sink.items.map((d) => d.code) };
}
