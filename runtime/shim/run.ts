// Runs a program under the preload library against a fresh server, with the program's stdio
// passed through or captured. The server lives in this process, so the caller must not block
// its event loop while the program runs.

import { spawn } from 'node:child_process';
import type { ChildProcess, StdioOptions } from 'node:child_process';
import { ensureShimLibrary } from './build.ts';
import { ShimServer } from './server.ts';
import type { ShimServerOptions } from './server.ts';

export interface ShimRunOptions extends ShimServerOptions {
  readonly stdio?: StdioOptions;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** ms to wait, after the program exits, for processes it left behind to disconnect */
  readonly grace?: number;
  /** called once the program runs (to talk to it, or look at the model meanwhile) */
  readonly onStart?: (child: ChildProcess, server: ShimServer) => void;
  /** called after the program and its processes are gone, before the model is dropped */
  readonly inspect?: (server: ShimServer) => void;
}

export interface ShimRunResult {
  /** exit status, or 128 + signal number when a signal ended the program (as a shell reports it) */
  readonly status: number;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };

export async function runUnderShim(program: string, args: readonly string[], options: ShimRunOptions = {}): Promise<ShimRunResult> {
  const library = ensureShimLibrary();
  const server = await ShimServer.start(options);
  try {
    const base = options.env ?? process.env;
    const preload = base.LD_PRELOAD ? `${library}:${base.LD_PRELOAD}` : library;
    const child = spawn(program, args, {
      stdio: options.stdio ?? 'pipe',
      cwd: options.cwd,
      env: { ...base, ...server.env, LD_PRELOAD: preload },
    });
    options.onStart?.(child, server);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (c, s) => resolve([c, s]));
    });
    const deadline = Date.now() + (options.grace ?? 1000);
    while (server.connections > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    options.inspect?.(server);
    const status = code ?? 128 + (signal ? SIGNALS[signal] ?? 0 : 0);
    return { status, signal, stdout, stderr };
  } finally {
    await server.close();
  }
}
