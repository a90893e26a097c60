// In-process stage timings of one tsbindgen generation of the benchmark input, in CPU time: the pipeline's
// stages called one by one as generator/frontend.ts and generate.ts chain them, so each stage's cost is
// exact (no sampling) and unaffected by other processes' load. The first iteration is what the CLI pays
// (cold JIT); the warm median shows how much of that is V8 warming up rather than the algorithm. The V8
// flags are the bin's one-shot ones (bin/v8-tuning.js) unless --v8-defaults, and the first iteration's
// garbage-collection pauses are attributed to the stage they fell in (a PerformanceObserver on 'gc').
//   npx tsx bench/generate/stages.ts [--iterations N] [--v8-defaults]

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
// @ts-expect-error plain JS module without declarations (the bin runs before any TypeScript tooling)
import { tuneV8 } from '../../bin/v8-tuning.js';
import { median } from './stats.ts';
import { createStage, LIBDRM_HEADERS } from './stage.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

type Timings = Map<string, number>;

/** Wall-clock intervals of each stage call, to attribute GC pauses to. */
const intervals: { stage: string; start: number; end: number }[] = [];

function timed<T>(t: Timings, stage: string, f: () => T): T {
  const c0 = process.cpuUsage();
  const start = performance.now();
  const out = f();
  intervals.push({ stage, start, end: performance.now() });
  const d = process.cpuUsage(c0);
  t.set(stage, (t.get(stage) ?? 0) + (d.user + d.system) / 1000);
  return out;
}

async function main(): Promise<number> {
  const iterations = arg('--iterations', 6);
  const flags = process.argv.includes('--v8-defaults') ? [] : (tuneV8([], process.env) as string[]);
  const pauses: { start: number; ms: number }[] = [];
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
  });
  gc.observe({ entryTypes: ['gc'] });
  const stage = createStage();
  try {
    const load: Timings = new Map();
    const c0 = process.cpuUsage();
    const m = {
      diagnostics: await import('../../generator/diagnostics.ts'),
      preprocess: await import('../../generator/source/preprocess.ts'),
      predefined: await import('../../generator/source/predefined.ts'),
      parse: await import('../../generator/source/parse.ts'),
      lower: await import('../../generator/ir/lower.ts'),
      constants: await import('../../generator/ir/constants.ts'),
      asserts: await import('../../generator/ir/static-asserts.ts'),
      layout: await import('../../generator/layout/compute.ts'),
      targets: await import('../../generator/layout/targets.ts'),
      pkg: await import('../../generator/emit/package.ts'),
      render: await import('../../generator/emit/render.ts'),
      fs: await import('../../generator/generate.ts'),
    };
    const d = process.cpuUsage(c0);
    load.set('load generator modules (tsx)', (d.user + d.system) / 1000);

    const runs: Timings[] = [];
    let firstEnd = 0;
    let outputLines = 0;
    let errors = 0;
    for (let i = 0; i < iterations; i++) {
      const t: Timings = new Map();
      const sink = new m.diagnostics.DiagnosticSink();
      const fs = m.fs.cwdSourceFs(stage.dir);
      const target = m.targets.TARGETS.x86_64;
      const headers = LIBDRM_HEADERS.map((h) => join('include/libdrm', h));
      const pp = timed(t, 'preprocess', () =>
        m.preprocess.preprocess(
          headers,
          {
            target,
            includeDirs: ['include/libdrm'],
            systemIncludeDirs: m.predefined.systemIncludeDirs(target),
            defines: [],
            undefines: [],
            config: undefined,
          },
          fs,
          sink,
        ),
      );
      const tree = timed(t, 'parse (tree-sitter)', () => m.parse.parseC(pp.text));
      timed(t, 'parse (tree-sitter)', () => m.parse.syntaxDiagnostics(tree, pp, sink));
      const ir = timed(t, 'lower to IR', () => m.lower.lower(tree, pp, target, sink));
      const query = timed(t, 'constants + static asserts', () => m.layout.createLayoutQuery(ir, target, sink));
      timed(t, 'constants + static asserts', () => m.constants.resolveConstants(ir, pp, query, target, sink));
      timed(t, 'constants + static asserts', () => m.asserts.checkStaticAsserts(ir, query, target, sink));
      const layout = timed(t, 'layout', () => m.layout.computeLayout(ir, target, sink));
      const owned = (h: string) => h.startsWith('include/libdrm/');
      const pkg = timed(t, 'emit: plan (view models)', () =>
        m.pkg.planPackage(
          {
            subsystem: 'libdrm-uapi',
            description: 'DRM uapi headers as installed by libdrm-dev',
            targets: [{ target, ir, layout }],
            headers,
            ownerOf: (decl) => (owned(decl.header) ? 'libdrm-uapi' : undefined),
            isGenerated: () => true,
            packageOf: (s) => `@tsbindgen/${s}`,
          },
          sink,
        ),
      );
      const files = timed(t, 'emit: render (handlebars)', () => m.render.renderPackage(pkg));
      outputLines = files.reduce((n, f) => n + f.content.split('\n').length, 0);
      errors = sink.items.filter((x) => x.severity === 'error').length;
      runs.push(t);
      if (i === 0) firstEnd = intervals.length;
    }
    // GC entries arrive asynchronously: let them in before reading them.
    await new Promise((r) => setTimeout(r, 10));
    gc.disconnect();
    const gcFirst = new Map<string, number>();
    for (const p of pauses) {
      const at = intervals.slice(0, firstEnd).find((iv) => p.start >= iv.start && p.start < iv.end);
      if (at) gcFirst.set(at.stage, (gcFirst.get(at.stage) ?? 0) + p.ms);
    }

    const stages = [...runs[0].keys()];
    const first = (s: string) => runs[0].get(s) ?? 0;
    const warm = (s: string) => median(runs.slice(1).map((r) => r.get(s) ?? 0));
    console.log(`tsbindgen stage timings, in process, CPU ms (${iterations} iterations; ${outputLines} lines rendered, ${errors} errors)`);
    console.log(`V8 flags: ${flags.join(' ') || 'defaults'}; "GC first" = main-thread GC pauses within the first iteration's stage`);
    console.log(`${'stage'.padEnd(32)} ${'first'.padStart(8)} ${'GC first'.padStart(9)} ${'warm median'.padStart(12)}`);
    for (const [s, ms] of load) console.log(`${s.padEnd(32)} ${ms.toFixed(0).padStart(8)} ${'—'.padStart(9)} ${'—'.padStart(12)}`);
    const gcOf = (s: string) => gcFirst.get(s) ?? 0;
    for (const s of stages) console.log(`${s.padEnd(32)} ${first(s).toFixed(0).padStart(8)} ${gcOf(s).toFixed(0).padStart(9)} ${warm(s).toFixed(0).padStart(12)}`);
    const total = (f: (s: string) => number) => stages.reduce((n, s) => n + f(s), 0);
    console.log(`${'total (pipeline)'.padEnd(32)} ${total(first).toFixed(0).padStart(8)} ${total(gcOf).toFixed(0).padStart(9)} ${total(warm).toFixed(0).padStart(12)}`);
    return 0;
  } finally {
    rmSync(stage.dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
