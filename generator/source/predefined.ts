// What the matching compiler predefines for a target (the subset headers test), and where its Debian
// toolchain looks for <…> headers. Values were read from `gcc -dM -E -x c /dev/null` (x86_64, -m32),
// aarch64-linux-gnu-gcc, arm-linux-gnueabihf-gcc 12 and `clang-14 --target=wasm32 -ffreestanding`
// (plus -D__linux__: the project models Linux on wasm32). test/unit/source/predefined.test.ts compares
// them with the live compilers when those are installed.
// The GNU-mode spellings without underscores (`linux`, `unix`) are left out, as with -std=c17: they would
// turn ordinary identifiers in headers into `1`.

import type { TargetInfo, TargetName } from '../layout/targets.ts';
import { builtinIncludeDir } from './builtin-headers.ts';
import { TYPE_MACROS } from './predefined-types.ts';

export interface PredefinedMacro {
  name: string;
  value: string;
}

const COMMON: Record<string, string> = {
  __STDC__: '1',
  __STDC_VERSION__: '201710L',
  __STDC_HOSTED__: '1',
  __CHAR_BIT__: '8',
  __ORDER_LITTLE_ENDIAN__: '1234',
  __ORDER_BIG_ENDIAN__: '4321',
  __ORDER_PDP_ENDIAN__: '3412',
  __BYTE_ORDER__: '__ORDER_LITTLE_ENDIAN__',
  __linux__: '1',
  __linux: '1',
  __unix__: '1',
  __unix: '1',
  __gnu_linux__: '1',
  __ELF__: '1',
  __GNUC__: '12',
  __GNUC_MINOR__: '2',
  __GNUC_PATCHLEVEL__: '0',
  __SCHAR_MAX__: '0x7f',
  __SHRT_MAX__: '0x7fff',
  __INT_MAX__: '0x7fffffff',
  __LONG_LONG_MAX__: '0x7fffffffffffffffLL',
  __SIZEOF_INT__: '4',
  __SIZEOF_SHORT__: '2',
  __SIZEOF_LONG_LONG__: '8',
  __SIZEOF_FLOAT__: '4',
  __SIZEOF_DOUBLE__: '8',
  __SIZEOF_WCHAR_T__: '4',
  __SIZEOF_WINT_T__: '4',
  __INT8_TYPE__: 'signed char',
  __INT16_TYPE__: 'short int',
  __INT32_TYPE__: 'int',
  __UINT8_TYPE__: 'unsigned char',
  __UINT16_TYPE__: 'short unsigned int',
  __UINT32_TYPE__: 'unsigned int',
  __CHAR16_TYPE__: 'short unsigned int',
  __CHAR32_TYPE__: 'unsigned int',
  __WINT_TYPE__: 'unsigned int',
};

const LP64: Record<string, string> = {
  __LP64__: '1',
  _LP64: '1',
  __LONG_MAX__: '0x7fffffffffffffffL',
  __SIZEOF_LONG__: '8',
  __SIZEOF_POINTER__: '8',
  __SIZEOF_SIZE_T__: '8',
  __SIZEOF_PTRDIFF_T__: '8',
  __SIZE_TYPE__: 'long unsigned int',
  __PTRDIFF_TYPE__: 'long int',
  __INTPTR_TYPE__: 'long int',
  __UINTPTR_TYPE__: 'long unsigned int',
  __INT64_TYPE__: 'long int',
  __UINT64_TYPE__: 'long unsigned int',
  __INTMAX_TYPE__: 'long int',
  __UINTMAX_TYPE__: 'long unsigned int',
  __INTMAX_MAX__: '0x7fffffffffffffffL',
  __UINTMAX_MAX__: '0xffffffffffffffffUL',
  __SIZE_MAX__: '0xffffffffffffffffUL',
  __PTRDIFF_MAX__: '0x7fffffffffffffffL',
  __SIZEOF_INT128__: '16',
};

const ILP32: Record<string, string> = {
  __LONG_MAX__: '0x7fffffffL',
  __SIZEOF_LONG__: '4',
  __SIZEOF_POINTER__: '4',
  __SIZEOF_SIZE_T__: '4',
  __SIZEOF_PTRDIFF_T__: '4',
  __SIZE_TYPE__: 'unsigned int',
  __PTRDIFF_TYPE__: 'int',
  __INTPTR_TYPE__: 'int',
  __UINTPTR_TYPE__: 'unsigned int',
  __INT64_TYPE__: 'long long int',
  __UINT64_TYPE__: 'long long unsigned int',
  __INTMAX_TYPE__: 'long long int',
  __UINTMAX_TYPE__: 'long long unsigned int',
  __INTMAX_MAX__: '0x7fffffffffffffffLL',
  __UINTMAX_MAX__: '0xffffffffffffffffULL',
  __SIZE_MAX__: '0xffffffffU',
  __PTRDIFF_MAX__: '0x7fffffff',
};

