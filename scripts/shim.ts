// `npm run --silent shim -- PROGRAM [ARGS…]`: runs PROGRAM with the preload library against a
// fresh device model (Linux 6.1 + vgem); its stdout, stderr and exit status pass through.
// TSBINDGEN_SHIM_DEBUG=1 traces every intercepted call on stderr.

import { runUnderShim } from '../runtime/shim/run.ts';

const [program, ...args] = process.argv.slice(2);
if (!program) {
  process.stderr.write('usage: npm run --silent shim -- PROGRAM [ARGS…]\n');
  process.exit(2);
}
const debug = !!process.env.TSBINDGEN_SHIM_DEBUG && process.env.TSBINDGEN_SHIM_DEBUG !== '0';
try {
  const r = await runUnderShim(program, args, { stdio: 'inherit', debug });
  process.exitCode = r.status;
} catch (e) {
  process.stderr.write(`shim: ${(e as Error).message}\n`);
  process.exitCode = 127;
}
