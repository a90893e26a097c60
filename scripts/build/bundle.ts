// `npm run build` (and `prepare`, so `npm ci` runs it): the CLI as one ESM file, dist/bin/tsbindgen.mjs,
// which bin/tsbindgen.js runs on plain node instead of transpiling ~80 modules through tsx at every start
// (bench/generate: about 0.45 s of CPU saved per run). Beside it, inputs.json lists every file esbuild read,
// so the bin can tell a bundle older than its sources and fall back to them (bin/fresh-bundle.js).
// The bundle sits two directories below the root because the renderer finds templates/ at ../../templates
// from its own URL; the native tree-sitter modules stay external.

import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT_DIR = join(ROOT, 'dist', 'bin');

async function main(): Promise<number> {
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = join(OUT_DIR, `.tsbindgen.${process.pid}.mjs`);
  try {
    const result = await build({
      entryPoints: [join(ROOT, 'generator/cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['tree-sitter', 'tree-sitter-c'],
      // Bundled CommonJS dependencies (handlebars) call require(); an ESM file has none of its own.
      banner: { js: "import { createRequire as __tsbindgenRequire } from 'node:module'; const require = __tsbindgenRequire(import.meta.url);" },
      outfile: tmp,
      metafile: true,
      logLevel: 'error',
    });
    // esbuild names inputs relative to its working directory; store them relative to the root.
    const inputs = Object.keys(result.metafile.inputs)
      .map((p) => relative(ROOT, resolve(process.cwd(), p)))
      .sort();
    // Inputs first, bundle last: a bundle is never newer than a stale inputs list.
    writeFileSync(join(OUT_DIR, 'inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
    renameSync(tmp, join(OUT_DIR, 'tsbindgen.mjs'));
    process.stdout.write(`built dist/bin/tsbindgen.mjs from ${inputs.length} files\n`);
    return 0;
  } catch (e) {
    rmSync(tmp, { force: true });
    process.stderr.write(`build failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

process.exitCode = await main();
