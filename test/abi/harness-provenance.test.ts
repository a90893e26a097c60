// The truth's record of the system headers it saw: same headers → no drift; a changed header → a drift that names
// the packages whose versions moved, so a Debian point release skips or goes live instead of failing.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { driftReason, headerDrift, provenanceOf, systemFiles } from './harness/provenance.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempHeaders(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-prov-'));
  dirs.push(dir);
  const file = join(dir, 'stddef.h');
  writeFileSync(file, '#define __counted_by_absent 1\n');
  return { dir, file };
}

describe('truth provenance', () => {
  it('hashes only files outside the project root', () => {
    const root = '/work/project';
    expect(systemFiles(root, ['/usr/include/a.h', '/work/project/headers/b.h', 'headers/c.h', '/usr/include/a.h'])).toEqual(['/usr/include/a.h']);
  });

  it('reports no drift while the headers read are unchanged', () => {
    const { file } = tempHeaders();
    const p = provenanceOf('/nonexistent-root', [file]);
    expect(p.files).toBe(1);
    expect(headerDrift('/nonexistent-root', p, [file])).toBeUndefined();
  });

  it('reports a drift when a header the truth saw changed', () => {
    const { file } = tempHeaders();
    const p = provenanceOf('/nonexistent-root', [file]);
    writeFileSync(file, '#define __counted_by(m)\n');
    expect(headerDrift('/nonexistent-root', p, [file])).toMatch(/system headers differ/);
  });

  it('names each package whose installed version is not the recorded one', () => {
    const recorded = { systemHeaders: 'x', files: 32, packages: { 'linux-libc-dev:amd64': '6.1.187-1', 'libdrm-dev:amd64': '2.4.114-1+b1' } };
    const why = driftReason(recorded, { 'linux-libc-dev:amd64': '6.1.192-3', 'libdrm-dev:amd64': '2.4.114-1+b1' }, 32);
    expect(why).toContain('linux-libc-dev:amd64 6.1.187-1 → 6.1.192-3');
    expect(why).not.toContain('libdrm-dev');
    expect(driftReason(recorded, { 'libdrm-dev:amd64': '2.4.114-1+b1' }, 32)).toContain('linux-libc-dev:amd64 6.1.187-1 → not installed');
  });

  it('a fixture with no provenance is compared as before', () => {
    expect(headerDrift('/r', undefined, ['/usr/include/stdio.h'])).toBeUndefined();
  });

  it('records the owning Debian package of a system header when dpkg knows it', () => {
    const p = provenanceOf('/nonexistent-root', ['/usr/include/linux/stddef.h']);
    // On a machine without dpkg or without linux-libc-dev the package list is empty; never a wrong owner.
    for (const name of Object.keys(p.packages)) expect(name).toMatch(/^linux-libc-dev/);
  });
});