const PER_TARGET: Record<TargetName, Record<string, string>> = {
  x86_64: {
    ...LP64,
    __x86_64__: '1',
    __x86_64: '1',
    __amd64__: '1',
    __amd64: '1',
    __SIZEOF_LONG_DOUBLE__: '16',
    __BIGGEST_ALIGNMENT__: '16',
    __WCHAR_TYPE__: 'int',
    __WCHAR_MAX__: '0x7fffffff',
  },
  i386: {
    ...ILP32,
    __ILP32__: '1',
    _ILP32: '1',
    __i386__: '1',
    __i386: '1',
    __i686__: '1',
    __i686: '1',
    __SIZEOF_LONG_DOUBLE__: '12',
    __BIGGEST_ALIGNMENT__: '16',
    __WCHAR_TYPE__: 'long int',
    __WCHAR_MAX__: '0x7fffffffL',
  },
  aarch64: {
    ...LP64,
    __aarch64__: '1',
    __CHAR_UNSIGNED__: '1',
    __SIZEOF_LONG_DOUBLE__: '16',
    __BIGGEST_ALIGNMENT__: '16',
    __WCHAR_TYPE__: 'unsigned int',
    __WCHAR_MAX__: '0xffffffffU',
  },
  armhf: {
    ...ILP32,
    __arm__: '1',
    __ARMEL__: '1',
    __ARM_EABI__: '1',
    __ARM_ARCH_7A__: '1',
    __ARM_ARCH: '7',
    __ARM_PCS_VFP: '1',
    __VFP_FP__: '1',
    __CHAR_UNSIGNED__: '1',
    __SIZEOF_LONG_DOUBLE__: '8',
    __BIGGEST_ALIGNMENT__: '8',
    __WCHAR_TYPE__: 'unsigned int',
    __WCHAR_MAX__: '0xffffffffU',
  },
  wasm32: {
    ...ILP32,
    __ILP32__: '1',
    __wasm__: '1',
    __wasm32__: '1',
    __clang__: '1',
    __clang_major__: '14',
    // clang claims GNU C 4.2.1, and a freestanding implementation.
    __GNUC__: '4',
    __GNUC_MINOR__: '2',
    __GNUC_PATCHLEVEL__: '1',
    __STDC_HOSTED__: '0',
    __SIZEOF_INT128__: '16',
    __SIZEOF_LONG_DOUBLE__: '16',
    __BIGGEST_ALIGNMENT__: '16',
    __SIZE_TYPE__: 'long unsigned int',
    __PTRDIFF_TYPE__: 'long int',
    __INTPTR_TYPE__: 'long int',
    __UINTPTR_TYPE__: 'long unsigned int',
    __SIZE_MAX__: '4294967295UL',
    __PTRDIFF_MAX__: '2147483647L',
    __WCHAR_TYPE__: 'int',
    __WCHAR_MAX__: '2147483647',
    __WINT_TYPE__: 'int',
    __INT16_TYPE__: 'short',
    __UINT16_TYPE__: 'unsigned short',
    __CHAR16_TYPE__: 'unsigned short',
  },
};

const predefinedCache = new Map<TargetName, PredefinedMacro[]>();

/** The same list every time for a target (it is asked once per front-end run; --watch runs many). */
export function predefinedMacros(target: TargetInfo): PredefinedMacro[] {
  let list = predefinedCache.get(target.name);
  if (!list) predefinedCache.set(target.name, (list = computePredefined(target)));
  return list;
}

function computePredefined(target: TargetInfo): PredefinedMacro[] {
  const table: Record<string, string> = { ...COMMON, ...PER_TARGET[target.name], ...TYPE_MACROS[target.name] };
  // clang for wasm32 is not an ELF/GNU-Linux toolchain; only __linux__ is added on purpose.
  if (target.name === 'wasm32') for (const n of ['__ELF__', '__gnu_linux__', '__linux', '__unix__', '__unix']) delete table[n];
  return Object.entries(table).map(([name, value]) => ({ name, value }));
}

function under(sysroot: string | undefined, dir: string): string {
  return sysroot ? sysroot.replace(/\/+$/, '') + dir : dir;
}

/**
 * The <…> search list of the target's Debian toolchain. First, where the compiler's private include directory
 * (/usr/lib/gcc/…/include, clang's resource dir) sits, tsbindgen's own compiler-provided headers
 * (builtin-include/: stddef.h, stdint.h, limits.h …; never under the sysroot, as gcc's own are not), so glibc's
 * `#include_next <limits.h>` and `<stdint.h>` find what they expect.
 * i386: gcc -m32 finds no <asm/…> on a multiarch x86_64 system without an i386 libc; the x86 uapi asm headers
 * are bi-arch (they test __i386__), so the x86_64 multiarch directory is searched last, as a fallback.
 * wasm32: clang without a libc searches only its own directory; /usr/include follows for the Linux uapi headers
 * the project models on wasm32 (the ABI harness passes clang `-idirafter /usr/include` to match).
 */
export function systemIncludeDirs(target: TargetInfo, sysroot?: string): string[] {
  return [builtinIncludeDir(), ...toolchainIncludeDirs(target, sysroot)];
}

/** The Debian toolchain's own directories after the compiler's: /usr/local/include, multiarch, /usr/include. */
export function toolchainIncludeDirs(target: TargetInfo, sysroot?: string): string[] {
  const s = (d: string) => under(sysroot, d);
  switch (target.name) {
    case 'x86_64':
      return [s('/usr/local/include'), s('/usr/include/x86_64-linux-gnu'), s('/usr/include')];
    case 'i386':
      return [s('/usr/local/include'), s('/usr/include/i386-linux-gnu'), s('/usr/include'), s('/usr/include/x86_64-linux-gnu')];
    case 'aarch64':
      return [s('/usr/aarch64-linux-gnu/include'), s('/usr/include/aarch64-linux-gnu'), s('/usr/include')];
    case 'armhf':
      return [s('/usr/arm-linux-gnueabihf/include'), s('/usr/include/arm-linux-gnueabihf'), s('/usr/include')];
    case 'wasm32':
      return [s('/usr/include')];
  }
}
