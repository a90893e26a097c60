// `generate` may only replace a folder it owns: every "out" that could delete a user's files is refused with a
// located error, and nothing outside the output folder changes, whatever "out" says.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { OUTPUT_MARKER } from '../../../generator/fs/out-guard.ts';
import { runGenerate } from '../../../generator/generate.ts';
import { defaultOptions, type CliOptions } from '../../../generator/options.ts';
import { runWatch } from '../../../generator/watch.ts';

let dir: string;

/** A config whose "out" key sits at line 5, column 3. */
function config(out: string, headersRoot = 'include', includeDirs = ['include', 'extra']): string {
  return [
    '{',
    `  "headersRoot": ${JSON.stringify(headersRoot)},`,
    `  "includeDirs": ${JSON.stringify(includeDirs)},`,
    '  "targets": ["x86_64"],',
    `  "out": ${JSON.stringify(out)},`,
    '  "subsystems": [{ "name": "demo", "description": "d", "headers": ["*.h"], "dependsOn": [], "maintainers": ["m <m@x.invalid>"] }]',
    '}',
    '',
  ].join('\n');
}

function project(out: string, headersRoot = 'include'): void {
  mkdirSync(join(dir, headersRoot), { recursive: true });
  mkdirSync(join(dir, 'extra'), { recursive: true });
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(join(dir, headersRoot, 'a.h'), 'struct a { int x; };\n');
  writeFileSync(join(dir, 'extra', 'b.h'), 'struct b { int y; };\n');
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, 'tsbindgen.config.json'), config(out, headersRoot));
}

/** Every file under dir with its content, except under `skip` (the output folder). */
function snapshot(skip?: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const n of readdirSync(join(dir, rel))) {
      const r = rel ? `${rel}/${n}` : n;
      if (r === skip) continue;
      const st = statSync(join(dir, r));
      if (st.isDirectory()) walk(r);
      else files.set(r, readFileSync(join(dir, r), 'utf8'));
    }
  };
  walk('');
  return files;
}

async function run(extra: Partial<CliOptions> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runGenerate(
    { ...defaultOptions('generate'), ...extra },
    { cwd: dir, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } },
  );
  return { code, stdout, stderr };
}

