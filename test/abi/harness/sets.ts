// The header sets the ABI truth covers (issue 4 §2), each split into units compiled on their own.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitResponseText } from '../../../generator/flags/response-file.ts';
import type { TargetName } from '../../../generator/layout/targets.ts';

export interface UnitSpec {
  /** Stable name inside the set (a header's base name, a golden case's folder). */
  name: string;
  /** As handed to the generator: relative to the project root, or absolute for system headers. */
  headers: string[];
  includeDirs: string[];
  systemIncludeDirs: string[];
  defines: { name: string; value?: string }[];
  undefines: string[];
  /** A Kconfig .config, relative to the project root. */
  config?: string;
  /** The unit is not meant to compile (a golden case expecting diagnostics): listed, never probed. */
  skipReason?: string;
  /** gcc's own flags, given alike to the generator (as after `tsbindgen layout … --`) and to the compiler. */
  cflags?: string[];
  /** Compare records only (the kernel TU's ~10k macros are the constants pass's business, not this truth's). */
  recordsOnly?: boolean;
  /** Also record every public macro name the compiler defines (a builtin header must define all of them). */
  macroNames?: boolean;
}

export interface SetSpec {
  name: string;
  units: UnitSpec[];
  /** The targets the set means something on (default: all). */
  targets?: TargetName[];
}

export const SET_NAMES = ['headers-default', 'headers-debug', 'libdrm', 'golden', 'kernel', 'builtin'] as const;
export type SetName = (typeof SET_NAMES)[number];

function headerFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.h')) out.push(relative(root, p));
    }
  };
  walk(abs);
  return out.sort();
}

function projectHeadersUnit(root: string, config: string): UnitSpec[] {
  const headers = headerFiles(root, 'headers');
  if (headers.length === 0) return [];
  return [
    {
      name: 'headers',
      headers,
      includeDirs: ['headers', 'headers/uapi'],
      systemIncludeDirs: [],
      defines: [],
      undefines: [],
      config: existsSync(join(root, config)) ? config : undefined,
      skipReason: existsSync(join(root, config)) ? undefined : `${config} does not exist yet`,
    },
  ];
}

export const LIBDRM_DIR = '/usr/include/libdrm';

function libdrmUnits(): UnitSpec[] {
  if (!existsSync(LIBDRM_DIR)) return [];
  const names = readdirSync(LIBDRM_DIR)
    .filter((f) => f.endsWith('_drm.h') || ['drm.h', 'drm_mode.h', 'drm_fourcc.h'].includes(f))
    .sort();
  return names.map((f) => ({
    name: f,
    headers: [`${LIBDRM_DIR}/${f}`],
    includeDirs: [LIBDRM_DIR],
    systemIncludeDirs: [],
    defines: [],
    undefines: [],
  }));
}

/** The options of a golden case's `// tsbindgen-flags:` line that change what the compiler sees. */
export function goldenFlags(firstLine: string): Pick<UnitSpec, 'includeDirs' | 'systemIncludeDirs' | 'defines' | 'undefines' | 'config'> {
  const out = { includeDirs: [] as string[], systemIncludeDirs: [] as string[], defines: [] as UnitSpec['defines'], undefines: [] as string[], config: undefined as string | undefined };
  const m = firstLine.match(/^\s*\/\/\s*tsbindgen-flags:(.*)$/);
  if (!m) return out;
  const args = m[1].trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (flag: string) => (a === flag ? args[++i] : a.slice(flag.length));
    if (a.startsWith('-I')) out.includeDirs.push(value('-I'));
    else if (a === '-isystem') out.systemIncludeDirs.push(args[++i]);
    else if (a.startsWith('-D')) {
      const d = value('-D');
      const eq = d.indexOf('=');
      out.defines.push(eq < 0 ? { name: d } : { name: d.slice(0, eq), value: d.slice(eq + 1) });
    } else if (a.startsWith('-U')) out.undefines.push(value('-U'));
    else if (a === '--config' && /\.config$|config$/.test(args[i + 1] ?? '') && !(args[i + 1] ?? '').endsWith('.json')) out.config = args[++i];
  }
  return out;
}

