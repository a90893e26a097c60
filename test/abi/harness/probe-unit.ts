// Asks the target's compiler about every name of one unit: the generator's dump supplies the names (records,
// field paths, constants and skipped macros), the compiler's preprocessed text adds the records it defines.

import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LayoutDump } from '../../../generator/dump/types.ts';
import { readAsmObjects, words64 } from './asm-data.ts';
import { compileProbes } from './compile.ts';
import { autoconfHeader } from './kconfig-defines.ts';
import { PROBE_HELPERS, PROBE_HELPERS_NAME, SYMBOL_PREFIX, writeProbeFile, type Probe } from './probe-writer.ts';
import { definedRecordNames } from './record-names.ts';
import type { UnitSpec } from './sets.ts';
import { fieldKey, type TruthField, type TruthRecord, type UnitTruth } from './truth.ts';
import type { Toolchain } from './toolchains.ts';

export interface UnitAnswers {
  unit: UnitTruth;
  records: Record<string, TruthRecord>;
  constants: Record<string, string>;
}

function compilerArgs(unit: UnitSpec, root: string, dir: string): string[] {
  const args: string[] = [];
  if (unit.config) {
    writeFileSync(join(dir, 'autoconf.h'), autoconfHeader(readFileSync(resolve(root, unit.config), 'utf8')));
    args.push('-include', join(dir, 'autoconf.h'));
  }
  for (const d of unit.includeDirs) args.push('-I', resolve(root, d));
  for (const d of unit.systemIncludeDirs) args.push('-isystem', resolve(root, d));
  for (const d of unit.defines) args.push(`-D${d.name}${d.value === undefined ? '' : `=${d.value}`}`);
  for (const u of unit.undefines) args.push(`-U${u}`);
  args.push(...(unit.cflags ?? []));
  return args;
}

function preprocess(tc: Toolchain, args: string[], file: string, cwd: string): Promise<string | undefined> {
  const ppArgs = tc.baseArgs.filter((a) => a !== '-S');
  return new Promise((res) => {
    execFile(tc.command, [...ppArgs, ...args, '-E', '-P', file], { cwd, maxBuffer: 512 * 1024 * 1024 }, (err, out) =>
      res(err ? undefined : out),
    );
  });
}

function macroDefinitions(tc: Toolchain, args: string[], file: string, cwd: string): Promise<Set<string> | undefined> {
  const ppArgs = tc.baseArgs.filter((a) => a !== '-S');
  return new Promise((res) => {
    execFile(tc.command, [...ppArgs, ...args, '-dM', '-E', file], { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, out) => {
      if (err) return res(undefined);
      const names = new Set<string>();
      for (const line of out.split('\n')) {
        const m = /^#define ([A-Za-z_]\w*)/.exec(line);
        if (m) names.add(m[1]);
      }
      res(names);
    });
  });
}

/** Names the C standard gives to headers although they are spelled like reserved ones. */
const STANDARD_RESERVED = new Set(['__bool_true_false_are_defined', '__alignas_is_defined', '__alignof_is_defined']);

/** The public macros the unit's headers define: not predefined, and not reserved to the implementation (`_X`, `__x`). */
async function publicMacros(tc: Toolchain, args: string[], dir: string): Promise<string[]> {
  writeFileSync(join(dir, 'empty.c'), '');
  const [all, predefined] = await Promise.all([macroDefinitions(tc, args, 'headers.c', dir), macroDefinitions(tc, args, 'empty.c', dir)]);
  if (!all || !predefined) return [];
  return [...all].filter((n) => !predefined.has(n) && (STANDARD_RESERVED.has(n) || !/^_[_A-Z]/.test(n))).sort();
}

/** Contiguous set bits of a bitfield object written as all ones. */
function bitsOf(bytes: Uint8Array): { bo: number; bw: number } | undefined {
  let first = -1;
  let count = 0;
  for (let i = 0; i < bytes.length * 8; i++) {
    if ((bytes[i >> 3] >> (i & 7)) & 1) {
      if (first < 0) first = i;
      count++;
    }
  }
  if (first < 0) return undefined;
  return { bo: first, bw: count };
}

