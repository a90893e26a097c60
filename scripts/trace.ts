// `npm run --silent trace -- SCRIPT.txt`: prints the trace of SCRIPT.txt run against a fresh
// simulated Linux 6.1 + vgem, in the kernel oracle's format.

import { readFileSync } from 'node:fs';
import { runTrace } from '../runtime/trace/runner.ts';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: trace SCRIPT.txt\n');
  process.exit(2);
}
let script: string;
try {
  script = readFileSync(path, 'utf8');
} catch (e) {
  process.stderr.write(`${path}: ${(e as Error).message}\n`);
  process.exit(2);
}
process.stdout.write(runTrace(script));
