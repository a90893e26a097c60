// headers/check.sh, run per target: every header compiles alone, warning-free, under both configs.
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_COMPILERS, installed, run } from './compilers.ts';

const HEADERS = resolve(import.meta.dirname, '../../../headers');
// Generous: the check is ~90 compiler runs per target, and CI machines may be loaded.
const TIMEOUT = 600_000;

describe('headers/check.sh', () => {
  for (const c of TARGET_COMPILERS) {
    const present = installed(c);
    if (!present) console.warn(`skipping ${c.label}: ${c.argv[0]} is not installed`);
    it.skipIf(!present)(`every header compiles warning-free for ${c.label} under both configs`, async () => {
      const r = await run(['sh', join(HEADERS, 'check.sh'), c.label]);
      expect(r.stdout + r.stderr).toMatch(/PASS$/m);
      expect(r.status).toBe(0);
    }, TIMEOUT);
  }

  it.skipIf(!installed(TARGET_COMPILERS[0]!))('a header that warns makes the check fail and names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-check-'));
    try {
      cpSync(HEADERS, dir, { recursive: true });
      appendFileSync(join(dir, 'drm/drm_gem.h'), '\nstatic inline int unused_var(void) { int x; return 0; }\n');
      const r = await run(['sh', join(dir, 'check.sh'), 'x86_64']);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('FAIL x86_64 .config drm/drm_gem.h');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, TIMEOUT);
});
