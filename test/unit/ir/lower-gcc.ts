// Truth for lowering tests: values and type facts read from the real compilers (gcc -S, cross gcc, clang wasm32),
// never from the code under test. Values are read back from the assembly, so cross targets never run.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TargetName } from '../../../generator/layout/targets.ts';

const COMPILERS: Record<TargetName, [string, string[]]> = {
  x86_64: ['gcc', []],
  i386: ['gcc', ['-m32']],
  aarch64: ['aarch64-linux-gnu-gcc', []],
  armhf: ['arm-linux-gnueabihf-gcc', []],
  wasm32: ['clang-14', ['--target=wasm32', '-ffreestanding']],
};

function compile(code: string, target: TargetName): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-lower-'));
  const file = join(dir, 't.c');
  writeFileSync(file, code);
  const [cc, flags] = COMPILERS[target];
  return execFileSync(cc, [...flags, '-std=gnu11', '-S', '-o', '-', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const DIRECTIVE_SIZE: Record<string, number> = { '.quad': 8, '.xword': 8, '.int64': 8, '.long': 4, '.word': 4, '.int32': 4, '.int': 4 };

/** The 64-bit values gcc computes for each expression (as `long long`, so unsigned 64-bit values come back negative). */
export function gccValues(prelude: string, exprs: string[], target: TargetName = 'x86_64'): bigint[] {
  const vars = exprs.map((e, i) => `long long tsb_v${i} = (long long)(${e});`).join('\n');
  const asm = compile(`${prelude}\n${vars}\n`, target);
  return exprs.map((_, i) => {
    const start = asm.search(new RegExp(`^tsb_v${i}:`, 'm'));
    const lines = asm.slice(start).split('\n').slice(1);
    let value = 0n;
    let shift = 0n;
    for (const line of lines) {
      const m = /^\s*(\.\w+)\s+(-?\d+)/.exec(line);
      if (!m || !(m[1] in DIRECTIVE_SIZE || m[1] === '.zero')) break;
      // Zero-initialized variables go to .bss as `.zero N`.
      const bits = m[1] === '.zero' ? BigInt(m[2]) * 8n : BigInt(DIRECTIVE_SIZE[m[1]] * 8);
      if (m[1] !== '.zero') value |= BigInt.asUintN(Number(bits), BigInt(m[2])) << shift;
      shift += bits;
      if (shift >= 64n) break;
    }
    return BigInt.asIntN(64, value);
  });
}

/** Whether gcc considers two types the same type (__builtin_types_compatible_p), for each pair. */
export function gccSameTypes(prelude: string, pairs: [string, string][], target: TargetName = 'x86_64'): boolean[] {
  return gccValues(prelude, pairs.map(([a, b]) => `__builtin_types_compatible_p(${a}, ${b})`), target).map((v) => v === 1n);
}
