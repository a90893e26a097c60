// `npm run shim:build` (part of prepare): builds the preload library. Without gcc it says so and
// succeeds: the library is then built by the first `npm run shim` on a machine that has gcc.

import { ensureShimLibrary, haveGcc } from '../runtime/shim/build.ts';

if (!haveGcc()) {
  process.stderr.write('shim:build: gcc not found; the preload library is not built\n');
} else {
  try {
    ensureShimLibrary();
  } catch (e) {
    process.stderr.write(`shim:build: ${(e as { stderr?: Buffer }).stderr?.toString() ?? (e as Error).message}\n`);
    process.exitCode = 1;
  }
}
