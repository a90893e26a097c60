// One (set, target): compute the compilers' answers (refresh, live) or load them (npm test), then compare.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LayoutDump } from '../../../generator/dump/types.ts';
import type { TargetName } from '../../../generator/layout/targets.ts';
import { compareUnit, type UnitComparison } from './compare.ts';
import { generatorDump } from './dump-source.ts';
import { probeUnit, type UnitAnswers } from './probe-unit.ts';
import { provenanceOf } from './provenance.ts';
import type { SetSpec, UnitSpec } from './sets.ts';
import { toolchain } from './toolchains.ts';
import type { SetTruth, TruthRecord, UnitTruth } from './truth.ts';

export interface SetComparison {
  set: string;
  target: TargetName;
  units: UnitComparison[];
}

function emptyDump(target: string, why: string): LayoutDump {
  return {
    target,
    records: {},
    constants: {},
    skipped: {},
    diagnostics: [{ severity: 'error', code: 'generator-crashed', message: why }],
  };
}

/** The generator never throws for bad input; a throw is a crash and is reported, not propagated. */
export async function safeDump(unit: UnitSpec, target: TargetName, read?: Set<string>): Promise<LayoutDump> {
  try {
    return await generatorDump(unit, target, read);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return emptyDump(target, `the generator threw: ${msg}`);
  }
}

export function truthPath(root: string, set: string, target: string): string {
  return join(root, 'test/abi/truth', set, `${target}.json`);
}

export function loadTruth(root: string, set: string, target: string): SetTruth | undefined {
  const p = truthPath(root, set, target);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as SetTruth) : undefined;
}

type Answer = { kind: 'record'; value: TruthRecord } | { kind: 'constant'; value: string } | { kind: 'rejected'; value: string };

/**
 * Units of a set share most headers, so each answer is stored once at set level (the most common one) and a unit
 * keeps only where it differs — which keeps the fixtures small without losing what each unit saw.
 */
export function mergeUnits(truth: SetTruth, answers: Map<string, UnitAnswers>): void {
  const byKey = new Map<string, Map<string, Answer>>();
  const note = (key: string, unit: string, a: Answer) => {
    let m = byKey.get(key);
    if (!m) byKey.set(key, (m = new Map()));
    m.set(unit, a);
  };
  for (const [unit, a] of answers) {
    truth.units[unit] = {
      gccRecords: a.unit.gccRecords,
      rejected: {},
      ...(a.unit.fatal !== undefined ? { fatal: a.unit.fatal } : {}),
      ...(a.unit.gccMacros ? { gccMacros: a.unit.gccMacros } : {}),
    };
    for (const [k, v] of Object.entries(a.records)) note(k, unit, { kind: 'record', value: v });
    for (const [k, v] of Object.entries(a.constants)) note(k, unit, { kind: 'constant', value: v });
    for (const [k, v] of Object.entries(a.unit.rejected)) note(k, unit, { kind: 'rejected', value: v });
  }
  truth.rejected = {};
  for (const [key, perUnit] of byKey) {
    const votes = new Map<string, { a: Answer; n: number }>();
    for (const a of perUnit.values()) {
      const id = JSON.stringify(a);
      const v = votes.get(id);
      if (v) v.n++;
      else votes.set(id, { a, n: 1 });
    }
    const common = [...votes.values()].sort((x, y) => y.n - x.n)[0].a;
    const commonId = JSON.stringify(common);
    store(truth, key, common, undefined);
    for (const [unit, a] of perUnit) if (JSON.stringify(a) !== commonId) store(truth, key, a, truth.units[unit]);
  }
}

function store(truth: SetTruth, key: string, a: Answer, unit: UnitTruth | undefined): void {
  if (a.kind === 'rejected') {
    if (unit) unit.rejected[key] = a.value;
    else truth.rejected![key] = a.value;
  } else if (a.kind === 'record') {
    if (unit) (unit.records ??= {})[key] = a.value;
    else truth.records[key] = a.value;
  } else if (unit) (unit.constants ??= {})[key] = a.value;
  else truth.constants[key] = a.value;
}

