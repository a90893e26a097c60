// Where tsbindgen's time goes: runs it once under `node --cpu-prof` and folds the profile's self time into
// pipeline stages by source file (and a few V8 pseudo-frames), so the report can name the costly stages.
// The profile covers node's main thread only: work on other threads (tsx's loader hooks, the esbuild
// service) shows up as the main thread waiting for it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface StageTime {
  stage: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  stages: StageTime[];
  hottest: { where: string; ms: number }[];
  problem?: string;
}

/** Ordered: the first matching rule names the stage. */
const STAGES: [RegExp, string][] = [
  [/^\(garbage collector\)$/, 'garbage collection'],
  [/^\(idle\)$/, 'idle (waiting: I/O, child processes)'],
  [/^\(program\)$/, 'native code outside JS (V8 compiler, tree-sitter C, startup)'],
  // Node 20 runs tsx's resolve/load hooks on a separate thread; the main thread's profile sees the wait.
  [/^(makeSyncRequest|waitForWorker)$/, 'module loading: waiting on the tsx loader thread'],
  [/node_modules\/(tsx|esbuild|get-tsconfig)\//, 'tsx loader (resolving and transpiling .ts on the fly)'],
  [/node_modules\/tree-sitter/, 'parse (tree-sitter bindings)'],
  [/node_modules\/handlebars\//, 'render (handlebars)'],
  [/node_modules\//, 'other dependencies'],
  [/generator\/source\/parse/, 'parse (tree-sitter walk)'],
  [/generator\/source\//, 'preprocess'],
  [/generator\/ir\//, 'lower to IR + constants'],
  [/generator\/layout\//, 'layout'],
  [/generator\/subsystems\//, 'manifest + subsystems'],
  [/generator\/emit\//, 'emit (plan, view model, render)'],
  [/generator\/fs\//, 'write files'],
  [/generator\//, 'generator (other)'],
  [/^node:internal\/modules|^internal\/modules/, 'module loading (node: resolve, compile, link)'],
  [/^node:|^internal\//, 'node internals (fs, streams, …)'],
  [/^$/, 'native / builtin functions'],
];

function stageOf(frame: ProfileNode['callFrame']): string {
  const key = frame.url || frame.functionName;
  for (const [re, stage] of STAGES) if (re.test(key) || re.test(frame.functionName)) return stage;
  return 'other';
}

/**
 * A non-minified esbuild bundle starts each module with a `// path/to/module.ts` comment line; this maps a
 * 0-based line of the bundle back to the module it came from, so a bundled run splits by stage too.
 */
export function bundleModules(bundleFile: string): (line: number) => string | undefined {
  const marks: { line: number; path: string }[] = [];
  readFileSync(bundleFile, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const m = /^\/\/ (\S+\.(?:ts|js|mjs|cjs))$/.exec(text);
      if (m) marks.push({ line, path: m[1] });
    });
  return (line) => {
    let found: string | undefined;
    for (const m of marks) {
      if (m.line > line) break;
      found = m.path;
    }
    return found;
  };
}

export interface Bundle {
  url: string;
  moduleAt(line: number): string | undefined;
}

export function summarize(profile: CpuProfile, root: string, bundle?: Bundle): ProfileSummary {
  if (bundle) {
    for (const n of profile.nodes) {
      if (n.callFrame.url !== bundle.url) continue;
      const mod = bundle.moduleAt(n.callFrame.lineNumber);
      if (mod) n.callFrame = { ...n.callFrame, url: `file://${root}/${mod}` };
    }
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stage = new Map<string, number>();
  const place = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    total += us;
    const s = stageOf(node.callFrame);
    stage.set(s, (stage.get(s) ?? 0) + us);
    const file = node.callFrame.url.replace(`file://${root}/`, '') || node.callFrame.functionName;
    const where = `${node.callFrame.functionName || '(anonymous)'} ${file}`;
    place.set(where, (place.get(where) ?? 0) + us);
  });
  const ms = (m: Map<string, number>) => [...m].map(([k, v]) => ({ k, ms: v / 1000 })).sort((a, b) => b.ms - a.ms);
  return {
    totalMs: total / 1000,
    stages: ms(stage).map((x) => ({ stage: x.k, ms: x.ms })),
    hottest: ms(place).slice(0, 8).map((x) => ({ where: x.k, ms: x.ms })),
  };
}

/** `argv` is the node command without `node` itself; the profile is written to a temporary directory. */
export function profileNode(argv: readonly string[], cwd: string, root: string, bundleFile?: string): ProfileSummary {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cpuprof-'));
  try {
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...argv], { cwd, encoding: 'utf8' });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (r.status !== 0 || !file) {
      return { totalMs: 0, stages: [], hottest: [], problem: `profiled run failed (status ${r.status}): ${r.stderr.slice(0, 300)}` };
    }
    const bundle = bundleFile ? { url: pathToFileURL(bundleFile).href, moduleAt: bundleModules(bundleFile) } : undefined;
    return summarize(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, root, bundle);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
