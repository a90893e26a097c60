// The five target compilers and how to ask them things, shared by the header tests.
// Everything runs asynchronously: a blocked worker cannot report progress to vitest.
import { spawn, spawnSync } from 'node:child_process';

export interface TargetCompiler {
  /** Target label as check.sh and the generator name it. */
  label: string;
  /** argv prefix that compiles for the target. */
  argv: string[];
}

export const TARGET_COMPILERS: TargetCompiler[] = [
  { label: 'x86_64', argv: ['gcc'] },
  { label: 'i386', argv: ['gcc', '-m32'] },
  { label: 'aarch64', argv: ['aarch64-linux-gnu-gcc'] },
  { label: 'armhf', argv: ['arm-linux-gnueabihf-gcc'] },
  { label: 'wasm32', argv: ['clang-14', '--target=wasm32', '-ffreestanding'] },
];

/** Whether the compiler's executable is on PATH. */
export function installed(c: TargetCompiler): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', c.argv[0]!]).status === 0;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion, feeding it `input`. */
export function run(argv: string[], input = ''): Promise<RunResult> {
  return new Promise((resolveRun, reject) => {
    const [exe, ...args] = argv;
    const child = spawn(exe!, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolveRun({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

/**
 * Compiles `source` to assembly and reads back the 32-bit words of its data, in order.
 * Returns the compiler's message instead when it fails.
 */
export async function compileWords(c: TargetCompiler, flags: string[], source: string): Promise<number[] | string> {
  const r = await run([...c.argv, ...flags, '-x', 'c', '-S', '-o', '-', '-'], source);
  if (r.status !== 0) return r.stderr || `exit ${r.status}`;
  const words: number[] = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^\s*\.(?:long|word|int32|4byte)\s+(-?\d+)/.exec(line);
    if (m) words.push(Number(m[1]) >>> 0);
  }
  return words;
}