export interface SetDumps {
  dumps: Map<string, LayoutDump>;
  /** Every file the generator read for them. */
  read: Set<string>;
}

/** The dumps of every unit, computed in a child process so that several targets use several cores. */
export function dumpsInChild(root: string, set: string, target: TargetName, workDir: string): Promise<SetDumps> {
  const out = join(workDir, `dumps.${target}.json`);
  const worker = join(root, 'scripts/abi/dump-worker.ts');
  return new Promise((res, rej) => {
    execFile(process.execPath, ['--import', 'tsx', worker, set, target, out], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (err, _o, stderr) => {
      if (err) rej(new Error(`dump worker for ${set}/${target} failed: ${stderr || err.message}`));
      else {
        const r = JSON.parse(readFileSync(out, 'utf8')) as { dumps: Record<string, LayoutDump>; read: string[] };
        res({ dumps: new Map(Object.entries(r.dumps)), read: new Set(r.read) });
      }
    });
  });
}

/** Asks the compilers; also returns the dumps used, so a live run compares without recomputing them. */
export async function computeTruth(
  root: string,
  spec: SetSpec,
  target: TargetName,
): Promise<{ truth: SetTruth; dumps: Map<string, LayoutDump> }> {
  const workDir = join(root, 'test/abi/.work', spec.name);
  mkdirSync(workDir, { recursive: true });
  const tc = toolchain(target, workDir);
  const truth: SetTruth = { set: spec.name, target, units: {}, records: {}, constants: {} };
  const { dumps, read } = await dumpsInChild(root, spec.name, target, workDir);
  const answers = new Map<string, UnitAnswers>();
  for (const unit of spec.units) {
    if (unit.skipReason) {
      answers.set(unit.name, { unit: { gccRecords: [], rejected: {}, fatal: `not probed: ${unit.skipReason}` }, records: {}, constants: {} });
      continue;
    }
    const dump = dumps.get(unit.name) ?? (await safeDump(unit, target, read));
    dumps.set(unit.name, dump);
    answers.set(unit.name, await probeUnit(tc, unit, dump, root, workDir));
  }
  mergeUnits(truth, answers);
  truth.provenance = provenanceOf(root, read);
  return { truth, dumps };
}

export function writeTruth(root: string, truth: SetTruth, serialize: (t: SetTruth) => string): string {
  const p = truthPath(root, truth.set, truth.target);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, serialize(truth));
  return p;
}

export async function compareSet(
  spec: SetSpec,
  target: TargetName,
  truth: SetTruth,
  dumps?: Map<string, LayoutDump>,
  read?: Set<string>,
): Promise<SetComparison> {
  const units: UnitComparison[] = [];
  const names = new Set([...spec.units.map((u) => u.name), ...Object.keys(truth.units)]);
  for (const name of [...names].sort()) {
    const unit = spec.units.find((u) => u.name === name);
    if (!unit) {
      units.push({ unit: name, counts: { records: 0, fields: 0, bitfields: 0, constants: 0, agreedSkips: 0 }, mismatches: [{ kind: 'not-in-truth', item: name, generator: 'no such unit any more', compiler: 'in the truth fixture: run `npm run abi:refresh`' }], notProbed: [] });
      continue;
    }
    if (unit.skipReason) {
      units.push({ unit: name, counts: { records: 0, fields: 0, bitfields: 0, constants: 0, agreedSkips: 0 }, mismatches: [], notProbed: [{ item: name, reason: unit.skipReason }] });
      continue;
    }
    const dump = dumps?.get(name) ?? (await safeDump(unit, target, read));
    units.push(compareUnit(name, dump, truth));
  }
  return { set: spec.name, target, units };
}
