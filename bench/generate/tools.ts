// The commands measured, each a separate child process. bindgen is run the way its users run it (a wrapper
// header, default options: layout tests on, rustfmt on), and once more without rustfmt — a leaner baseline
// (one process, no formatter beside it) so a win cannot come from bindgen's formatter alone. tsbindgen is run
// the way its users run it, through the package's bin (see tsbindgenTools). Two startup floors show the fixed
// cost underneath: node doing nothing, and our CLI loading and printing --help.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/**
 * The environment node's rows run in: ours, minus our own switches (set per row below) and minus
 * NODE_EXTRA_CA_CERTS unless `keepCaCerts`. Some machines (this sandbox among them) export that variable, and
 * node then reads and parses the whole CA bundle before running any code (~45 ms here), although neither
 * tool opens a TLS connection. The rows without it are the usual case; when it is set, one more row and one
 * more floor show the cost as found.
 */
export function nodeEnv(extra: Record<string, string> = {}, keepCaCerts = false): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of ['TSBINDGEN_FROM_SOURCE', 'TSBINDGEN_V8_DEFAULTS', 'TSBINDGEN_DEBUG_BIN']) if (!(k in extra)) delete e[k];
  if (!keepCaCerts) delete e.NODE_EXTRA_CA_CERTS;
  return e;
}

export const CA_CERTS_SET = process.env.NODE_EXTRA_CA_CERTS !== undefined && process.env.NODE_EXTRA_CA_CERTS !== '';

/**
 * tsbindgen as `npx tsbindgen` runs it — the bin, which runs the prebuilt bundle with its one-shot V8 flags
 * (bin/v8-tuning.js) — and variations of it that show where the time goes: with this machine's
 * NODE_EXTRA_CA_CERTS, the same bundle on V8's defaults, and the TypeScript sources through tsx (what a
 * developer editing the generator runs).
 */
export function tsbindgenTools(root: string, stage: Stage): Tool[] {
  const argv = [process.execPath, join(root, 'bin/tsbindgen.js'), ...generateArgs(stage)];
  return [
    { key: 'tsbindgen', label: 'tsbindgen (bin, prebuilt bundle)', role: 'ours', command: { argv, cwd: root, env: nodeEnv() } },
    ...(CA_CERTS_SET
      ? [{ key: 'tsbindgen-ca', label: 'same, NODE_EXTRA_CA_CERTS as set', role: 'ours' as const, command: { argv, cwd: root, env: nodeEnv({}, true) } }]
      : []),
    {
      key: 'tsbindgen-v8-defaults',
      label: 'same bundle, V8 defaults',
      role: 'ours',
      command: { argv, cwd: root, env: nodeEnv({ TSBINDGEN_V8_DEFAULTS: '1' }) },
    },
    {
      key: 'tsbindgen-source',
      label: 'tsbindgen from sources (tsx)',
      role: 'ours',
      command: { argv, cwd: root, env: nodeEnv({ TSBINDGEN_FROM_SOURCE: '1' }) },
    },
  ];
}

/**
 * Builds dist/bin/tsbindgen.mjs (`npm run build`; not timed, as compiling bindgen is not) and checks that the
 * bin will run it rather than fall back to the sources.
 */
export async function ensureBundle(root: string): Promise<{ file: string } | { problem: string }> {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return { problem: `npm run build failed: ${(r.stderr || r.stdout).slice(0, 400)}` };
  // @ts-expect-error plain JS module without declarations (the bin runs before any TypeScript tooling)
  const { chooseBundle } = await import('../../bin/fresh-bundle.js');
  const choice = chooseBundle(pathToFileURL(`${root}/`), nodeEnv()) as { bundle: URL } | { reason: string };
  return 'bundle' in choice ? { file: fileURLToPath(choice.bundle) } : { problem: `the bin would not run the bundle: ${choice.reason}` };
}

export function floorTools(root: string): Tool[] {
  const node = [process.execPath, '-e', '0'];
  return [
    { key: 'node', label: 'floor: node -e 0', role: 'floor', command: { argv: node, env: nodeEnv() } },
    ...(CA_CERTS_SET
      ? [{ key: 'node-ca', label: 'floor: same, NODE_EXTRA_CA_CERTS', role: 'floor' as const, command: { argv: node, env: nodeEnv({}, true) } }]
      : []),
    {
      key: 'help',
      label: 'floor: tsbindgen --help (bin)',
      role: 'floor',
      command: { argv: [process.execPath, join(root, 'bin/tsbindgen.js'), '--help'], cwd: root, env: nodeEnv() },
    },
  ];
}