function probeKey(p: Probe): string {
  if (p.kind === 'constant') return p.name;
  if (p.kind === 'record') return p.record;
  return fieldKey(p.record, p.path);
}

export async function probeUnit(tc: Toolchain, unit: UnitSpec, dumps: LayoutDump, root: string, workDir: string): Promise<UnitAnswers> {
  const dir = resolve(workDir, tc.target, unit.name.replace(/[^\w.-]/g, '_'));
  mkdirSync(dir, { recursive: true });
  const args = compilerArgs(unit, root, dir);
  const headers = unit.headers.map((h) => resolve(root, h));
  writeFileSync(join(dir, 'headers.c'), headers.map((h) => `#include "${h}"`).join('\n') + '\n');
  const pp = await preprocess(tc, args, 'headers.c', dir);
  const gccRecords = pp === undefined ? [] : definedRecordNames(pp);

  const recordNames = new Set([...Object.keys(dumps.records), ...gccRecords]);
  const req = {
    headers,
    records: [...recordNames].sort().map((name) => ({
      name,
      fields: (dumps.records[name]?.fields ?? []).map((f) => ({ path: f.path, bitfield: f.bitWidth !== undefined })),
    })),
    constants: [...new Set([...Object.keys(dumps.constants), ...Object.keys(dumps.skipped)])].sort(),
  };
  const file = writeProbeFile(req);
  const result = await compileProbes(tc, { dir, files: [['probe.c', file.source], [PROBE_HELPERS_NAME, PROBE_HELPERS]], extraArgs: args });
  const unitTruth: UnitTruth = { gccRecords, rejected: {} };
  if (unit.macroNames) unitTruth.gccMacros = await publicMacros(tc, args, dir);
  const records: Record<string, TruthRecord> = {};
  const constants: Record<string, string> = {};
  if (result.asm === undefined) {
    unitTruth.fatal = result.fatal ?? 'compile failed';
    return { unit: unitTruth, records, constants };
  }
  const objects = readAsmObjects(result.asm, tc, SYMBOL_PREFIX);
  for (const p of file.probes) {
    const bytes = objects.get(p.symbol);
    if (!bytes) {
      const why = result.rejected.get(p.line) ?? 'no object for this probe in the assembly';
      if (p.kind === 'field-size') {
        if (!/incomplete/.test(why)) unitTruth.rejected[`${probeKey(p)} (size)`] = why;
      } else unitTruth.rejected[probeKey(p)] = why;
      continue;
    }
    if (p.kind === 'record') {
      const [size, align] = words64(bytes);
      records[p.record] = { size: Number(size), align: Number(align), fields: {} };
    } else if (p.kind === 'field-size') {
      const f = records[p.record]?.fields[p.path];
      if (f) f.s = Number(words64(bytes)[0]);
    } else if (p.kind === 'field' || p.kind === 'bitfield') {
      const rec = records[p.record];
      if (!rec) {
        unitTruth.rejected[probeKey(p)] = 'its record has no size (rejected by the compiler)';
        continue;
      }
      let f: TruthField | undefined;
      if (p.kind === 'field') {
        const [o, a] = words64(bytes);
        // Size 0 unless its own probe answers: only a flexible array member has no sizeof (checked below).
        f = { o: Number(o), s: 0, a: Number(a) };
      } else f = bitsOf(bytes);
      if (f) rec.fields[p.path] = f;
      else unitTruth.rejected[probeKey(p)] = 'setting the bitfield to all ones left every bit zero';
    } else {
      const [v, isInt, neg] = words64(bytes);
      if (isInt === 0n) unitTruth.rejected[p.name] = 'not an integer constant expression for the compiler';
      else constants[p.name] = (neg ? BigInt.asIntN(64, v) : v).toString();
    }
  }
  return { unit: unitTruth, records, constants };
}

