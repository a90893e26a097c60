// What gcc says the headers define: every DRM_IOCTL_* macro (from `gcc -dM -E`) and its value (a probe
// program compiled with gcc and run on this x86_64 host prints each one as an unsigned 64-bit number).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface IoctlTruth {
  /** Macro name → decimal value as gcc computes it (the 64-bit unsigned rendering of the expression). */
  values: Map<string, string>;
  problem?: string;
}

const PREFIX = 'DRM_IOCTL_';

export function ioctlTruth(wrapper: string, includeDirs: readonly string[]): IoctlTruth {
  const inc = includeDirs.map((d) => `-I${d}`);
  const dm = spawnSync('gcc', ['-dM', '-E', ...inc, wrapper], { encoding: 'utf8' });
  if (dm.status !== 0) return { values: new Map(), problem: `gcc -dM -E failed: ${dm.stderr}` };
  const names = [...dm.stdout.matchAll(/^#define (DRM_IOCTL_\w+)\s/gm)].map((m) => m[1]).sort();
  const dir = mkdtempSync(join(tmpdir(), 'bench-ioctl-truth-'));
  try {
    const probe = join(dir, 'probe.c');
    const exe = join(dir, 'probe');
    const lines = names.map((n) => `  printf("${n} %llu\\n", (unsigned long long)(${n}));`);
    writeFileSync(probe, `#include <stdio.h>\n#include "${wrapper}"\nint main(void) {\n${lines.join('\n')}\n  return 0;\n}\n`);
    const cc = spawnSync('gcc', ['-w', ...inc, '-o', exe, probe], { encoding: 'utf8' });
    if (cc.status !== 0) return { values: new Map(names.map((n) => [n, '?'])), problem: `probe did not compile: ${cc.stderr.slice(0, 400)}` };
    const run = spawnSync(exe, [], { encoding: 'utf8' });
    const values = new Map<string, string>();
    for (const m of run.stdout.matchAll(/^(\w+) (\d+)$/gm)) values.set(m[1], m[2]);
    return { values };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pub const DRM_IOCTL_X: u32 = 123;` lines of bindgen's Rust output. */
export function bindgenIoctls(rust: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of rust.matchAll(/^pub const (DRM_IOCTL_\w+): \w+ = (-?\d+)(?:[ui]\d+)?;/gm)) out.set(m[1], m[2]);
  return out;
}

/** `export const DRM_IOCTL_X = 123;` (or `123n`) lines of the generated TypeScript. */
export function tsbindgenIoctls(sources: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const ts of sources) {
    for (const m of ts.matchAll(/^export const (DRM_IOCTL_\w+)(?::[^=]+)? = (-?\d+)n?;/gm)) out.set(m[1], m[2]);
  }
  return out;
}

export interface IoctlScore {
  emitted: number;
  correct: number;
  wrong: string[];
  missing: string[];
}

/** Values compare as unsigned 64-bit, the way gcc's probe printed them. */
export function score(emitted: Map<string, string>, truth: Map<string, string>): IoctlScore {
  const u64 = (v: string) => BigInt.asUintN(64, BigInt(v)).toString();
  const wrong: string[] = [];
  const missing: string[] = [];
  let correct = 0;
  for (const [name, value] of truth) {
    const got = emitted.get(name);
    if (got === undefined) missing.push(name);
    else if (u64(got) === value) correct++;
    else wrong.push(`${name}: ${got}, gcc ${value}`);
  }
  return { emitted: [...emitted.keys()].filter((n) => n.startsWith(PREFIX)).length, correct, wrong, missing };
}
