// `npm run build:types` (part of `prepack`): the library API's declarations, dist/types/**.d.ts, for
// `import { layout, generate } from 'tsbindgen'` under any tsc resolution. tsc declares every module reachable
// from generator/index.ts; only those the API's own declarations import are kept (the request/result types,
// the dump and the diagnostics), so the package does not ship the generator's internals as public types.

import ts from 'typescript';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'dist', 'types');
const ENTRY = 'index.d.ts';

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  declaration: true,
  emitDeclarationOnly: true,
  allowImportingTsExtensions: true,
  rewriteRelativeImportExtensions: true,
  resolveJsonModule: true,
  esModuleInterop: true,
  skipLibCheck: true,
  rootDir: join(ROOT, 'generator'),
  outDir: OUT,
  newLine: ts.NewLineKind.LineFeed,
  types: ['node'],
};

const SPECIFIER = /(from\s+|import\()(['"])(\.\.?\/[^'"]+?)\.ts\2/g;

/** The declarations the API's entry reaches through relative imports, by path under dist/types. */
export function buildApiTypes(): { files: Map<string, string>; errors: string[] } {
  const host = ts.createCompilerHost(OPTIONS);
  const all = new Map<string, string>();
  host.writeFile = (name, text) => all.set(relative(OUT, name).split('\\').join('/'), text.replace(SPECIFIER, '$1$2$3.js$2'));
  const program = ts.createProgram([join(ROOT, 'generator/index.ts')], OPTIONS, host);
  const result = program.emit();
  const errors = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics]
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  const kept = new Map<string, string>();
  const visit = (path: string): void => {
    const text = all.get(path);
    if (text === undefined || kept.has(path)) return;
    kept.set(path, text);
    for (const m of text.matchAll(/(?:from\s+|import\()['"](\.\.?\/[^'"]+)\.js['"]/g)) {
      visit(posix.normalize(posix.join(posix.dirname(path), `${m[1]}.d.ts`)));
    }
  };
  visit(ENTRY);
  return { files: new Map([...kept].sort(([a], [b]) => (a < b ? -1 : 1))), errors };
}

function main(): number {
  const { files, errors } = buildApiTypes();
  if (errors.length > 0 || !files.has(ENTRY)) {
    process.stderr.write(`${errors.join('\n') || 'no index.d.ts was emitted'}\n`);
    return 1;
  }
  rmSync(OUT, { recursive: true, force: true });
  for (const [p, text] of files) {
    mkdirSync(dirname(join(OUT, p)), { recursive: true });
    writeFileSync(join(OUT, p), text);
  }
  process.stdout.write(`wrote ${files.size} declaration files to dist/types\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
