// The fuzz gate: real headers (the project's headers/, Debian's libdrm, some Linux uapi headers; a source that
// is not installed is skipped), mutated at token and byte level with a fixed seed, run through the function
// `tsbindgen layout` runs, for a bounded time. For every input: no exception escapes, every error has
// file:line:col, the diagnostics print, and no run takes over its budget. A few go through the real bin too,
// whose exit status must be 0 or 1 (70 is an internal error). See test/fuzz/README.md.
//
// TSBINDGEN_FUZZ_SECONDS (default 60) bounds the in-process loop, TSBINDGEN_FUZZ_SEED (default 9) picks the
// sequence, TSBINDGEN_FUZZ_CASE_MS (default 5000) is one run's CPU budget.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLayoutDump } from '../../generator/commands/layout.ts';
import type { Diagnostic } from '../../generator/diagnostics.ts';
import { formatWithSource, lineReader } from '../../generator/diagnostics-print.ts';
import { nodeSourceFs } from '../../generator/fs/source-fs.ts';
import type { FrontEndOptions } from '../../generator/frontend.ts';
import type { TargetName } from '../../generator/layout/targets.ts';
import type { SourceFs } from '../../generator/source/source-fs.ts';
import { mutate, rng } from './mutators.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SECONDS = Number(process.env.TSBINDGEN_FUZZ_SECONDS ?? 60);
const SEED = Number(process.env.TSBINDGEN_FUZZ_SEED ?? 9);
const CASE_MS = Number(process.env.TSBINDGEN_FUZZ_CASE_MS ?? 5000);

interface Source {
  file: string;
  opts: Omit<FrontEndOptions, 'headers' | 'target'>;
}

function headersUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.h'))
    .map((f) => join(dir, f))
    .sort();
}

function sources(): Source[] {
  const project: Source['opts'] = {
    includeDirs: [join(ROOT, 'headers'), join(ROOT, 'headers/uapi')],
    kconfigFile: join(ROOT, 'headers/.config'),
    defines: [],
    undefines: [],
    nostdinc: true,
  };
  const libdrm: Source['opts'] = { includeDirs: ['/usr/include/libdrm'], defines: [], undefines: [] };
  const uapi: Source['opts'] = { includeDirs: [], defines: [], undefines: [] };
  const linux = ['types.h', 'ioctl.h', 'dma-buf.h', 'sync_file.h', 'udmabuf.h', 'videodev2.h', 'input.h', 'fs.h', 'btrfs.h', 'perf_event.h']
    .map((f) => `/usr/include/linux/${f}`)
    .filter((f) => existsSync(f));
  return [
    ...headersUnder(join(ROOT, 'headers')).map((file) => ({ file, opts: project })),
    ...headersUnder('/usr/include/libdrm').map((file) => ({ file, opts: libdrm })),
    ...linux.map((file) => ({ file, opts: uapi })),
  ];
}

/** The disk, with the mutated header (and any extra files beside it) in place of the real ones. */
function overlay(file: string, text: string, extra: Record<string, string> = {}): SourceFs {
  const virtual = new Map<string, string>([[file, text], ...Object.entries(extra).map(([n, t]) => [join(dirname(file), n), t] as const)]);
  return {
    readFile: (p) => virtual.get(p) ?? nodeSourceFs.readFile(p),
    isFile: (p) => virtual.has(p) || nodeSourceFs.isFile(p),
  };
}

const located = (d: Diagnostic) =>
  d.loc !== undefined && d.loc.file !== '' && Number.isInteger(d.loc.line) && d.loc.line >= 1 && Number.isInteger(d.loc.column) && d.loc.column >= 1;

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** The bin as a child process, without blocking the runner while it works. */
function run(cmd: string, args: string[]): Promise<{ status: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('close', (status, signal) => done({ status, signal, stdout, stderr }));
  });
}

const TARGETS: TargetName[] = ['x86_64', 'x86_64', 'i386', 'aarch64', 'armhf', 'wasm32'];

