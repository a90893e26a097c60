// `tsbindgen layout`: the front end's answer as the documented JSON dump (generator/dump/types.ts).

import { DiagnosticSink, type Diagnostic } from '../diagnostics.ts';
import type { DiagnosticDump, LayoutDump, RecordDump } from '../dump/types.ts';
import { runFrontEnd, type FrontEndOptions, type FrontEndResult } from '../frontend.ts';
import type { SourceFs } from '../source/source-fs.ts';

/** Named records only: anonymous ones are reachable through their parent's flattened fields. */
function isNamedRecordId(id: string): boolean {
  return !id.includes('::');
}

function recordsOf(result: FrontEndResult): Record<string, RecordDump> {
  const out: Record<string, RecordDump> = {};
  for (const decl of result.ir.decls) {
    if (decl.kind !== 'record' || !isNamedRecordId(decl.id)) continue;
    const layout = result.layout.records.get(decl.id);
    if (!layout) continue;
    out[decl.id] = {
      kind: layout.kind,
      header: decl.header,
      size: layout.size,
      align: layout.align,
      fields: layout.fields.map((f) => {
        const field: RecordDump['fields'][number] = { path: f.path, offset: f.offset, size: f.size, align: f.align };
        if (f.bitWidth !== undefined) {
          field.bitOffset = f.bitOffset;
          field.bitWidth = f.bitWidth;
        }
        return field;
      }),
    };
  }
  return out;
}

export function diagnosticToDump(d: Diagnostic): DiagnosticDump {
  const out: DiagnosticDump = { severity: d.severity, code: d.code, message: d.message };
  if (d.loc) {
    out.file = d.loc.file;
    out.line = d.loc.line;
    out.column = d.loc.column;
  }
  return out;
}

export function buildLayoutDump(
  opts: FrontEndOptions,
  fs: SourceFs,
): { dump: LayoutDump; diagnostics: Diagnostic[]; ok: boolean; result: FrontEndResult } {
  const sink = new DiagnosticSink();
  const result = runFrontEnd(opts, fs, sink);
  const constants: Record<string, string> = {};
  const literals: NonNullable<LayoutDump['literals']> = {};
  for (const decl of result.ir.decls) {
    if (decl.kind === 'constant') constants[decl.name] = decl.value.toString();
    else if (decl.kind === 'literal') literals[decl.name] = decl.value;
  }
  const skipped: Record<string, string> = {};
  for (const s of result.ir.skipped) skipped[s.name] = s.reason;
  const dump: LayoutDump = {
    target: opts.target,
    records: recordsOf(result),
    constants,
    literals,
    skipped,
    diagnostics: sink.items.map(diagnosticToDump),
  };
  return { dump, diagnostics: sink.items, ok: !sink.hasErrors, result };
}
