// Runs one command as its own child process and measures it from the outside.
//
// Wall time: hrtime around the child. The /usr/bin/time wrapper costs every tool the same fork+exec (~1 ms).
// Peak memory, two honest views of it:
// - `largestKb`: GNU time's %M, ru_maxrss from wait4() — exact, but it is the peak of the single largest
//   process of the tree, so a tool made of two processes looks smaller than it is.
// - `treeKb`: the whole process tree at its fullest: every few milliseconds the resident sets (VmRSS) of all
//   live processes the command started are summed, and the largest sum is kept — never less than %M. tsx
//   runs esbuild as a service process next to node, and bindgen runs clang (to find include paths) and
//   rustfmt as children, so this is the figure we compare. Sampling can miss a spike shorter than the
//   poll interval; %M bounds that from below.
// CPU time: GNU time's %U + %S, user and system time of the child and every descendant it waited for. Other
// processes' load stretches wall time but barely CPU time, so on a busy machine this is the steadier figure.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';
const POLL_MS = 4;

export interface Command {
  argv: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Sample {
  wallMs: number;
  largestKb: number;
  treeKb: number;
  cpuMs: number;
  processes: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

export function gnuTimeAvailable(): boolean {
  return existsSync(GNU_TIME);
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process exited between listing and reading: nothing more to learn from it
  }
}

function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const t of tasks) {
    const text = readText(`/proc/${pid}/task/${t}/children`);
    if (text) for (const c of text.trim().split(/\s+/)) if (c) out.push(Number(c));
  }
  return out;
}

function rssKb(pid: number): number | undefined {
  const m = /VmRSS:\s+(\d+) kB/.exec(readText(`/proc/${pid}/status`) ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Resident memory of every live descendant now; the wrapper (GNU time itself) is not part of the tool. */
function sampleTree(root: number, seen: Set<number>): number {
  let sum = 0;
  const stack = childrenOf(root);
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const rss = rssKb(pid);
    if (rss !== undefined) {
      sum += rss;
      seen.add(pid);
    }
    stack.push(...childrenOf(pid));
  }
  return sum;
}

export async function measureOnce(cmd: Command): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(dir, 'rusage');
  try {
    const seen = new Set<number>();
    let treePeak = 0;
    const start = process.hrtime.bigint();
    const child = spawn(GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, ...cmd.argv], {
      cwd: cmd.cwd,
      env: cmd.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setInterval(() => {
      if (child.pid !== undefined) treePeak = Math.max(treePeak, sampleTree(child.pid, seen));
    }, POLL_MS);
    const status = await new Promise<number | null>((resolve) => {
      child.on('error', (e) => {
        stderr += String(e);
        resolve(null);
      });
      child.on('close', (code) => resolve(code));
    });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    clearInterval(timer);
    // GNU time writes "Command exited with non-zero status N" before the format line on failure.
    const lines = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n') : [];
    const [maxrss, user, sys] = (lines.at(-1) ?? '').split(' ').map(Number);
    const largestKb = maxrss ?? Number.NaN;
    const cpuMs = ((user ?? Number.NaN) + (sys ?? Number.NaN)) * 1000;
    const treeKb = Math.max(treePeak, Number.isFinite(largestKb) ? largestKb : 0);
    return { wallMs, largestKb, treeKb, cpuMs, processes: Math.max(seen.size, 1), status, stdout, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
