// Where tsbindgen's time goes: runs it once under `node --cpu-prof` and folds the profile's self time into
// pipeline stages by source file (and a few V8 pseudo-frames), so the report can name the costly stages.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
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
  [/^node:|^internal\//, 'node internals (module loading, fs)'],
  [/^$/, 'native / builtin functions'],
];

function stageOf(frame: ProfileNode['callFrame']): string {
  const key = frame.url || frame.functionName;
  for (const [re, stage] of STAGES) if (re.test(key) || re.test(frame.functionName)) return stage;
  return 'other';
}

export function summarize(profile: CpuProfile, root: string): ProfileSummary {
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
export function profileNode(argv: readonly string[], cwd: string, root: string): ProfileSummary {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cpuprof-'));
  try {
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...argv], { cwd, encoding: 'utf8' });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (r.status !== 0 || !file) {
      return { totalMs: 0, stages: [], hottest: [], problem: `profiled run failed (status ${r.status}): ${r.stderr.slice(0, 300)}` };
    }
    return summarize(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
