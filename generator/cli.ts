// argv → options → command; the only place that prints and the only process.exit.

import { formatDiagnostic } from './diagnostics.ts';
import { formatWithSource, lineReader } from './diagnostics-print.ts';
import { buildLayoutDump } from './commands/layout.ts';
import { nodeSourceFs } from './fs/source-fs.ts';
import { frontEndOptions } from './frontend.ts';
import { helpText, isDiagnostic, parseArgs, type CliOptions } from './options.ts';
import { TSBINDGEN_VERSION } from './version.ts';

/** `--version` / `-V`, alone or before a command: what is installed, to put in a bug report. */
const VERSION_FLAGS = ['--version', '-V'];

function runLayout(o: CliOptions): number {
  const { dump, diagnostics, ok } = buildLayoutDump(frontEndOptions(o), nodeSourceFs);
  const readLine = lineReader((f) => nodeSourceFs.readFile(f));
  for (const d of diagnostics) process.stderr.write(`${formatWithSource(d, readLine)}\n`);
  process.stdout.write(`${JSON.stringify(dump, null, 2)}\n`);
  return ok ? 0 : 1;
}

async function run(argv: string[]): Promise<number> {
  if (argv.length > 0 && VERSION_FLAGS.includes(argv[0]!)) {
    process.stdout.write(`tsbindgen ${TSBINDGEN_VERSION}\n`);
    return 0;
  }
  const parsed = parseArgs(argv);
  if (parsed === 'help') {
    process.stdout.write(`${helpText()}\nwithout a command:\n  --version, -V              print the version of tsbindgen\n`);
    return 0;
  }
  if (isDiagnostic(parsed)) {
    process.stderr.write(`${formatDiagnostic(parsed)}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(helpText(parsed.command));
    return 0;
  }
  switch (parsed.command) {
    case 'layout':
      return runLayout(parsed);
    case 'generate': {
      const { runGenerate } = await import('./generate.ts');
      return runGenerate(parsed, { stdout: process.stdout, stderr: process.stderr });
    }
    case 'abi-diff': {
      const { runAbiDiff } = await import('./reports/run.ts');
      return printReport(runAbiDiff(parsed, nodeSourceFs));
    }
    case 'holes': {
      const { runHoles } = await import('./reports/run.ts');
      return printReport(runHoles(parsed, nodeSourceFs));
    }
  }
}

function printReport(r: { text: string; exitCode: number; diagnostics: string[] }): number {
  for (const d of r.diagnostics) process.stderr.write(`${d}\n`);
  process.stdout.write(r.text);
  return r.exitCode;
}

// An exception reaching here is a bug, never a verdict on the input: say so, and keep it apart from exit 1
// (errors reported) and 2 (usage) with 70, EX_SOFTWARE, so scripts and the fuzz gate can tell.
try {
  process.exitCode = await run(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`tsbindgen: internal error (a bug in tsbindgen; please report it with the input): ${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 70;
}
