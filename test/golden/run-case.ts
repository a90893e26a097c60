// Runs one golden case the way `tsbindgen generate` would, in memory: the case folder is the working directory,
// its input.h's first line carries the flags, and without --config the case gets a one-subsystem config named
// after the folder.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSink } from '../../generator/diagnostics.ts';
import { formatWithSource, lineReader } from '../../generator/diagnostics-print.ts';
import type { OutputFile } from '../../generator/emit/view-model.ts';
import { buildTree, cwdSourceFs } from '../../generator/generate.ts';
import { isDiagnostic, parseArgs } from '../../generator/options.ts';

export const FLAGS_PREFIX = '// tsbindgen-flags:';

export interface CaseResult {
  ok: boolean;
  files: OutputFile[];
  /** Every diagnostic, formatted as the CLI prints it (with the source excerpt). */
  diagnostics: string;
}

export function implicitConfig(caseName: string, targets: readonly string[] = ['x86_64']): string {
  return `${JSON.stringify(
    {
      headersRoot: '.',
      includeDirs: ['.'],
      nostdinc: true,
      targets,
      subsystems: [
        { name: caseName, description: `golden case ${caseName}`, headers: ['*.h'], dependsOn: [], maintainers: ['golden <golden@tsbindgen.invalid>'] },
      ],
    },
    null,
    2,
  )}\n`;
}

/** `targets` overrides the implicit config's target list (behavioural tests run every case on every target). */
export function runCase(dir: string, caseName: string, targets?: readonly string[]): CaseResult {
  const input = readFileSync(join(dir, 'input.h'), 'utf8');
  const first = input.split('\n', 1)[0]!;
  const flags = first.startsWith(FLAGS_PREFIX) ? first.slice(FLAGS_PREFIX.length).trim().split(/\s+/).filter(Boolean) : [];
  const sink = new DiagnosticSink();
  const parsed = parseArgs(['generate', ...flags]);
  let files: OutputFile[] = [];
  if (parsed === 'help' || isDiagnostic(parsed)) {
    sink.report(parsed === 'help' ? { severity: 'error', code: 'cli-usage', message: 'help requested' } : parsed);
  } else {
    const configFile = parsed.projectConfig ?? 'tsbindgen.config.json';
    const configText = parsed.projectConfig ? readFileSync(join(dir, parsed.projectConfig), 'utf8') : implicitConfig(caseName, targets);
    const built = buildTree({ configText, configFile, cwd: dir }, sink);
    files = built?.files ?? [];
  }
  const fs = cwdSourceFs(dir);
  const reader = lineReader((f) => (f === 'tsbindgen.config.json' && !existsSync(join(dir, f)) ? implicitConfig(caseName) : fs.readFile(f)));
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const d of sink.items) {
    const text = formatWithSource(d, reader);
    if (!seen.has(text)) lines.push(text);
    seen.add(text);
  }
  return { ok: !sink.hasErrors, files, diagnostics: lines.length ? `${lines.join('\n')}\n` : '' };
}