describe('fuzz gate', () => {
  const all = sources();

  test(
    'mutated real headers: no exception, every error located, every run within its budget',
    async () => {
      expect(all.length).toBeGreaterThan(0);
      const r = rng(SEED);
      const started = Date.now();
      const failures: string[] = [];
      const tally = new Map<string, number>();
      let cases = 0;
      let slowest = { ms: 0, what: '' };
      let withErrors = 0;
      while (Date.now() - started < SECONDS * 1000 && failures.length < 5) {
        const src = all[Math.floor(r() * all.length)];
        const target = TARGETS[Math.floor(r() * TARGETS.length)];
        const original = readFileSync(src.file, 'utf8');
        const m = mutate(original, r, basename(src.file));
        const what = `case ${cases} (seed ${SEED}): ${src.file} on ${target}, ${m.applied.join(' + ')}`;
        for (const a of m.applied) tally.set(a, (tally.get(a) ?? 0) + 1);
        cases++;
        const fs = overlay(src.file, m.text, m.extra);
        // Let the runner's own messages through between cases (a minute of synchronous work times them out).
        await new Promise((done) => setImmediate(done));
        const t0 = process.cpuUsage();
        try {
          const out = buildLayoutDump({ ...src.opts, headers: [src.file], target }, fs);
          // What the CLI does with the answer: print every diagnostic with its excerpt, then the JSON.
          const reader = lineReader((f) => fs.readFile(f));
          for (const d of out.diagnostics) formatWithSource(d, reader);
          JSON.stringify(out.dump);
          const unlocated = out.diagnostics.filter((d) => d.severity === 'error' && !located(d));
          if (unlocated.length > 0) failures.push(`${what}: error without file:line:col: ${unlocated[0].code}: ${unlocated[0].message.slice(0, 200)}`);
          if (!out.ok) withErrors++;
        } catch (e) {
          failures.push(`${what}: threw ${String((e as Error)?.stack ?? e).slice(0, 1500)}`);
        }
        const ms = cpuMs(t0);
        if (ms > slowest.ms) slowest = { ms, what };
        if (ms > CASE_MS) failures.push(`${what}: took ${ms.toFixed(0)} ms of CPU (budget ${CASE_MS})`);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `fuzz gate: ${cases} cases, seed ${SEED}, ${seconds} s (budget ${SECONDS} s), ${withErrors} with errors, ` +
          `${all.length} source headers; slowest ${slowest.ms.toFixed(0)} ms CPU: ${slowest.what}\n` +
          `  mutations: ${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')}`,
      );
      expect(failures).toEqual([]);
      expect(cases).toBeGreaterThan(0);
    },
    (SECONDS + 120) * 1000,
  );

  test(
    'mutated headers through the real bin: exit 0 or 1, every stderr line a located diagnostic or its excerpt',
    async () => {
      const r = rng(SEED + 1);
      const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-fuzz-'));
      try {
        const libdrm = all.filter((s) => s.file.startsWith('/usr/include/libdrm/'));
        const pool = libdrm.length > 0 ? libdrm : all;
        for (let k = 0; k < 3; k++) {
          const src = pool[Math.floor(r() * pool.length)];
          const m = mutate(readFileSync(src.file, 'utf8'), r, 'fuzz.h');
          const file = join(dir, `fuzz${k}.h`);
          // Real invalid UTF-8 bytes on disk, which only the bin's own read decodes.
          writeFileSync(file, Buffer.concat([Buffer.from(m.text.replaceAll('"fuzz.h"', `"fuzz${k}.h"`)), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a])]));
          for (const [name, text] of Object.entries(m.extra ?? {})) writeFileSync(join(dir, name), text.replaceAll('"fuzz.h"', `"fuzz${k}.h"`));
          const p = await run(process.execPath, [join(ROOT, 'bin/tsbindgen.js'), 'layout', '-I', '/usr/include/libdrm', '-I', dir, file]);
          const what = `bin case ${k} (seed ${SEED + 1}): ${src.file}, ${m.applied.join(' + ')}`;
          expect([0, 1], `${what}: exit ${p.status} signal ${p.signal}\n${p.stderr.slice(0, 2000)}`).toContain(p.status);
          const stray = p.stderr
            .split('\n')
            .filter((l) => l !== '' && !l.startsWith('  ') && !/^[^\s:][^:]*:\d+:\d+: (error|warning|note) [a-z0-9-]+: /.test(l) && !/^tsbindgen: (warning|note) /.test(l));
          expect(stray, what).toEqual([]);
          expect(() => JSON.parse(p.stdout), what).not.toThrow();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