/** Runs generate with `out` in the config and expects a refusal at the "out" key that changes no file. */
async function expectRefused(out: string, reason: RegExp, headersRoot = 'include'): Promise<void> {
  project(out, headersRoot);
  const before = snapshot();
  const r = await run();
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(new RegExp(`^tsbindgen\\.config\\.json:5:3: error out-unsafe: "out": ${reason.source}`, 'm'));
  expect(r.stderr).toContain('nothing was written');
  expect(snapshot()).toEqual(before);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsbindgen-out-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('generate refuses an "out" that overlaps what it must not replace', () => {
  test('out equal to the headers root', () => expectRefused('include', /.*is the headers root "include"/));
  test('out "." (the project itself)', () => expectRefused('.', /.*contains the headers root/));
  test('out inside the headers root', () => expectRefused('include/gen', /.*lies inside the headers root/));
  test('out equal to an include dir', () => expectRefused('extra', /.*is the include dir "extra"/));
  test('out containing the headers root', () => expectRefused('src', /.*contains the headers root "src\/include"/, 'src/include'));
  test('out equal to the config folder through ".."', () => expectRefused('../' + dir.split('/').pop(), /.*contains the headers root/));
  test('out inside .git', () => expectRefused('.git/gen', /.*lies inside a \.git folder/));
  test('out inside node_modules', () => expectRefused('node_modules/gen', /.*lies inside a node_modules folder/));

  test('out that is a symlink to the headers root', async () => {
    project('link');
    symlinkSync(join(dir, 'include'), join(dir, 'link'));
    const before = snapshot('link');
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tsbindgen\.config\.json:5:3: error out-unsafe: "out": the output folder "link" is the headers root/m);
    expect(snapshot('link')).toEqual(before);
    expect(readFileSync(join(dir, 'include/a.h'), 'utf8')).toBe('struct a { int x; };\n');
  });

  test('--out is checked the same way and named in the message', async () => {
    project('generated');
    const before = snapshot();
    const r = await run({ out: 'include' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tsbindgen: error out-unsafe: --out: the output folder "include" is the headers root/m);
    expect(snapshot()).toEqual(before);
  });
});

describe('generate only replaces a folder it wrote', () => {
  test('a first run into a missing folder writes it with the marker', async () => {
    project('generated');
    const before = snapshot();
    expect((await run()).code).toBe(0);
    expect(readFileSync(join(dir, 'generated', OUTPUT_MARKER), 'utf8')).toContain('tsbindgen generate');
    expect(existsSync(join(dir, 'generated/demo/x86_64.ts'))).toBe(true);
    expect(snapshot('generated')).toEqual(before);
  });

  test('a first run into an empty folder is allowed', async () => {
    project('generated');
    mkdirSync(join(dir, 'generated'));
    expect((await run()).code).toBe(0);
    expect(existsSync(join(dir, 'generated', OUTPUT_MARKER))).toBe(true);
  });

  test('a non-empty folder without the marker is refused and left as it was', async () => {
    project('docs');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/notes.md'), 'my notes\n');
    const before = snapshot();
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tsbindgen\.config\.json:5:3: error out-unsafe: "out": the folder "docs" is not empty and has no \.tsbindgen-output marker/m);
    expect(snapshot()).toEqual(before);
  });

  test('a folder with the marker is replaced, stale files and all, and nothing outside it changes', async () => {
    project('generated');
    expect((await run()).code).toBe(0);
    writeFileSync(join(dir, 'generated/demo/stale.ts'), 'export {};\n');
    const before = snapshot('generated');
    expect((await run()).code).toBe(0);
    expect(existsSync(join(dir, 'generated/demo/stale.ts'))).toBe(false);
    expect(existsSync(join(dir, 'generated/demo/x86_64.ts'))).toBe(true);
    expect(snapshot('generated')).toEqual(before);
  });

  test('a marked folder that holds a node_modules folder is refused', async () => {
    project('generated');
    expect((await run()).code).toBe(0);
    mkdirSync(join(dir, 'generated/node_modules/dep'), { recursive: true });
    writeFileSync(join(dir, 'generated/node_modules/dep/index.js'), '\n');
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('contains node_modules, which generate would delete');
    expect(existsSync(join(dir, 'generated/node_modules/dep/index.js'))).toBe(true);
  });

  test('--check never writes, even with an out that generate would refuse', async () => {
    project('include');
    const before = snapshot();
    const r = await run({ check: true });
    expect(r.code).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  test('--check reports a missing marker as a missing file', async () => {
    project('generated');
    expect((await run()).code).toBe(0);
    rmSync(join(dir, 'generated', OUTPUT_MARKER));
    const r = await run({ check: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`+++ b/generated/${OUTPUT_MARKER}`);
  });
});

describe('watch obeys the same rules', () => {
  test('a watch cycle into an unmarked non-empty folder writes and removes nothing', async () => {
    project('docs');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/notes.md'), 'my notes\n');
    let stderr = '';
    const abort = new AbortController();
    const rewritten = await new Promise<string[]>((done) => {
      void runWatch(
        { ...defaultOptions('generate'), watch: true },
        {
          cwd: dir,
          signal: abort.signal,
          stdout: { write: () => undefined },
          stderr: { write: (s: string) => (stderr += s) },
          onCycle: (files) => done(files),
        },
      );
      setTimeout(() => writeFileSync(join(dir, 'include/a.h'), 'struct a { int x; int z; };\n'), 300);
    });
    abort.abort();
    expect(rewritten).toEqual([]);
    expect(stderr.match(/error out-unsafe/g)?.length).toBe(2);
    expect(readdirSync(join(dir, 'docs'))).toEqual(['notes.md']);
  }, 20_000);
});
