// The real compilers as the source of truth: compile a C probe to assembly for a target and read the bytes
// of its global objects back out of the data directives. Nothing is ever run, so cross targets work.

import { execFile, execFileSync } from 'node:child_process';
import type { TargetName } from '../../../generator/layout/targets.ts';

export const COMPILERS: Record<TargetName, string[]> = {
  x86_64: ['gcc'],
  i386: ['gcc', '-m32'],
  aarch64: ['aarch64-linux-gnu-gcc'],
  armhf: ['arm-linux-gnueabihf-gcc'],
  wasm32: ['clang-14', '--target=wasm32', '-ffreestanding'],
};

const availability = new Map<TargetName, boolean>();

/** True when the target's compiler can build a trivial object (missing cross toolchains skip their tests). */
export function compilerAvailable(target: TargetName): boolean {
  let ok = availability.get(target);
  if (ok === undefined) {
    const [cmd, ...args] = COMPILERS[target];
    try {
      execFileSync(cmd!, [...args, '-S', '-o', '-', '-x', 'c', '-'], { input: 'int x;\n', stdio: ['pipe', 'pipe', 'pipe'] });
      ok = true;
    } catch {
      ok = false;
    }
    availability.set(target, ok);
  }
  return ok;
}

export function compileToAsm(target: TargetName, source: string, extraArgs: string[] = []): Promise<string> {
  const [cmd, ...args] = [...COMPILERS[target], ...extraArgs];
  return new Promise((resolve, reject) => {
    const child = execFile(
      cmd!,
      [...args, '-S', '-o', '-', '-w', '-std=gnu11', '-x', 'c', '-'],
      { maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => (err ? reject(new Error(`${cmd} failed:\n${stderr}\n--- source ---\n${source}`)) : resolve(stdout)),
    );
    child.stdin!.end(source);
  });
}

/** Bytes per data directive; `.word` is 2 bytes in x86 gas and 4 on ARM. */
function directiveSizes(target: TargetName): Record<string, number> {
  return {
    '.byte': 1,
    '.int8': 1,
    '.value': 2,
    '.short': 2,
    '.hword': 2,
    '.2byte': 2,
    '.int16': 2,
    '.word': target === 'x86_64' || target === 'i386' ? 2 : 4,
    '.long': 4,
    '.int': 4,
    '.4byte': 4,
    '.int32': 4,
    '.quad': 8,
    '.xword': 8,
    '.8byte': 8,
    '.int64': 8,
  };
}

const ZERO_FILL = new Set(['.zero', '.space', '.skip']);

function pushLittleEndian(out: number[], value: bigint, size: number): void {
  let v = BigInt.asUintN(size * 8, value);
  for (let i = 0; i < size; i++) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
}

/** The initialized bytes of every global object in the assembly, by symbol. */
export function readDataObjects(asm: string, target: TargetName): Map<string, Uint8Array> {
  const sizes = directiveSizes(target);
  const objects = new Map<string, Uint8Array>();
  let current: { name: string; bytes: number[] } | null = null;
  const flush = () => {
    if (current) objects.set(current.name, Uint8Array.from(current.bytes));
    current = null;
  };
  for (const raw of asm.split('\n')) {
    // Assemblers' comments: `#` (x86, wasm), `@` (arm), `//` (aarch64).
    const line = raw.replace(/\s(#|@|\/\/).*$/, '').trim();
    const label = /^([A-Za-z_.$][\w.$]*):$/.exec(line);
    if (label) {
      flush();
      current = { name: label[1]!, bytes: [] };
      continue;
    }
    if (!current) continue;
    const m = /^(\.[\w]+)\s+(.*)$/.exec(line);
    const directive = m?.[1];
    if (directive && sizes[directive] !== undefined) {
      for (const v of m![2]!.split(',')) pushLittleEndian(current.bytes, BigInt(v.trim()), sizes[directive]!);
    } else if (directive && ZERO_FILL.has(directive)) {
      current.bytes.push(...new Array<number>(Number(m![2]!.split(',')[0])).fill(0));
    } else if (line !== '' && !line.startsWith('#') && !line.startsWith('@') && !line.startsWith('//')) {
      flush();
    }
  }
  flush();
  return objects;
}

/** A global `int NAME[]` read back as numbers. */
export function readInts(objects: Map<string, Uint8Array>, name: string): number[] {
  const bytes = objects.get(name);
  if (!bytes) throw new Error(`no data for ${name} in the assembly`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) out.push(view.getInt32(i, true));
  return out;
}

/** Lowest set bit and number of set bits of an object (one bitfield set to all ones). */
export function setBits(bytes: Uint8Array): { bitOffset: number; bitWidth: number } {
  let first = -1;
  let count = 0;
  bytes.forEach((b, i) => {
    for (let bit = 0; bit < 8; bit++) {
      if (b & (1 << bit)) {
        if (first < 0) first = i * 8 + bit;
        count++;
      }
    }
  });
  return { bitOffset: first, bitWidth: count };
}
