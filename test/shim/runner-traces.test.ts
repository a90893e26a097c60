// The oracle's own runner — the program that recorded the kernel traces — compiled natively and
// run under the shim: on every script its stdout must be byte-identical to the kernel's trace.

import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runUnderShim } from '../../runtime/shim/run.ts';
import { compile, missingTools, ROOT } from './compile.ts';

const RUNNER = join(ROOT, '../shared/oracle/kernel/runner.c');
const dirs = [join(ROOT, '../shared/oracle/kernel/scripts'), join(ROOT, 'test/conformance/scripts')];
const missing = missingTools() ?? (existsSync(RUNNER) ? null : `${RUNNER} is missing`);

// Scripts whose trace depends on files of the oracle's guest rather than on DRM: under the shim
// every non-DRM path is the host's own (no /script.txt, stdio may be pipes or sockets, no second
// serial port), so their traces cannot match here. The in-process model still replays them
// (test/conformance/traces.test.ts), where the guest's files are modelled.
const GUEST_FILES: Record<string, string> = {
  '39-open-stdio.txt': "probes the guest's console, serial ports and /script.txt",
};

describe('the oracle runner under the shim', () => {
  if (missing) {
    it.skip(`SKIPPED: ${missing}`, () => {});
    return;
  }
  let runner = '';
  beforeAll(() => {
    runner = compile('runner', RUNNER);
  });
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const trace = join(dir, name.replace(/\.txt$/, '.trace'));
      if (!existsSync(trace)) continue;
      if (GUEST_FILES[name]) {
        it.skip(`${name}: not run under the shim — ${GUEST_FILES[name]}`, () => {});
        continue;
      }
      it(`${name}: the runner prints the kernel's trace byte for byte`, async () => {
        // as in the oracle's guest: root (the model sees root whoever runs the test), cwd /
        const r = await runUnderShim(runner, [join(dir, name)], { cwd: '/', env: { ...process.env, TSBINDGEN_SHIM_UID: '0' } });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toBe(readFileSync(trace, 'utf8'));
      });
    }
  }
});
