// Every kernel-oracle script (the shared examples and ours) must produce, on the model, the
// byte-identical trace the real Linux 6.1 kernel printed for it.

import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTrace } from '../../runtime/trace/runner.ts';

const dirs = [
  join(import.meta.dirname, '../../../shared/oracle/kernel/scripts'),
  join(import.meta.dirname, 'scripts'),
];

for (const dir of dirs) {
  describe(`kernel traces in ${dir}`, () => {
    // A clone without ../shared beside it cannot see the shared traces: say so instead of passing quietly.
    if (!existsSync(dir)) {
      it.skip(`SKIPPED: ${dir} is missing`, () => {});
      return;
    }
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const tracePath = join(dir, name.replace(/\.txt$/, '.trace'));
      if (!existsSync(tracePath)) {
        it.skip(`SKIPPED: ${name} has no recorded kernel trace`, () => {});
        continue;
      }
      it(`${name} reproduces the kernel's trace byte for byte`, () => {
        const script = readFileSync(join(dir, name), 'utf8');
        expect(runTrace(script)).toBe(readFileSync(tracePath, 'utf8'));
      });
    }
  });
}
