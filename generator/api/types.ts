// The library API's request and result types (`import type { … } from 'tsbindgen'`): plain data, so a
// caller can build requests by hand and serialise results.

import type { Diagnostic } from '../diagnostics.ts';
import type { LayoutDump } from '../dump/types.ts';
import type { TargetName } from '../layout/targets.ts';
import type { SourceFs } from '../source/source-fs.ts';
import type { OutputFile } from '../emit/view-model.ts';

export type { Diagnostic, LayoutDump, OutputFile, TargetName };

/** Where headers come from: the disk (relative to `cwd`) unless `files` gives them in memory. */
export interface HeaderSource {
  /** Directory relative paths are read from (default: the process's working directory). */
  cwd?: string;
  /** Headers by path, instead of the disk: `{ 'a.h': '#include "b.h"\n…', 'b.h': … }`. */
  files?: Record<string, string>;
}

/** `tsbindgen layout` as a value: the same options as the command line. */
export interface LayoutRequest extends HeaderSource {
  headers: string[];
  /** Default x86_64. */
  target?: TargetName;
  /** -I, in order. */
  includeDirs?: string[];
  /** -isystem, in order (after -I, before the toolchain's own directories). */
  systemIncludeDirs?: string[];
  /** -D and -U in command-line order: `"NAME"`, `"NAME=VALUE"` define, `{ undef: "NAME" }` undefines. */
  macros?: (string | { undef: string })[];
  /** A Kconfig .config applied before `macros`. */
  kconfig?: string;
  sysroot?: string;
  /** Do not search the toolchain's system include directories (default false, as gcc). */
  nostdinc?: boolean;
}

export interface LayoutResult {
  /** The documented JSON dump (`tsbindgen layout` prints exactly this). */
  dump: LayoutDump;
  diagnostics: Diagnostic[];
  /** No error among the diagnostics. */
  ok: boolean;
}

/** `tsbindgen generate` as a value: nothing is written unless `write` is set. */
export interface GenerateRequest {
  /** Directory the config and relative paths are resolved against (default: the process's). */
  cwd?: string;
  /** The project config relative to cwd (default tsbindgen.config.json). */
  config?: string;
  /** The config's text instead of reading `config` (which then only names it in diagnostics). */
  configText?: string;
  /** Output directory relative to cwd (default: the config's "out" beside the config). */
  out?: string;
  /** Replace the output directory with the generated tree (atomically; stale files go). Default false. */
  write?: boolean;
  /** Compare with the output directory on disk instead; `stale` then says how it differs. */
  check?: boolean;
}

export interface GenerateResult {
  /** Generation succeeded (and with `check`, the disk was up to date; with `write`, it was written). */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Every file of the output tree, path relative to `outDir` with '/' separators. */
  files: OutputFile[];
  outDir?: string;
  /** The subsystems generated (gate on), in manifest order. */
  generated: string[];
  written: boolean;
  /** With `check`: paths missing from, extra on or different on disk, and a unified diff. */
  stale?: { missing: string[]; extra: string[]; different: string[]; patch: string };
}

export type { SourceFs };