/**
 * A golden case's `--config case.json` is the generate command's project config: its include folders and its
 * Kconfig file (both relative to the case folder) are what the headers are compiled with.
 */
function projectConfigOf(root: string, caseDir: string, firstLine: string): Partial<UnitSpec> {
  const m = firstLine.match(/--config\s+(\S+\.json)/);
  if (!m) return {};
  try {
    const cfg = JSON.parse(readFileSync(join(caseDir, m[1]), 'utf8')) as { includeDirs?: string[]; kconfig?: string };
    const out: Partial<UnitSpec> = { includeDirs: (cfg.includeDirs ?? []).map((d) => relative(root, join(caseDir, d)) || '.') };
    if (cfg.kconfig) out.config = relative(root, join(caseDir, cfg.kconfig));
    return out;
  } catch {
    return {};
  }
}

function goldenUnits(root: string): UnitSpec[] {
  const dir = join(root, 'test/golden');
  if (!existsSync(dir)) return [];
  const out: UnitSpec[] = [];
  for (const c of readdirSync(dir).sort()) {
    const input = join(dir, c, 'input.h');
    if (!existsSync(input)) continue;
    const flags = goldenFlags(readFileSync(input, 'utf8').split('\n')[0]);
    Object.assign(flags, projectConfigOf(root, join(dir, c), readFileSync(input, 'utf8').split('\n')[0]));
    const expectsFailure = existsSync(join(dir, c, 'diagnostics.txt')) && !existsSync(join(dir, c, 'expected'));
    out.push({
      name: c,
      headers: [relative(root, input)],
      ...flags,
      skipReason: expectsFailure ? 'golden case expects diagnostics (no expected/ output), not meant to compile' : undefined,
    });
  }
  return out;
}

/**
 * The real kernel translation unit of examples/linux-6.1 (Debian's linux-headers package) with kbuild's own gcc
 * command line, captured from `make M=… V=1` into examples/linux-6.1/kbuild-flags.rsp: x86_64 only.
 */
function kernelUnits(root: string): UnitSpec[] {
  const dir = join(root, 'examples/linux-6.1');
  if (!existsSync(join(dir, 'headers-version'))) return [];
  const version = readFileSync(join(dir, 'headers-version'), 'utf8').trim();
  const installed = existsSync(`/usr/src/linux-headers-${version}/.config`);
  return [
    {
      name: 'gem-tu',
      headers: ['examples/linux-6.1/bindings_helper.h'],
      includeDirs: [],
      systemIncludeDirs: [],
      defines: [],
      undefines: [],
      cflags: splitResponseText(readFileSync(join(dir, 'kbuild-flags.rsp'), 'utf8')),
      recordsOnly: true,
      ...(installed ? {} : { skipReason: `linux-headers-${version} is not installed (Debian package linux-headers-${version})` }),
    },
  ];
}

/** tsbindgen's builtin-include/ against each compiler's own headers: one probe header per builtin header. */
function builtinUnits(root: string): UnitSpec[] {
  return headerFiles(root, 'test/abi/builtin-probes').map((h) => ({
    name: h.replace(/^.*\/uses-/, '').replace(/\.h$/, '') + '.h',
    headers: [h],
    includeDirs: [],
    systemIncludeDirs: [],
    defines: [],
    undefines: [],
    macroNames: true,
  }));
}

export function abiSet(root: string, name: SetName): SetSpec {
  switch (name) {
    case 'headers-default':
      return { name, units: projectHeadersUnit(root, 'headers/.config') };
    case 'headers-debug':
      return { name, units: projectHeadersUnit(root, 'headers/configs/debug.config') };
    case 'libdrm':
      return { name, units: libdrmUnits() };
    case 'golden':
      return { name, units: goldenUnits(root) };
    case 'kernel':
      return { name, units: kernelUnits(root), targets: ['x86_64'] };
    case 'builtin':
      return { name, units: builtinUnits(root) };
  }
}
