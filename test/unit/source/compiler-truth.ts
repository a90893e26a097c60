// Test helper: values and C types of integer expressions as each target's compiler computes them, read
// from the assembly of `unsigned long long v_N = (unsigned long long)(E);` and a _Generic type probe.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IntKind } from '../../../generator/ir/types.ts';
import type { TargetName } from '../../../generator/layout/targets.ts';
import { INT_SPELLING } from '../layout/ir-builder.ts';
import { hasTool } from './gcc-truth.ts';

export const COMPILERS: Record<TargetName, string[]> = {
  x86_64: ['gcc'],
  // gcc -m32 on a multiarch x86_64 system has no <asm/…>; the x86 uapi asm headers are bi-arch.
  i386: ['gcc', '-m32', '-I/usr/include/x86_64-linux-gnu'],
  aarch64: ['aarch64-linux-gnu-gcc'],
  armhf: ['arm-linux-gnueabihf-gcc'],
  wasm32: ['clang-14', '--target=wasm32', '-ffreestanding', '-D__linux__'],
};

export const TYPE_CODES: IntKind[] = ['int', 'uint', 'long', 'ulong', 'longlong', 'ulonglong'];


export function hasCompiler(target: TargetName): boolean {
  return hasTool(COMPILERS[target][0]);
}

/** label → little-endian value of the data directives under it. */
export function readData(asm: string): Map<string, bigint> {
  const sizes: Record<string, number> = { quad: 8, xword: 8, int64: 8, dword: 8, long: 4, word: 4, int32: 4, '4byte': 4, '8byte': 8 };
  const out = new Map<string, bigint>();
  let label: string | undefined;
  let acc = 0n;
  let shift = 0n;
  for (const line of asm.split('\n')) {
    const l = /^([A-Za-z_.$][\w.$]*):/.exec(line);
    if (l) {
      if (label) out.set(label, acc);
      label = l[1];
      acc = 0n;
      shift = 0n;
      continue;
    }
    const d = /^\s*\.(\w+)\s+(-?\d+)\s*(?:[#@/].*)?$/.exec(line);
    if (d && label && sizes[d[1]]) {
      const bits = BigInt(sizes[d[1]] * 8);
      acc |= BigInt.asUintN(Number(bits), BigInt(d[2])) << shift;
      shift += bits;
    }
  }
  if (label) out.set(label, acc);
  return out;
}

/** wasm32 has no kernel arch headers: asm/X.h forwarding to asm-generic/X.h, as tsbindgen's fallback does. */
function asmGenericShim(dir: string): string {
  const shim = join(dir, 'shim');
  mkdirSync(join(shim, 'asm'), { recursive: true });
  for (const f of readdirSync('/usr/include/asm-generic')) writeFileSync(join(shim, 'asm', f), `#include <asm-generic/${f}>\n`);
  return shim;
}

export interface CompilerValue {
  /** The value converted to unsigned long long. */
  value: bigint;
  /** undefined when not one of int … unsigned long long. */
  type: IntKind | undefined;
}

/** Each expression evaluated by the target's compiler after `prelude`. */
export function compilerValues(target: TargetName, prelude: string, exprs: string[]): CompilerValue[] {
  const dir = mkdtempSync(join(tmpdir(), 'tsb-expr-'));
  const src = join(dir, 'probe.c');
  const lines = [prelude];
  exprs.forEach((e, k) => {
    lines.push(`unsigned long long v_${k} = (unsigned long long)(${e});`);
    lines.push(`int t_${k} = _Generic((${e}), ${TYPE_CODES.map((t, n) => `${INT_SPELLING[t]}: ${n + 1}`).join(', ')}, default: 0);`);
  });
  writeFileSync(src, lines.join('\n') + '\n');
  const [cc, ...flags] = COMPILERS[target];
  const extra = target === 'wasm32' ? [`-I${asmGenericShim(dir)}`, '-I/usr/include'] : [];
  const asm = execFileSync(cc, [...flags, ...extra, '-S', '-o', '-', '-w', src], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const data = readData(asm);
  return exprs.map((_, k) => ({ value: data.get(`v_${k}`) ?? 0n, type: TYPE_CODES[Number(data.get(`t_${k}`) ?? 0n) - 1] }));
}
