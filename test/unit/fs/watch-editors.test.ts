// --watch against what editors and users do, on real temp folders with real fs.watch: rename-style saves, new and
// deleted headers, new folders, and edits of the config itself. Every wait is bounded.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { defaultOptions } from '../../../generator/options.ts';
import { runWatch } from '../../../generator/watch.ts';

const dirs: string[] = [];
const stops: AbortController[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s.abort();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const CONFIG = {
  headersRoot: 'h',
  subsystems: [
    { name: 'sub-a', headers: ['a/*.h'] },
    { name: 'sub-b', headers: ['b/**/*.h'] },
  ],
};

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-watch-ed-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'h/a'), { recursive: true });
  mkdirSync(join(dir, 'h/b'), { recursive: true });
  writeFileSync(join(dir, 'h/a/one.h'), 'struct one { int x; };\n');
  writeFileSync(join(dir, 'h/b/two.h'), 'struct two { int y; };\n');
  writeFileSync(join(dir, 'tsbindgen.config.json'), JSON.stringify(CONFIG, null, 2));
  return dir;
}

/** Starts --watch; `cycle()` resolves with the files of the next regeneration, or rejects after `ms`. */
async function startWatch(dir: string) {
  const queue: string[][] = [];
  let wake: (() => void) | undefined;
  let stdout = '';
  const abort = new AbortController();
  stops.push(abort);
  let started!: () => void;
  const ready = new Promise<void>((r) => (started = r));
  void runWatch(
    { ...defaultOptions('generate'), watch: true },
    {
      cwd: dir,
      signal: abort.signal,
      stdout: {
        write: (s: string) => {
          stdout += s;
          if (s.startsWith('watching ')) started();
        },
      },
      stderr: { write: () => undefined },
      onCycle: (files) => {
        queue.push(files);
        wake?.();
      },
    },
  );
  await ready;
  const cycle = async (ms = 5000): Promise<string[]> => {
    const deadline = Date.now() + ms;
    while (queue.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no regeneration within ${ms} ms; output so far:\n${stdout}`);
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, left);
      });
    }
    return queue.shift()!;
  };
  return { cycle, output: () => stdout };
}

/** What vim, VS Code and others do: write a temp file beside the header, then rename it over. */
function renameSave(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

describe('watch survives editors', () => {
  test('after a rename-style save, later saves are still seen', async () => {
    const dir = project();
    const w = await startWatch(dir);
    renameSave(join(dir, 'h/a/one.h'), 'struct one { int x; int first; };\n');
    expect(await w.cycle()).toContain('sub-a/x86_64.ts');
    expect(readFileSync(join(dir, 'generated/sub-a/x86_64.ts'), 'utf8')).toContain('first');
    renameSave(join(dir, 'h/a/one.h'), 'struct one { int x; int second; };\n');
    await w.cycle();
    expect(readFileSync(join(dir, 'generated/sub-a/x86_64.ts'), 'utf8')).toContain('second');
    writeFileSync(join(dir, 'h/a/one.h'), 'struct one { int x; int third; };\n');
    await w.cycle();
    expect(readFileSync(join(dir, 'generated/sub-a/x86_64.ts'), 'utf8')).toContain('third');
  }, 30_000);

  test('an edit regenerates only the subsystem whose header changed', async () => {
    const dir = project();
    const w = await startWatch(dir);
    writeFileSync(join(dir, 'h/b/two.h'), 'struct two { int y; int z; };\n');
    const files = await w.cycle();
    expect(files).toContain('sub-b/x86_64.ts');
    expect(files.some((f) => f.startsWith('sub-a/'))).toBe(false);
    expect(w.output()).toContain('regenerated sub-b:');
  }, 30_000);

  test('a new header, also in a new folder, is generated into its subsystem', async () => {
    const dir = project();
    const w = await startWatch(dir);
    writeFileSync(join(dir, 'h/a/three.h'), 'struct three { long t; };\n');
    await w.cycle();
    expect(readFileSync(join(dir, 'generated/sub-a/x86_64.ts'), 'utf8')).toContain('three');
    expect(w.output()).toContain('regenerated sub-a:');
    mkdirSync(join(dir, 'h/b/deeper'));
    // Give the new folder's watcher a moment: it is added when its parent reports it.
    await new Promise((r) => setTimeout(r, 200));
    writeFileSync(join(dir, 'h/b/deeper/four.h'), 'struct four { char c; };\n');
    await w.cycle();
    expect(readFileSync(join(dir, 'generated/sub-b/x86_64.ts'), 'utf8')).toContain('four');
    writeFileSync(join(dir, 'h/b/deeper/four.h'), 'struct four { char c; char d; };\n');
    await w.cycle();
    expect(readFileSync(join(dir, 'generated/sub-b/x86_64.ts'), 'utf8')).toContain('get d()');
  }, 30_000);

  test('a deleted header disappears from its subsystem', async () => {
    const dir = project();
    writeFileSync(join(dir, 'h/a/gone.h'), 'struct gone { int g; };\n');
    const w = await startWatch(dir);
    expect(readFileSync(join(dir, 'generated/sub-a/x86_64.ts'), 'utf8')).toContain('gone');
    unlinkSync(join(dir, 'h/a/gone.h'));
    await w.cycle();
    expect(readFileSync(join(dir, 'generated/sub-a/x86_64.ts'), 'utf8')).not.toContain('gone');
  }, 30_000);

  test('an edit of the config is reloaded: a new target is generated, and a moved header tree is watched', async () => {
    const dir = project();
    const w = await startWatch(dir);
    renameSave(join(dir, 'tsbindgen.config.json'), JSON.stringify({ ...CONFIG, targets: ['x86_64', 'i386'] }, null, 2));
    const files = await w.cycle();
    expect(files).toContain('sub-a/i386.ts');
    expect(existsSync(join(dir, 'generated/sub-b/i386.ts'))).toBe(true);
    mkdirSync(join(dir, 'other/a'), { recursive: true });
    mkdirSync(join(dir, 'other/b'), { recursive: true });
    writeFileSync(join(dir, 'other/a/moved.h'), 'struct moved { int m; };\n');
    writeFileSync(join(dir, 'other/b/b.h'), 'struct bb { int m; };\n');
    writeFileSync(join(dir, 'tsbindgen.config.json'), JSON.stringify({ ...CONFIG, headersRoot: 'other' }, null, 2));
    await w.cycle();
    expect(readFileSync(join(dir, 'generated/sub-a/x86_64.ts'), 'utf8')).toContain('moved');
    writeFileSync(join(dir, 'other/a/moved.h'), 'struct moved { int m; int n; };\n');
    await w.cycle();
    expect(readFileSync(join(dir, 'generated/sub-a/x86_64.ts'), 'utf8')).toContain('get n()');
  }, 30_000);
});
