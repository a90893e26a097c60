// Text of the benchmark's report: tables of medians, ratios against bindgen, and a plain verdict.

import type { Sample } from './measure.ts';
import { median, minMax, ratio } from './stats.ts';
import type { Tool } from './tools.ts';

export interface ToolRuns {
  tool: Tool;
  first?: Sample;
  samples: Sample[];
}

export interface Medians {
  wallMs: number;
  cpuMs: number;
  treeMb: number;
  largestMb: number;
}

const mb = (kb: number) => kb / 1024;

export function medians(r: ToolRuns): Medians {
  return {
    wallMs: median(r.samples.map((s) => s.wallMs)),
    cpuMs: median(r.samples.map((s) => s.cpuMs)),
    treeMb: mb(median(r.samples.map((s) => s.treeKb))),
    largestMb: mb(median(r.samples.map((s) => s.largestKb))),
  };
}

export function failed(r: ToolRuns): Sample | undefined {
  return [r.first, ...r.samples].find((s) => s !== undefined && s.status !== 0);
}

export function table(runs: ToolRuns[]): string {
  const head = `${'tool'.padEnd(34)} ${'wall (median)'.padStart(13)} ${'min–max'.padStart(15)} ${'CPU u+s'.padStart(9)} ${'peak RSS tree'.padStart(13)} ${'largest proc'.padStart(12)} ${'procs'.padStart(5)} ${'first run'.padStart(10)}`;
  const lines = [head, '-'.repeat(head.length)];
  for (const r of runs) {
    if (r.samples.length === 0) continue;
    const m = medians(r);
    const { min, max } = minMax(r.samples.map((s) => s.wallMs));
    const procs = Math.max(...r.samples.map((s) => s.processes));
    lines.push(
      [
        r.tool.label.padEnd(34),
        `${m.wallMs.toFixed(0)} ms`.padStart(13),
        `${min.toFixed(0)}–${max.toFixed(0)} ms`.padStart(15),
        `${m.cpuMs.toFixed(0)} ms`.padStart(9),
        `${m.treeMb.toFixed(1)} MB`.padStart(13),
        `${m.largestMb.toFixed(1)} MB`.padStart(12),
        String(procs).padStart(5),
        (r.first ? `${r.first.wallMs.toFixed(0)} ms` : '').padStart(10),
      ].join(' '),
    );
  }
  return lines.join('\n');
}

export interface Verdict {
  text: string;
  /** Secondary figures: CPU time and the largest single process, which do not decide the verdict. */
  detail: string;
  wallRatio: number;
  memRatio: number;
  wins: boolean;
}

/** A row's goal as ratios to the baseline: issue 3's libdrm row wants half the wall time and half the memory. */
export interface Goal {
  wall: number;
  memory: number;
}

/** Target from issue 3 by default; the kernel row (issue 11) asks for half the wall time and no more memory. */
export function verdict(ours: ToolRuns, baseline: ToolRuns, goal: Goal = { wall: 0.5, memory: 0.5 }): Verdict {
  const o = medians(ours);
  const b = medians(baseline);
  const wallRatio = o.wallMs / b.wallMs;
  const memRatio = o.treeMb / b.treeMb;
  const part = (name: string, x: number, limit: number) => `${name} ${ratio(x)} (${x <= limit ? 'meets' : 'MISSES'} ≤ ${limit.toFixed(2)}×)`;
  const wins = wallRatio <= goal.wall && memRatio <= goal.memory;
  const detail = `CPU time ${ratio(o.cpuMs / b.cpuMs)}, largest single process ${ratio(o.largestMb / b.largestMb)}`;
  return { text: `${ours.tool.label}: ${part('wall time', wallRatio, goal.wall)}; ${part('peak memory', memRatio, goal.memory)}`, detail, wallRatio, memRatio, wins };
}
