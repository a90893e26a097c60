// `generate` and `generate --check` on a small project in a temp directory: the real CLI path minus process.exit.

import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runGenerate } from '../../../generator/generate.ts';
import { defaultOptions, type CliOptions } from '../../../generator/options.ts';

const CASE = resolve(import.meta.dirname, '../../golden/cross-subsystem');

let dir: string;

function opts(extra: Partial<CliOptions> = {}): CliOptions {
  return { ...defaultOptions('generate'), projectConfig: 'proj/case.json', out: 'out', ...extra };
}

async function run(extra: Partial<CliOptions> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runGenerate(opts(extra), {
    cwd: dir,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsbindgen-gen-'));
  // The case's headers root is its own folder, so the output goes beside it: generate refuses an out inside it.
  for (const f of ['input.h', 'base.h', 'case.json']) cpSync(join(CASE, f), join(dir, 'proj', f));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('generate and --check', () => {
  test('generate writes the same files as the golden expectation', async () => {
    expect((await run()).code).toBe(0);
    const want = readFileSync(join(CASE, 'expected/golden-user/x86_64.ts'), 'utf8');
    expect(readFileSync(join(dir, 'out/golden-user/x86_64.ts'), 'utf8')).toBe(want);
  });

  test('--check passes right after generate', async () => {
    await run();
    const r = await run({ check: true });
    expect(r.code).toBe(0);
  });

  test('--check fails with a diff when a generated file was edited', async () => {
    await run();
    appendFileSync(join(dir, 'out/golden-base/x86_64.ts'), '// hand edit\n');
    const r = await run({ check: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- a/out/golden-base/x86_64.ts');
    expect(r.stdout).toContain('-// hand edit');
    expect(r.stderr).toContain('1 different');
  });

  test('--check fails when an extra file sits in the output', async () => {
    await run();
    writeFileSync(join(dir, 'out/golden-base/stray.ts'), 'export {};\n');
    const r = await run({ check: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- a/out/golden-base/stray.ts');
    expect(r.stdout).toContain('+++ /dev/null');
    expect(r.stderr).toContain('1 extra');
  });

  test('--check fails when a file is missing', async () => {
    await run();
    rmSync(join(dir, 'out/MAINTAINERS'));
    const r = await run({ check: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 missing');
  });

  test('--check writes nothing', async () => {
    const r = await run({ check: true });
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('--check fails after a header edit, with the change in the diff', async () => {
    await run();
    writeFileSync(join(dir, 'proj/base.h'), readFileSync(join(dir, 'proj/base.h'), 'utf8').replace('unsigned int flags;', 'unsigned int flags;\n\tunsigned int more;'));
    const r = await run({ check: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('+  get more(): number {');
  });

  test('generate removes stale files', async () => {
    await run();
    writeFileSync(join(dir, 'out/golden-base/stray.ts'), 'export {};\n');
    await run();
    expect(existsSync(join(dir, 'out/golden-base/stray.ts'))).toBe(false);
  });

  test('a failing generation leaves the previous output untouched', async () => {
    await run();
    const before = readFileSync(join(dir, 'out/golden-user/x86_64.ts'), 'utf8');
    writeFileSync(join(dir, 'proj/input.h'), '#include "base.h"\nstruct user { struct base b; int x @ };\n');
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing was written');
    expect(readFileSync(join(dir, 'out/golden-user/x86_64.ts'), 'utf8')).toBe(before);
  });

  test('diagnostics print with the source line and a caret', async () => {
    writeFileSync(join(dir, 'proj/case.json'), readFileSync(join(dir, 'proj/case.json'), 'utf8').replace('"dependsOn": ["golden-base"]', '"dependsOn": []'));
    const r = await run();
    expect(r.stderr).toMatch(/^proj\/input\.h:5:1: error subsystem-undeclared-edge: .*\n {2}struct user \{\n {2}\^$/m);
  });

  test('two runs produce byte-identical trees', async () => {
    await run();
    const first = readFileSync(join(dir, 'out/golden-user/x86_64.ts'), 'utf8') + readFileSync(join(dir, 'out/MAINTAINERS'), 'utf8');
    await run();
    const second = readFileSync(join(dir, 'out/golden-user/x86_64.ts'), 'utf8') + readFileSync(join(dir, 'out/MAINTAINERS'), 'utf8');
    expect(second).toBe(first);
  });
});

describe('generate failures outside the headers', () => {
  test('a missing project config is project-config-unreadable, exit 1', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsbindgen-gen-'));
    const r = await run({ projectConfig: 'nope.json' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error project-config-unreadable: cannot read the project config "nope.json"');
    rmSync(dir, { recursive: true, force: true });
  });

  test('an output path that cannot be created is out-unwritable and nothing else changes', async () => {
    writeFileSync(join(dir, 'blocker'), 'a file where a directory should be\n');
    const r = await run({ out: 'blocker/out' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error out-unwritable');
    expect(readFileSync(join(dir, 'blocker'), 'utf8')).toBe('a file where a directory should be\n');
  });
});
