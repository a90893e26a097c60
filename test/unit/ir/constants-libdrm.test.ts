// Every constant tsbindgen derives from Debian's libdrm uapi headers, compared with the compiler for each
// target: value and C type are read from the assembly of `v_X = (unsigned long long)(X)` and a _Generic
// type probe, so cross targets never run. Skipped when the compiler or the headers are absent.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { runFrontEnd } from '../../../generator/frontend.ts';
import { nodeSourceFs } from '../../../generator/fs/source-fs.ts';
import type { ConstantDecl, IntKind } from '../../../generator/ir/types.ts';
import type { TargetName } from '../../../generator/layout/targets.ts';

const COMPILERS: Record<TargetName, string[]> = {
  x86_64: ['gcc'],
  i386: ['gcc', '-m32', '-I/usr/include/x86_64-linux-gnu'],
  aarch64: ['aarch64-linux-gnu-gcc'],
  armhf: ['arm-linux-gnueabihf-gcc'],
  wasm32: ['clang-14', '--target=wasm32', '-ffreestanding', '-D__linux__', '-I/usr/include'],
};

const HEADERS = ['drm.h', 'drm_mode.h', 'i915_drm.h', 'amdgpu_drm.h', 'drm_fourcc.h'].map((h) => `/usr/include/libdrm/${h}`);

const TYPE_CODES: IntKind[] = ['int', 'uint', 'long', 'ulong', 'longlong', 'ulonglong'];

function hasCompiler(cmd: string): boolean {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** label → bytes of the data directives under it, little-endian. */
function readData(asm: string): Map<string, bigint> {
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

function compilerTruth(target: TargetName, header: string, names: string[]): Map<string, { value: bigint; type: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tsb-const-'));
  const src = join(dir, 'probe.c');
  const lines = [`#include "${header}"`];
  for (const n of names) {
    lines.push(`unsigned long long v_${n} = (unsigned long long)(${n});`);
    lines.push(`int t_${n} = _Generic((${n}), ${TYPE_CODES.map((t, k) => `${cType(t)}: ${k + 1}`).join(', ')}, default: 0);`);
  }
  writeFileSync(src, lines.join('\n') + '\n');
  const [cc, ...flags] = COMPILERS[target];
  if (target === 'wasm32') flags.unshift(`-I${asmGenericShim(dir)}`);
  const asm = execFileSync(cc, [...flags, '-S', '-o', '-', '-w', src], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const data = readData(asm);
  const out = new Map<string, { value: bigint; type: number }>();
  for (const n of names) out.set(n, { value: data.get(`v_${n}`) ?? 0n, type: Number(data.get(`t_${n}`) ?? 0n) });
  return out;
}

/** wasm32 has no kernel arch headers: asm/X.h forwarding to asm-generic/X.h, as tsbindgen's fallback does. */
function asmGenericShim(dir: string): string {
  const shim = join(dir, 'shim');
  mkdirSync(join(shim, 'asm'), { recursive: true });
  for (const f of readdirSync('/usr/include/asm-generic')) writeFileSync(join(shim, 'asm', f), `#include <asm-generic/${f}>\n`);
  return shim;
}

function cType(t: IntKind): string {
  return { int: 'int', uint: 'unsigned int', long: 'long', ulong: 'unsigned long', longlong: 'long long', ulonglong: 'unsigned long long' }[t as 'int'];
}

for (const target of Object.keys(COMPILERS) as TargetName[]) {
  const available = hasCompiler(COMPILERS[target][0]) && HEADERS.every(existsSync);
  describe.skipIf(!available)(`libdrm constants on ${target}`, () => {
    for (const header of HEADERS) {
      it(`${header.split('/').pop()}: every constant has the compiler's value and type`, () => {
        const sink = new DiagnosticSink();
        const r = runFrontEnd({ headers: [header], target, includeDirs: [], defines: [], undefines: [] }, nodeSourceFs, sink);
        const consts = r.ir.decls.filter((d): d is ConstantDecl => d.kind === 'constant');
        expect(consts.length).toBeGreaterThan(0);
        const truth = compilerTruth(target, header, consts.map((c) => c.name));
        const mismatches = consts
          .map((c) => {
            const t = truth.get(c.name)!;
            const mine = { value: BigInt.asUintN(64, c.value), type: TYPE_CODES.indexOf(c.type) + 1 };
            return mine.value === t.value && mine.type === t.type ? undefined : `${c.name}: ours ${mine.value}/${c.type}, compiler ${t.value}/${TYPE_CODES[t.type - 1]}`;
          })
          .filter((m) => m !== undefined);
        expect(mismatches).toEqual([]);
      });
    }
  });
}
