// bench/watch: one save of a header → the files of its subsystem written, through `generate --watch` on a temp
// copy of the project's headers and config (real fs.watch, real writes). Baseline, measured in the same run: the
// same save handled as a full regeneration (config edit → every subsystem re-planned, every target compiled).
//
//   npx tsx bench/watch/run.ts [--saves N] [--header headers/…]

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultOptions } from '../../generator/options.ts';
import { runWatch } from '../../generator/watch.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const saves = Number(arg('--saves', '15'));
const header = arg('--header', 'headers/drm/drm_gem.h');

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-bench-watch-'));
cpSync(join(root, 'headers'), join(dir, 'headers'), { recursive: true });
cpSync(join(root, 'tsbindgen.config.json'), join(dir, 'tsbindgen.config.json'));

let onCycle: ((files: string[]) => void) | undefined;
let started!: () => void;
const ready = new Promise<void>((r) => (started = r));
const abort = new AbortController();
let log = '';
const watching = runWatch(
  { ...defaultOptions('generate'), watch: true },
  {
    cwd: dir,
    signal: abort.signal,
    stdout: {
      write: (s: string) => {
        log += s;
        if (s.startsWith('watching ')) started();
      },
    },
    stderr: { write: (s: string) => void process.stderr.write(s) },
    onCycle: (files) => onCycle?.(files),
  },
);
await ready;

/**
 * Runs `edit`, resolves with ms until the watch wrote its files, the CPU ms this process spent meanwhile (far less
 * moved by a busy machine than wall time) and how many files were written.
 */
function timed(edit: () => void): Promise<{ ms: number; cpu: number; files: number }> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const guard = setTimeout(() => fail(new Error(`no regeneration within 20 s\n${log}`)), 20_000);
    onCycle = (files) => {
      clearTimeout(guard);
      onCycle = undefined;
      const c = process.cpuUsage(c0);
      done({ ms: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (c.user + c.system) / 1000, files: files.length });
    };
    edit();
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const file = join(dir, header);
const original = readFileSync(file, 'utf8');
const configFile = join(dir, 'tsbindgen.config.json');
const config = readFileSync(configFile, 'utf8');

const one: number[] = [];
const oneCpu: number[] = [];
const full: number[] = [];
const fullCpu: number[] = [];
let files = 0;
for (let i = 0; i < saves + 2; i++) {
  // Each save changes the output (a new constant), so files are really written every time.
  const r = await timed(() => writeFileSync(file, `${original}\n#define BENCH_WATCH_${i} ${i}\n`));
  if (i >= 2) {
    // the first cycles warm the JIT and caches
    one.push(r.ms);
    oneCpu.push(r.cpu);
  }
  files = r.files;
}
for (let i = 0; i < Math.max(3, Math.floor(saves / 3)); i++) {
  const r = await timed(() => writeFileSync(configFile, config.replace(/\}\s*$/, `, "$comment": "bench ${i}" }\n`)));
  full.push(r.ms);
  fullCpu.push(r.cpu);
}
abort.abort();
await watching;
rmSync(dir, { recursive: true, force: true });

const m1 = median(one);
const mf = median(full);
process.stdout.write(
  [
    `save of ${header} → ${files} file(s) of its subsystem written: median ${m1.toFixed(1)} ms over ${one.length} saves (min ${Math.min(...one).toFixed(1)}, max ${Math.max(...one).toFixed(1)})`,
    `baseline, config edit → full regeneration: median ${mf.toFixed(1)} ms over ${full.length}`,
    `CPU time per cycle: one subsystem ${median(oneCpu).toFixed(1)} ms, full ${median(fullCpu).toFixed(1)} ms (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
    `ratio one-subsystem / full: ${(m1 / mf).toFixed(2)}× wall, ${(median(oneCpu) / median(fullCpu)).toFixed(2)}× CPU   (goal: ≤ 50 ms; the 15 ms debounce is included in wall time)`,
    '',
  ].join('\n'),
);
