// How each target's real compiler is asked for assembly: the argv, the extra include roots, and what the
// assembler's data directives mean there (`.word` is 2 bytes on x86 but 4 on ARM).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TargetName } from '../../../generator/layout/targets.ts';

export interface Toolchain {
  target: TargetName;
  /** Executable and the leading arguments that select the target. */
  command: string;
  baseArgs: string[];
  /** Byte size of every data directive this assembler dialect uses for integers. */
  directiveSizes: Record<string, number>;
  /** Directives whose argument is a count of zero bytes. */
  zeroFill: string[];
}

const GAS_X86 = { '.byte': 1, '.value': 2, '.short': 2, '.word': 2, '.long': 4, '.int': 4, '.quad': 8 };
const GAS_ARM = { '.byte': 1, '.hword': 2, '.short': 2, '.2byte': 2, '.word': 4, '.long': 4, '.4byte': 4, '.xword': 8, '.quad': 8, '.8byte': 8, '.dword': 8 };
const WASM = { '.int8': 1, '.int16': 2, '.int32': 4, '.int64': 8, '.byte': 1 };
const ZERO = ['.zero', '.skip', '.space'];

/**
 * Debian's gcc -m32 without gcc-multilib does not search the x86 kernel asm headers, which serve both x86 ABIs
 * (gcc-multilib's /usr/include/asm link points at the same folder); without them <linux/types.h> cannot be compiled.
 */
function i386AsmDirs(): string[] {
  return existsSync('/usr/include/i386-linux-gnu/asm') ? [] : ['-idirafter', '/usr/include/x86_64-linux-gnu'];
}

/**
 * wasm32 has no kernel arch headers: each <asm/X.h> becomes a one-line shim over <asm-generic/X.h>, which is what a
 * generic Linux architecture ships; the kernel's own uapi headers then come from /usr/include.
 */
export function wasmShimDir(workDir: string): string {
  const dir = resolve(workDir, 'wasm32-asm');
  const asmDir = join(dir, 'asm');
  mkdirSync(asmDir, { recursive: true });
  const generic = '/usr/include/asm-generic';
  if (existsSync(generic)) {
    for (const f of readdirSync(generic)) {
      if (!f.endsWith('.h')) continue;
      writeFileSync(join(asmDir, f), `#include <asm-generic/${f}>\n`);
    }
  }
  return dir;
}

export function toolchain(target: TargetName, workDir: string): Toolchain {
  const common = ['-S', '-w', '-O0'];
  switch (target) {
    case 'x86_64':
      return { target, command: 'gcc', baseArgs: [...common, '-fdiagnostics-plain-output'], directiveSizes: GAS_X86, zeroFill: ZERO };
    case 'i386':
      return {
        target,
        command: 'gcc',
        baseArgs: ['-m32', ...common, '-fdiagnostics-plain-output', ...i386AsmDirs()],
        directiveSizes: GAS_X86,
        zeroFill: ZERO,
      };
    case 'aarch64':
      return { target, command: 'aarch64-linux-gnu-gcc', baseArgs: [...common, '-fdiagnostics-plain-output'], directiveSizes: GAS_ARM, zeroFill: ZERO };
    case 'armhf':
      return { target, command: 'arm-linux-gnueabihf-gcc', baseArgs: [...common, '-fdiagnostics-plain-output'], directiveSizes: GAS_ARM, zeroFill: ZERO };
    case 'wasm32':
      return {
        target,
        command: 'clang-14',
        baseArgs: [
          '--target=wasm32',
          '-ffreestanding',
          '-D__linux__',
          ...common,
          '-fno-caret-diagnostics',
          '-fno-color-diagnostics',
          // clang stops after 20 errors by default; every rejected probe line must be seen in one round.
          '-ferror-limit=0',
          '-isystem',
          wasmShimDir(workDir),
          '-idirafter',
          '/usr/include',
        ],
        directiveSizes: WASM,
        zeroFill: ZERO,
      };
  }
}

/** The compilers that cannot be run here, each with the Debian package that provides it. */
export function missingCompilers(targets: readonly TargetName[]): string[] {
  // Each check preprocesses a line that needs the target's C library headers (i386: libc6-dev-i386), or for
  // freestanding wasm32 only the compiler's own.
  const checks: Record<TargetName, [string, string[], string, string[]]> = {
    x86_64: ['gcc', [], '#include <stdint.h>', ['gcc']],
    i386: ['gcc', ['-m32'], '#include <stdint.h>', ['libc6-dev-i386', 'lib32gcc-12-dev']],
    aarch64: ['aarch64-linux-gnu-gcc', [], '#include <stdint.h>', ['gcc-aarch64-linux-gnu']],
    armhf: ['arm-linux-gnueabihf-gcc', [], '#include <stdint.h>', ['gcc-arm-linux-gnueabihf']],
    wasm32: ['clang-14', ['--target=wasm32', '-ffreestanding'], '#include <stdint.h>', ['clang-14']],
  };
  const out: string[] = [];
  for (const t of targets) {
    const [cmd, args, line, pkgs] = checks[t];
    try {
      execFileSync(cmd, [...args, '-E', '-x', 'c', '-', '-o', '/dev/null'], { input: `${line}\n`, stdio: ['pipe', 'ignore', 'ignore'] });
    } catch {
      out.push(`${t}: \`${[cmd, ...args].join(' ')}\` cannot compile (Debian: apt-get install ${pkgs.join(' ')})`);
    }
  }
  return out;
}
