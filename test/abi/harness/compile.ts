// Compiles a probe file to assembly and never runs anything. A line the compiler rejects is blanked (keeping the
// numbering) and the file compiled again, so one bad question costs only its own answer, with gcc's reason kept.

import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Toolchain } from './toolchains.ts';

export interface CompileInput {
  dir: string;
  /** File name → text, written into dir; the first is the translation unit. */
  files: [string, string][];
  extraArgs: string[];
}

export interface CompileResult {
  /** undefined when the unit could not be compiled at all (the reason is in fatal). */
  asm?: string;
  fatal?: string;
  /** Probe line → the compiler's first error message about it. */
  rejected: Map<number, string>;
}

interface ErrorBlock {
  message: string;
  lines: number[];
}

const DIAG = /^(.*?):(\d+):(\d+): (fatal error|error|warning|note): (.*)$/;

/** Groups each error with the notes after it and keeps the probe-file lines any of them mention. */
export function errorBlocks(stderr: string, probeFile: string): ErrorBlock[] {
  const blocks: ErrorBlock[] = [];
  let cur: ErrorBlock | undefined;
  for (const raw of stderr.split('\n')) {
    const m = raw.match(DIAG);
    if (!m) continue;
    const [, file, line, , sev, msg] = m;
    if (sev === 'error' || sev === 'fatal error') {
      cur = { message: msg.replace(/[‘’]/g, "'"), lines: [] };
      blocks.push(cur);
    } else if (sev === 'warning') {
      cur = undefined;
      continue;
    }
    if (cur && (file === probeFile || file.endsWith(`/${probeFile}`))) cur.lines.push(Number(line));
  }
  return blocks;
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 512 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 127) : 0;
      resolve({ code, stdout, stderr: err && code === 127 && !stderr ? String(err.message) : stderr });
    });
  });
}

export async function compileProbes(tc: Toolchain, input: CompileInput, maxRounds = 8): Promise<CompileResult> {
  mkdirSync(input.dir, { recursive: true });
  const [mainName, mainText] = input.files[0];
  for (const [name, text] of input.files.slice(1)) writeFileSync(join(input.dir, name), text);
  const lines = mainText.split('\n');
  const rejected = new Map<number, string>();
  for (let round = 0; round < maxRounds; round++) {
    writeFileSync(join(input.dir, mainName), lines.join('\n'));
    const r = await run(tc.command, [...tc.baseArgs, ...input.extraArgs, '-o', '-', mainName], input.dir);
    if (r.code === 0) return { asm: r.stdout, rejected };
    const blocks = errorBlocks(r.stderr, mainName);
    let progress = false;
    for (const b of blocks) {
      // Line 1..k are the includes: an error there spoils the whole unit.
      const probeLines = b.lines.filter((l) => lines[l - 1] !== undefined && lines[l - 1].startsWith('TSB_'));
      for (const l of probeLines) {
        if (!rejected.has(l)) rejected.set(l, b.message);
        if (lines[l - 1] !== '') progress = true;
        lines[l - 1] = '';
      }
    }
    if (!progress) {
      const first = blocks[0]?.message ?? r.stderr.trim().split('\n').slice(0, 3).join(' | ');
      return { fatal: `${tc.command} failed: ${first}`, rejected };
    }
  }
  return { fatal: `${tc.command}: still failing after ${maxRounds} rounds of removing rejected probes`, rejected };
}
