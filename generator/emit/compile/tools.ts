// The two compilers behind the .js and .d.ts of every generated module, loaded on first use: `layout` and a
// `generate` whose compiled files are all reused never pay for them. They are loaded with require() from
// the package's own node_modules, so the CLI bundle does not carry them (both are dependencies).

import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';
import type * as Esbuild from 'esbuild';

const load = createRequire(import.meta.url);

let ts: typeof TypeScript | undefined;
let esbuild: typeof Esbuild | undefined;

export function typescript(): typeof TypeScript {
  ts ??= load('typescript') as typeof TypeScript;
  return ts;
}

export function esbuildApi(): typeof Esbuild {
  esbuild ??= load('esbuild') as typeof Esbuild;
  return esbuild;
}

/** Bumped whenever ../declarations/ changes what it writes, so every .d.ts it stamped is written again. */
const DECLARATIONS_REVISION = 1;

/**
 * Names each compiler with its version, so a compiled file's stamp changes when the compiler does. A .d.ts is
 * written by tsbindgen's own declaration writer, or by TypeScript for what that writer does not know: both count.
 */
export function compilerIds(): { js: string; dts: string } {
  const pkg = (name: string): string => (load(`${name}/package.json`) as { version: string }).version;
  return { js: `esbuild@${pkg('esbuild')}`, dts: `tsbindgen-declarations@${DECLARATIONS_REVISION}+typescript@${pkg('typescript')}` };
}
