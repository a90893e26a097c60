// `npm run build:abi` (and `-- --check`): the support package @tsbindgen/abi (runtime/abi) as the files its
// tarball ships — runtime/abi/dist/*.js and *.d.ts — compiled by tsc from the package's own sources. They are
// committed like generated/ (a consumer installing the tarball gets JavaScript; no build step runs there), and
// --check (CI, test/consumer/abi-build.test.ts) fails when they differ from what the sources compile to.

import ts from 'typescript';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ABI_DIR = join(ROOT, 'runtime', 'abi');
const OUT = join(ABI_DIR, 'dist');

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  declaration: true,
  // The sources import './record.ts' as the rest of the repository does; the published files say './record.js'.
  rewriteRelativeImportExtensions: true,
  rootDir: ABI_DIR,
  outDir: OUT,
  newLine: ts.NewLineKind.LineFeed,
  types: [],
  skipLibCheck: true,
};

/** tsc rewrites the specifiers of the .js files only; the .d.ts must name the .d.ts beside them too. */
function jsSpecifiers(name: string, text: string): string {
  return name.endsWith('.d.ts') ? text.replace(/(from\s+|import\()(['"])(\.\.?\/[^'"]+)\.ts\2/g, '$1$2$3.js$2') : text;
}

/** dist/ as tsc writes it, relative paths with '/' → content; errors as printed diagnostics. */
export function buildAbi(): { files: Map<string, string>; errors: string[] } {
  const roots = readdirSync(ABI_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort().map((f) => join(ABI_DIR, f));
  const host = ts.createCompilerHost(OPTIONS);
  const files = new Map<string, string>();
  host.writeFile = (name, text) => files.set(relative(OUT, name).split('\\').join('/'), jsSpecifiers(name, text));
  const program = ts.createProgram(roots, OPTIONS, host);
  const result = program.emit();
  const diags = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  const errors = diags.map((d) => ts.formatDiagnostic(d, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' }).trimEnd());
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), errors };
}

export function readAbiDist(): Map<string, string> {
  let names: string[] = [];
  try {
    names = readdirSync(OUT).sort();
  } catch {
    /* no dist yet: every file is missing */
  }
  return new Map(names.map((n) => [n, readFileSync(join(OUT, n), 'utf8')]));
}

/** The paths that differ between the built files and dist/ on disk. */
export function staleAbiFiles(built: Map<string, string>, onDisk: Map<string, string>): string[] {
  const paths = new Set([...built.keys(), ...onDisk.keys()]);
  return [...paths].filter((p) => built.get(p) !== onDisk.get(p)).sort();
}

function main(check: boolean): number {
  const { files, errors } = buildAbi();
  if (errors.length > 0) {
    process.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  }
  const stale = staleAbiFiles(files, readAbiDist());
  if (check) {
    if (stale.length === 0) return 0;
    process.stderr.write(`runtime/abi/dist is stale (${stale.join(', ')}); run \`npm run build:abi\`\n`);
    return 1;
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const [p, text] of files) writeFileSync(join(OUT, p), text);
  process.stdout.write(`wrote ${files.size} files to runtime/abi/dist\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.includes('--check'));
