// V8 settings for a one-shot run of the CLI, set before the CLI's code is even loaded (loading it is where
// the young generation first grows). A `generate` on the libdrm benchmark input lasts about half a second;
// V8's optimizing tier spends more on compiling (and deoptimizing) in that time than its code gives back,
// and letting the young generation grow to its 16 MB default only buys memory the run never reuses.
// Measured (bench/generate input, x86_64, node 20, prebuilt bundle, quiet machine):
//   V8 defaults                                  0.78 s wall, 1.21 s CPU, 91.6 MB peak RSS
//   --no-opt                                     0.57 s wall, 0.60 s CPU, 78.9 MB
//   --no-opt, semi-space growth factor 1         0.48 s wall, 0.52 s CPU, 63.6 MB
// On this project's own manifest (10 subsystems × 5 targets, ~5× the work) --no-opt still cuts CPU from
// 1.7 s to 0.95 s. `--watch` keeps the defaults: it lives long enough for the optimizer to pay off.
// Both flags are consulted when V8 decides (tier-up, new-space growth), so setting them at run time works.
import { setFlagsFromString } from 'node:v8';

export const ONE_SHOT_V8_FLAGS = ['--no-opt', '--semi-space-growth-factor=1'];

/**
 * TSBINDGEN_V8_DEFAULTS=1 keeps V8's defaults (to compare, or should a future node reject a flag).
 * @param {readonly string[]} argv the CLI's arguments
 * @param {NodeJS.ProcessEnv} env
 * @param {(flag: string) => void} set V8 flags are process-wide; tests pass a recorder
 * @returns {readonly string[]} the flags set
 */
export function tuneV8(argv, env = process.env, set = setFlagsFromString) {
  if (env.TSBINDGEN_V8_DEFAULTS === '1' || argv.includes('--watch')) return [];
  for (const flag of ONE_SHOT_V8_FLAGS) set(flag);
  return ONE_SHOT_V8_FLAGS;
}
