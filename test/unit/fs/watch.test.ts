// --watch on a temp copy of the cross-subsystem golden case: an edit to one header regenerates the owning
// subsystem and its dependents, and prints what was rewritten.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { buildTree } from '../../../generator/generate.ts';
import { defaultOptions } from '../../../generator/options.ts';
import { affectedSubsystems, runWatch } from '../../../generator/watch.ts';

const CASE = resolve(import.meta.dirname, '../../golden/cross-subsystem');
const dirs: string[] = [];

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-watch-'));
  dirs.push(dir);
  for (const f of ['input.h', 'base.h', 'case.json']) cpSync(join(CASE, f), join(dir, 'proj', f));
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('watch', () => {
  test('a header change affects its subsystem and every subsystem depending on it', () => {
    const dir = project();
    const built = buildTree({ configText: readFileSync(join(dir, 'proj/case.json'), 'utf8'), configFile: 'case.json', cwd: join(dir, 'proj') }, new DiagnosticSink())!;
    expect(affectedSubsystems(built.config, built.assignment, built.headersRoot, ['base.h'], ['case.json'])).toEqual(new Set(['golden-base', 'golden-user']));
    expect(affectedSubsystems(built.config, built.assignment, built.headersRoot, ['input.h'], ['case.json'])).toEqual(new Set(['golden-user']));
    expect(affectedSubsystems(built.config, built.assignment, built.headersRoot, ['case.json'], ['case.json'])).toBe('all');
  });

  test('editing a header rewrites the affected files and says so', async () => {
    const dir = project();
    let stdout = '';
    const abort = new AbortController();
    const cycle = new Promise<string[]>((done) => {
      const watching = runWatch(
        { ...defaultOptions('generate'), projectConfig: 'proj/case.json', out: 'out', watch: true },
        {
          cwd: dir,
          signal: abort.signal,
          stdout: { write: (s: string) => (stdout += s) },
          stderr: { write: () => undefined },
          onCycle: (rewritten) => done(rewritten),
        },
      );
      void watching.then(() => undefined);
      // Give fs.watch a moment to start before editing.
      setTimeout(() => {
        writeFileSync(join(dir, 'proj/input.h'), readFileSync(join(dir, 'proj/input.h'), 'utf8').replace('base_id_t id;', 'base_id_t id;\n\tunsigned int extra;'));
      }, 300);
    });
    const rewritten = await cycle;
    abort.abort();
    expect(rewritten).toContain('golden-user/x86_64.ts');
    expect(rewritten).not.toContain('golden-base/x86_64.ts');
    expect(stdout).toContain('rewrote out/golden-user/x86_64.ts');
    expect(readFileSync(join(dir, 'out/golden-user/x86_64.ts'), 'utf8')).toContain('get extra(): number');
  }, 20_000);

  test("after a fast cycle the README still lists every subsystem's skipped macros, as a full generate writes it", async () => {
    // The project's own headers: a save of drm_gem.h re-plans drm-gem alone, whose headers do not include those
    // of uapi-drm, which has skipped macros of its own.
    const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-watch-'));
    dirs.push(dir);
    const root = resolve(import.meta.dirname, '../../..');
    cpSync(join(root, 'headers'), join(dir, 'headers'), { recursive: true });
    cpSync(join(root, 'tsbindgen.config.json'), join(dir, 'tsbindgen.config.json'));
    const abort = new AbortController();
    const save = () => {
      const h = join(dir, 'headers/drm/drm_gem.h');
      writeFileSync(h, `${readFileSync(h, 'utf8')}\n#define DRM_GEM_TWICE(x) ((x) * 2)\n`);
    };
    const cycle = new Promise<void>((done) => {
      void runWatch(
        { ...defaultOptions('generate'), watch: true },
        {
          cwd: dir,
          signal: abort.signal,
          // Saved once the first full generation is written and the folders are watched.
          stdout: { write: (s: string) => void (s.startsWith('watching ') && setTimeout(save, 200)) },
          stderr: { write: () => undefined },
          onCycle: () => done(),
        },
      );
    });
    await cycle;
    abort.abort();
    const readme = readFileSync(join(dir, 'generated/README.md'), 'utf8');
    const full = buildTree({ configText: readFileSync(join(dir, 'tsbindgen.config.json'), 'utf8'), configFile: 'tsbindgen.config.json', cwd: dir }, new DiagnosticSink())!;
    expect(readme).toContain('DRM_GEM_TWICE');
    expect(readme).toBe(full.files.find((f) => f.path === 'README.md')!.content);
  }, 60_000);
});
