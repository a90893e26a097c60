// How gcc's code-generation and dialect flags change what it predefines. Measured with
// `gcc -dM -E -x c /dev/null FLAG` against the same without FLAG (gcc-12, x86_64 and -m32); the unit test
// test/unit/flags/predefined-effects.test.ts repeats that measurement when gcc is installed.
//
// Only the preprocessor's view is modelled. Floating-point evaluation details that some of these flags also move
// (__FLT16_*, __FLT_EVAL_METHOD__*, __GCC_IEC_559*, __STDC_IEC_559*, the execution charset names) are left out
// on purpose: no header in scope tests them, and the test names them as the one exclusion.

import type { TargetName } from '../layout/targets.ts';
import type { CommandLineMacro } from '../source/preprocess.ts';

export type MacroEdit = CommandLineMacro;

const def = (name: string, value = '1'): MacroEdit => ({ kind: 'define', name, value });
const undef = (name: string): MacroEdit => ({ kind: 'undefine', name });

/** -O0 … -Ofast: only the last one counts, as with gcc. */
export function optimizeEdits(level: string): MacroEdit[] | undefined {
  switch (level) {
    case '0':
      return [undef('__OPTIMIZE__'), undef('__OPTIMIZE_SIZE__'), def('__NO_INLINE__')];
    case '':
    case '1':
    case '2':
    case '3':
    case 'g':
      return [def('__OPTIMIZE__'), undef('__OPTIMIZE_SIZE__'), undef('__NO_INLINE__')];
    case 's':
    case 'z':
      return [def('__OPTIMIZE__'), def('__OPTIMIZE_SIZE__'), undef('__NO_INLINE__')];
    case 'fast':
      return [def('__OPTIMIZE__'), undef('__OPTIMIZE_SIZE__'), undef('__NO_INLINE__'), ...FAST_MATH];
  }
  return undefined;
}

const FAST_MATH: MacroEdit[] = [
  def('__FAST_MATH__'),
  def('__FINITE_MATH_ONLY__'),
  def('__ASSOCIATIVE_MATH__'),
  def('__RECIPROCAL_MATH__'),
  def('__NO_MATH_ERRNO__'),
  def('__NO_SIGNED_ZEROS__'),
  def('__NO_TRAPPING_MATH__'),
];

/** `-std=NAME`: the C version, and whether the strict ISO mode is on (the `gnu` dialects keep GNU extensions). */
export function stdEdits(name: string): MacroEdit[] | undefined {
  const m = /^(c|gnu|iso9899:)(.*)$/.exec(name);
  if (!m) return undefined;
  const strict = m[1] !== 'gnu';
  const version = STD_VERSIONS[m[1] === 'iso9899:' ? `iso:${m[2]}` : m[2]!];
  if (version === undefined) return undefined;
  const out: MacroEdit[] = [version === null ? undef('__STDC_VERSION__') : def('__STDC_VERSION__', version)];
  out.push(strict ? def('__STRICT_ANSI__') : undef('__STRICT_ANSI__'));
  // C89's inline semantics are GNU's; from C99 on gcc follows the standard's.
  if (version === null || version === '199409L') out.push(def('__GNUC_GNU_INLINE__'), undef('__GNUC_STDC_INLINE__'));
  else out.push(def('__GNUC_STDC_INLINE__'), undef('__GNUC_GNU_INLINE__'));
  return out;
}

const STD_VERSIONS: Record<string, string | null> = {
  '89': null,
  '90': null,
  'iso:1990': null,
  'iso:199409': '199409L',
  '99': '199901L',
  '9x': '199901L',
  'iso:1999': '199901L',
  '11': '201112L',
  '1x': '201112L',
  'iso:2011': '201112L',
  '17': '201710L',
  '18': '201710L',
  'iso:2017': '201710L',
  'iso:2018': '201710L',
  '2x': '202000L',
};

const X86: readonly TargetName[] = ['x86_64', 'i386'];

interface FlagEffect {
  flag: string;
  /** Targets the flag means something on; gcc for another target rejects it. */
  targets?: readonly TargetName[];
  edits: MacroEdit[];
}

const PIC_OFF = [undef('__PIC__'), undef('__pic__'), undef('__PIE__'), undef('__pie__')];

/** Switches with a fixed effect. Listed flags are "understood"; a flag with no edits changes nothing gcc predefines. */
export const FLAG_EFFECTS: readonly FlagEffect[] = [
  { flag: '-fshort-wchar', edits: [def('__WCHAR_TYPE__', 'short unsigned int'), def('__SIZEOF_WCHAR_T__', '2'), def('__WCHAR_MAX__', '0xffff'), def('__WCHAR_MIN__', '0'), def('__WCHAR_WIDTH__', '16')] },
  { flag: '-fno-common', edits: [] },
  { flag: '-ffreestanding', edits: [def('__STDC_HOSTED__', '0')] },
  { flag: '-fno-PIE', edits: PIC_OFF },
  { flag: '-fno-pie', edits: PIC_OFF },
  { flag: '-fno-PIC', edits: PIC_OFF },
  { flag: '-fno-pic', edits: PIC_OFF },
  { flag: '-fPIC', edits: [def('__PIC__', '2'), def('__pic__', '2'), undef('__PIE__'), undef('__pie__')] },
  { flag: '-fpic', edits: [def('__PIC__', '1'), def('__pic__', '1'), undef('__PIE__'), undef('__pie__')] },
  { flag: '-fPIE', edits: [def('__PIC__', '2'), def('__pic__', '2'), def('__PIE__', '2'), def('__pie__', '2')] },
  { flag: '-fpie', edits: [def('__PIC__', '1'), def('__pic__', '1'), def('__PIE__', '1'), def('__pie__', '1')] },
  { flag: '-fstack-protector', edits: [def('__SSP__')] },
  { flag: '-fstack-protector-strong', edits: [def('__SSP_STRONG__', '3')] },
  { flag: '-fstack-protector-all', edits: [def('__SSP_ALL__', '2')] },
  { flag: '-fno-asynchronous-unwind-tables', edits: [undef('__GCC_HAVE_DWARF2_CFI_ASM')] },
  { flag: '-ffast-math', edits: FAST_MATH },
  { flag: '-mno-sse', targets: X86, edits: ['__SSE__', '__SSE_MATH__', '__SSE2__', '__SSE2_MATH__', '__MMX_WITH_SSE__'].map(undef) },
  { flag: '-mno-sse2', targets: X86, edits: ['__SSE2__', '__SSE2_MATH__', '__MMX_WITH_SSE__'].map(undef) },
  { flag: '-mno-mmx', targets: X86, edits: [undef('__MMX__')] },
  { flag: '-mno-80387', targets: X86, edits: [def('_SOFT_FLOAT')] },
  { flag: '-mcmodel=kernel', targets: ['x86_64'], edits: [undef('__code_model_small__'), def('__code_model_kernel__')] },
  { flag: '-mcmodel=medium', targets: ['x86_64'], edits: [undef('__code_model_small__'), def('__code_model_medium__')] },
  { flag: '-mcmodel=large', targets: ['x86_64'], edits: [undef('__code_model_small__'), def('__code_model_large__')] },
];

const BY_FLAG = new Map(FLAG_EFFECTS.map((e) => [e.flag, e]));

/** The edits of a listed switch for the target; undefined when the switch is not listed (or not for this target). */
export function switchEdits(flag: string, target: TargetName): MacroEdit[] | undefined {
  const e = BY_FLAG.get(flag);
  if (!e || (e.targets && !e.targets.includes(target))) return undefined;
  return e.edits;
}
