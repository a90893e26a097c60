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

// What __has_attribute and __has_builtin answer, per target, measured with each compiler (`#if`-free: gcc and
// clang both expand `__has_attribute(x)` in -E output) over every name that the kernel headers, /usr/include and
// libdrm probe or use: 144 attribute names, 140 builtins. gcc answers 201904 for the C2x attributes it also has
// in GNU form. test/unit/source/predefined.test.ts compares the tables with the live compilers.
// ATTRIBUTES: answered alike by all five compilers (every value 1 unless listed in the per-target tables).
const COMMON_ATTRIBUTES = new Set([
  'alias', 'aligned', 'alloc_align', 'alloc_size', 'always_inline', 'artificial', 'assume_aligned', 'cleanup',
  'cold', 'common', 'const', 'constructor', 'destructor', 'error', 'flatten', 'format', 'format_arg', 'gnu_inline',
  'hot', 'leaf', 'malloc', 'may_alias', 'mode', 'no_address_safety_analysis', 'no_instrument_function',
  'no_profile_instrument_function', 'no_sanitize', 'no_sanitize_address', 'no_sanitize_thread', 'no_split_stack',
  'no_stack_protector', 'nocommon', 'noinline', 'nonnull', 'noreturn', 'nothrow', 'packed', 'pure', 'retain',
  'returns_nonnull', 'returns_twice', 'section', 'sentinel', 'target', 'target_clones', 'tls_model',
  'transparent_union', 'unavailable', 'uninitialized', 'unused', 'used', 'vector_size', 'visibility',
  'warn_unused_result', 'warning', 'weak', 'weakref',
]);
const TARGET_ATTRIBUTES: Record<TargetName, Record<string, number>> = {
  x86_64: {
    access: 1, cdecl: 1, copy: 1, deprecated: 201904, designated_init: 1, externally_visible: 1, fallthrough: 201904,
    fastcall: 1, force_align_arg_pointer: 1, function_return: 1, ifunc: 1, indirect_branch: 1, indirect_return: 1,
    interrupt: 1, ms_abi: 1, naked: 1, no_caller_saved_registers: 1, no_icf: 1, no_reorder: 1,
    no_sanitize_coverage: 1, no_sanitize_undefined: 1, nocf_check: 1, noclone: 1, noinit: 1, noipa: 1, nonstring: 1,
    noplt: 1, objc_nullability: 1, optimize: 1, patchable_function_entry: 1, persistent: 1, regparm: 1,
    scalar_storage_order: 1, simd: 1, stack_protect: 1, stdcall: 1, symver: 1, sysv_abi: 1, warn_if_not_aligned: 1,
    zero_call_used_regs: 1,
  },
  i386: {
    access: 1, cdecl: 1, copy: 1, deprecated: 201904, designated_init: 1, externally_visible: 1, fallthrough: 201904,
    fastcall: 1, force_align_arg_pointer: 1, function_return: 1, ifunc: 1, indirect_branch: 1, indirect_return: 1,
    interrupt: 1, ms_abi: 1, naked: 1, no_caller_saved_registers: 1, no_icf: 1, no_reorder: 1,
    no_sanitize_coverage: 1, no_sanitize_undefined: 1, nocf_check: 1, noclone: 1, noinit: 1, noipa: 1, nonstring: 1,
    noplt: 1, objc_nullability: 1, optimize: 1, patchable_function_entry: 1, persistent: 1, regparm: 1,
    scalar_storage_order: 1, simd: 1, stack_protect: 1, stdcall: 1, symver: 1, sysv_abi: 1, warn_if_not_aligned: 1,
    zero_call_used_regs: 1,
  },
  aarch64: {
    access: 1, copy: 1, deprecated: 201904, designated_init: 1, externally_visible: 1, fallthrough: 201904, ifunc: 1,
    no_icf: 1, no_reorder: 1, no_sanitize_coverage: 1, no_sanitize_undefined: 1, nocf_check: 1, noclone: 1,
    noinit: 1, noipa: 1, nonstring: 1, noplt: 1, objc_nullability: 1, optimize: 1, patchable_function_entry: 1,
    persistent: 1, scalar_storage_order: 1, simd: 1, stack_protect: 1, symver: 1, warn_if_not_aligned: 1,
    zero_call_used_regs: 1,
  },
  armhf: {
    access: 1, copy: 1, deprecated: 201904, designated_init: 1, externally_visible: 1, fallthrough: 201904, ifunc: 1,
    interrupt: 1, long_call: 1, naked: 1, no_icf: 1, no_reorder: 1, no_sanitize_coverage: 1,
    no_sanitize_undefined: 1, nocf_check: 1, noclone: 1, noinit: 1, noipa: 1, nonstring: 1, noplt: 1,
    objc_nullability: 1, optimize: 1, patchable_function_entry: 1, pcs: 1, persistent: 1, scalar_storage_order: 1,
    simd: 1, stack_protect: 1, symver: 1, warn_if_not_aligned: 1, zero_call_used_regs: 1,
  },
  wasm32: {
    abi_tag: 1, address_space: 1, analyzer_noreturn: 1, annotate: 1, btf_decl_tag: 1, btf_type_tag: 1, cdecl: 1,
    deprecated: 1, diagnose_as_builtin: 1, disable_sanitizer_instrumentation: 1, enable_if: 1, fallthrough: 1,
    fastcall: 1, import_module: 1, internal_linkage: 1, minsize: 1, ms_abi: 1, naked: 1, no_sanitize_memory: 1,
    nodebug: 1, noderef: 1, overloadable: 1, pass_object_size: 1, pcs: 1, preserve_most: 1, regparm: 1,
    require_constant_initialization: 1, stdcall: 1, sysv_abi: 1, trivial_abi: 1, weak_import: 1,
  },
};
// BUILTINS: answered alike by all five compilers (every value 1 unless listed in the per-target tables).
const COMMON_BUILTINS = new Set([
  '__builtin___memcpy_chk', '__builtin___memmove_chk', '__builtin___mempcpy_chk', '__builtin___memset_chk',
  '__builtin___snprintf_chk', '__builtin___sprintf_chk', '__builtin___stpcpy_chk', '__builtin___stpncpy_chk',
  '__builtin___strcat_chk', '__builtin___strcpy_chk', '__builtin___strncat_chk', '__builtin___strncpy_chk',
  '__builtin___vsnprintf_chk', '__builtin___vsprintf_chk', '__builtin_abort', '__builtin_add_overflow',
  '__builtin_alloca', '__builtin_bswap16', '__builtin_bswap32', '__builtin_bswap64', '__builtin_choose_expr',
  '__builtin_classify_type', '__builtin_clz', '__builtin_clzl', '__builtin_clzll', '__builtin_constant_p',
  '__builtin_ctzl', '__builtin_ctzll', '__builtin_dynamic_object_size', '__builtin_expect', '__builtin_ffs',
  '__builtin_fpclassify', '__builtin_frame_address', '__builtin_free', '__builtin_huge_val', '__builtin_huge_valf',
  '__builtin_huge_vall', '__builtin_index', '__builtin_inf', '__builtin_inff', '__builtin_infl',
  '__builtin_isfinite', '__builtin_isgreater', '__builtin_isgreaterequal', '__builtin_isinf_sign',
  '__builtin_isless', '__builtin_islessequal', '__builtin_islessgreater', '__builtin_isnan', '__builtin_isnormal',
  '__builtin_isunordered', '__builtin_memchr', '__builtin_memcmp', '__builtin_memcpy', '__builtin_memmove',
  '__builtin_memset', '__builtin_mul_overflow', '__builtin_nan', '__builtin_nanf', '__builtin_nanl',
  '__builtin_nans', '__builtin_nansf', '__builtin_nansl', '__builtin_object_size', '__builtin_offsetof',
  '__builtin_prefetch', '__builtin_return_address', '__builtin_rindex', '__builtin_signbit', '__builtin_signbitl',
  '__builtin_strcat', '__builtin_strchr', '__builtin_strcmp', '__builtin_strcpy', '__builtin_strlen',
  '__builtin_strncat', '__builtin_strncpy', '__builtin_strpbrk', '__builtin_strrchr', '__builtin_strstr',
  '__builtin_sub_overflow', '__builtin_thread_pointer', '__builtin_trap', '__builtin_types_compatible_p',
  '__builtin_unreachable', '__builtin_va_copy', '__builtin_va_end', '__builtin_va_start', '__builtin_vsnprintf',
  '__builtin_vsprintf',
]);
const TARGET_BUILTINS: Record<TargetName, Record<string, number>> = {
  x86_64: {
    __builtin_copysignf128: 1, __builtin_copysignq: 1, __builtin_fabsf128: 1, __builtin_fabsq: 1,
    __builtin_huge_valf128: 1, __builtin_huge_valf16: 1, __builtin_huge_valf32: 1, __builtin_huge_valf32x: 1,
    __builtin_huge_valf64: 1, __builtin_huge_valf64x: 1, __builtin_inff128: 1, __builtin_inff16: 1,
    __builtin_inff32: 1, __builtin_inff32x: 1, __builtin_inff64: 1, __builtin_inff64x: 1, __builtin_infq: 1,
    __builtin_isdigit: 1, __builtin_nanf128: 1, __builtin_nanf16: 1, __builtin_nanf32: 1, __builtin_nanf32x: 1,
    __builtin_nanf64: 1, __builtin_nanf64x: 1, __builtin_nansf128: 1, __builtin_nansf16: 1, __builtin_nansf32: 1,
    __builtin_nansf32x: 1, __builtin_nansf64: 1, __builtin_nansf64x: 1, __builtin_va_arg_pack: 1,
    __builtin_va_arg_pack_len: 1,
  },
  i386: {
    __builtin_copysignf128: 1, __builtin_copysignq: 1, __builtin_fabsf128: 1, __builtin_fabsq: 1,
    __builtin_huge_valf128: 1, __builtin_huge_valf32: 1, __builtin_huge_valf32x: 1, __builtin_huge_valf64: 1,
    __builtin_huge_valf64x: 1, __builtin_inff128: 1, __builtin_inff32: 1, __builtin_inff32x: 1, __builtin_inff64: 1,
    __builtin_inff64x: 1, __builtin_infq: 1, __builtin_isdigit: 1, __builtin_nanf128: 1, __builtin_nanf32: 1,
    __builtin_nanf32x: 1, __builtin_nanf64: 1, __builtin_nanf64x: 1, __builtin_nansf128: 1, __builtin_nansf32: 1,
    __builtin_nansf32x: 1, __builtin_nansf64: 1, __builtin_nansf64x: 1, __builtin_va_arg_pack: 1,
    __builtin_va_arg_pack_len: 1,
  },
  aarch64: {
    __builtin_copysignf128: 1, __builtin_fabsf128: 1, __builtin_huge_valf128: 1, __builtin_huge_valf16: 1,
    __builtin_huge_valf32: 1, __builtin_huge_valf32x: 1, __builtin_huge_valf64: 1, __builtin_huge_valf64x: 1,
    __builtin_inff128: 1, __builtin_inff16: 1, __builtin_inff32: 1, __builtin_inff32x: 1, __builtin_inff64: 1,
    __builtin_inff64x: 1, __builtin_isdigit: 1, __builtin_nanf128: 1, __builtin_nanf16: 1, __builtin_nanf32: 1,
    __builtin_nanf32x: 1, __builtin_nanf64: 1, __builtin_nanf64x: 1, __builtin_nansf128: 1, __builtin_nansf16: 1,
    __builtin_nansf32: 1, __builtin_nansf32x: 1, __builtin_nansf64: 1, __builtin_nansf64x: 1,
    __builtin_va_arg_pack: 1, __builtin_va_arg_pack_len: 1,
  },
  armhf: {
    __builtin_huge_valf32: 1, __builtin_huge_valf32x: 1, __builtin_huge_valf64: 1, __builtin_inff32: 1,
    __builtin_inff32x: 1, __builtin_inff64: 1, __builtin_isdigit: 1, __builtin_nanf32: 1, __builtin_nanf32x: 1,
    __builtin_nanf64: 1, __builtin_nansf32: 1, __builtin_nansf32x: 1, __builtin_nansf64: 1, __builtin_va_arg_pack: 1,
    __builtin_va_arg_pack_len: 1,
  },
  wasm32: {
    __builtin_alloca_uninitialized: 1, __builtin_complex: 1, __builtin_copysignf128: 1, __builtin_fabsf128: 1,
    __builtin_huge_valf128: 1, __builtin_inff128: 1, __builtin_launder: 1, __builtin_nanf128: 1,
    __builtin_nansf128: 1, __builtin_preserve_access_index: 1, __builtin_va_arg: 1,
  },
};

// `constructor` is an attribute name too: never an inherited property.
const own = (table: Record<string, number>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

/** The value of `__has_attribute(name)` (`__name__` alike) or `__has_builtin(name)` for the target; 0 when unknown. */
export function featureProbe(target: TargetInfo, probe: '__has_attribute' | '__has_builtin', operand: string): number {
  if (probe === '__has_attribute') {
    const name = operand.replace(/^__(.*)__$/, '$1');
    return own(TARGET_ATTRIBUTES[target.name], name) ?? (COMMON_ATTRIBUTES.has(name) ? 1 : 0);
  }
  return own(TARGET_BUILTINS[target.name], operand) ?? (COMMON_BUILTINS.has(operand) ? 1 : 0);
}

/** Every name featureProbe knows, for the test that asks the compilers about each. */
export function probedNames(probe: '__has_attribute' | '__has_builtin'): string[] {
  const [common, perTarget] = probe === '__has_attribute' ? [COMMON_ATTRIBUTES, TARGET_ATTRIBUTES] : [COMMON_BUILTINS, TARGET_BUILTINS];
  return [...new Set([...common, ...Object.values(perTarget).flatMap((t) => Object.keys(t))])].sort();
}
