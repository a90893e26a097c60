// The commands measured, each a separate child process. bindgen is run the way its users run it (a wrapper
// header, default options: layout tests on, rustfmt on), and once more without rustfmt — a leaner baseline
// (one process, no formatter beside it) so a win cannot come from bindgen's formatter alone. tsbindgen is run the way ours run it — the package's
// bin, which loads the TypeScript sources through tsx — and, as a second row, as one esbuild-bundled
// JavaScript file on plain node, which is what a published build would ship. Two startup floors show the
// fixed cost underneath: node doing nothing, and our CLI loading and printing --help.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from './measure.ts';
import type { Stage } from './stage.ts';

export interface Tool {
  key: string;
  label: string;
  command: Command;
  /** Baselines are compared against; floors are context, not competitors. */
  role: 'baseline' | 'ours' | 'floor';
}

export function bindgenTools(stage: Stage): Tool[] {
  return [
    {
      key: 'bindgen',
      label: 'bindgen 0.60 (libclang 14)',
      role: 'baseline',
      command: { argv: ['bindgen', stage.wrapper, '-o', stage.bindgenOut], cwd: stage.dir },
    },
    {
      key: 'bindgen-nofmt',
      label: 'bindgen --no-rustfmt-bindings',
      role: 'baseline',
      command: { argv: ['bindgen', '--no-rustfmt-bindings', stage.wrapper, '-o', `${stage.bindgenOut}.nofmt`], cwd: stage.dir },
    },
  ];
}

function generateArgs(stage: Stage): string[] {
  return ['generate', '--config', stage.config, '--out', stage.tsbindgenOut];
}

export function tsbindgenBinTool(root: string, stage: Stage): Tool {
  return {
    key: 'tsbindgen',
    label: 'tsbindgen (bin: node + tsx)',
    role: 'ours',
    command: { argv: [process.execPath, join(root, 'bin/tsbindgen.js'), ...generateArgs(stage)], cwd: root },
  };
}

export function tsbindgenBundleTools(bundle: string, stage: Stage, root: string): Tool[] {
  return [
    {
      key: 'tsbindgen-bundle',
      label: 'tsbindgen (esbuild bundle, node)',
      role: 'ours',
      command: { argv: [process.execPath, bundle, ...generateArgs(stage)], cwd: root },
    },
    {
      // Generation makes much short-lived garbage; V8's default young generation lets it pile up as RSS.
      // A 1 MB semi-space trades a few more scavenges for ~15 MB less peak RSS (same CPU time when tried).
      key: 'tsbindgen-bundle-semi1',
      label: 'same, node --max-semi-space-size=1',
      role: 'ours',
      command: { argv: [process.execPath, '--max-semi-space-size=1', bundle, ...generateArgs(stage)], cwd: root },
    },
  ];
}

export function floorTools(root: string): Tool[] {
  return [
    { key: 'node', label: 'floor: node -e 0', role: 'floor', command: { argv: [process.execPath, '-e', '0'] } },
    {
      key: 'help',
      label: 'floor: tsbindgen --help (bin)',
      role: 'floor',
      command: { argv: [process.execPath, join(root, 'bin/tsbindgen.js'), '--help'], cwd: root },
    },
  ];
}

/**
 * Bundles generator/cli.ts into one ESM file two levels below the stage directory, with `templates` and
 * `node_modules` linked beside it: the renderer finds templates at `../../templates/` from its own URL, and
 * the native tree-sitter modules stay external. esbuild is the one tsx already depends on.
 */
export function buildBundle(root: string, stage: Stage): { file: string } | { problem: string } {
  const esbuild = join(root, 'node_modules/.bin/esbuild');
  if (!existsSync(esbuild)) return { problem: 'node_modules/.bin/esbuild not found' };
  const outDir = join(stage.dir, 'bundle', 'bin');
  mkdirSync(outDir, { recursive: true });
  symlinkSync(join(root, 'templates'), join(stage.dir, 'templates'));
  symlinkSync(join(root, 'node_modules'), join(stage.dir, 'node_modules'));
  const file = join(outDir, 'tsbindgen.mjs');
  const r = spawnSync(
    esbuild,
    [
      join(root, 'generator/cli.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--external:tree-sitter',
      '--external:tree-sitter-c',
      // Bundled CommonJS dependencies (handlebars) call require(); give the ESM bundle one.
      "--banner:js=import { createRequire as __bench_cr } from 'node:module'; const require = __bench_cr(import.meta.url);",
      `--outfile=${file}`,
      '--log-level=error',
    ],
    { encoding: 'utf8' },
  );
  return r.status === 0 ? { file } : { problem: `esbuild failed: ${r.stderr.slice(0, 400)}` };
}
