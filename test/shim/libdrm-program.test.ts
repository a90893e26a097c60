// A program of our own against the real libdrm (device lookups, version, caps, dumb buffers,
// PRIME, magic/auth, fork, poll) prints under the shim what it printed on the real kernel.

import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runUnderShim } from '../../runtime/shim/run.ts';
import { compile, missingTools } from './compile.ts';

const HERE = import.meta.dirname;
const missing = missingTools(true);

describe('libdrm-program.c under the shim', () => {
  if (missing) {
    it.skip(`SKIPPED: ${missing}`, () => {});
    return;
  }
  let program = '';
  beforeAll(() => {
    program = compile('libdrm-program', join(HERE, 'libdrm-program.c'), ['-I/usr/include/libdrm', '-ldrm']);
  });
  it('prints byte for byte what it printed on Linux 6.1 (libdrm-program.expected)', async () => {
    const r = await runUnderShim(program, [], { env: { ...process.env, TSBINDGEN_SHIM_UID: '0' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(readFileSync(join(HERE, 'libdrm-program.expected'), 'utf8'));
    expect(r.status).toBe(0);
  });
});
