// The CLI side of the two reports (cli.ts: `await import('./reports/run.ts')`), kept apart so the pure report
// modules load without the front end: build the dumps with the front end, then format. Diagnostics are returned for
// the CLI to print on stderr; a front-end error makes the exit status 1, as `tsbindgen layout` does.

import { buildLayoutDump } from '../commands/layout.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { nodeSourceFs } from '../fs/source-fs.ts';
import { frontEndOptions } from '../frontend.ts';
import type { LayoutDump } from '../dump/types.ts';
import type { TargetName } from '../layout/targets.ts';
import type { CliOptions } from '../options.ts';
import type { SourceFs } from '../source/source-fs.ts';
import { abiDiff, abiDiffExitCode, formatAbiDiff } from './abi-diff.ts';
import { formatHoles, holes } from './holes.ts';

export interface ReportResult {
  text: string;
  exitCode: number;
  /** Formatted front-end diagnostics, for stderr. */
  diagnostics: string[];
}

function dumpFor(o: CliOptions, target: TargetName, fs: SourceFs): { dump: LayoutDump; diagnostics: string[]; ok: boolean } {
  const r = buildLayoutDump(frontEndOptions(o, target), fs);
  return { dump: r.dump, diagnostics: r.diagnostics.map((d) => `${target}: ${formatDiagnostic(d)}`), ok: r.ok };
}

/** `tsbindgen abi-diff --targets A,B HEADER…`: exit 1 when a uapi record differs or the front end fails. */
export function runAbiDiff(o: CliOptions, fs: SourceFs = nodeSourceFs): ReportResult {
  const [ta, tb] = o.targets.length === 2 ? o.targets : (['i386', 'x86_64'] as TargetName[]);
  const a = dumpFor(o, ta, fs);
  const b = dumpFor(o, tb, fs);
  const report = abiDiff(a.dump, b.dump);
  const failed = !a.ok || !b.ok;
  return { text: formatAbiDiff(report), exitCode: failed ? 1 : abiDiffExitCode(report), diagnostics: [...a.diagnostics, ...b.diagnostics] };
}

/** `tsbindgen holes [--target T] HEADER…`. */
export function runHoles(o: CliOptions, fs: SourceFs = nodeSourceFs): ReportResult {
  const d = dumpFor(o, o.target, fs);
  return { text: formatHoles(holes(d.dump)), exitCode: d.ok ? 0 : 1, diagnostics: d.diagnostics };
}
