// A LayoutDump whose every number comes from the compiler: the caller names the records and field paths (a
// skeleton), the probes answer. Used to make report inputs that are true by construction, not by the generator.

import type { FieldDump, LayoutDump, RecordDump } from '../../../generator/dump/types.ts';
import type { TargetName } from '../../../generator/layout/targets.ts';
import { probeUnit } from './probe-unit.ts';
import type { UnitSpec } from './sets.ts';
import { toolchain } from './toolchains.ts';

export interface SkeletonRecord {
  kind: 'struct' | 'union';
  header?: string;
  /** Bitfields carry their declared type's size, which the probes cannot see. */
  fields: { path: string; bitfieldTypeSize?: number }[];
}

export async function compilerDump(
  root: string,
  workDir: string,
  unit: UnitSpec,
  target: TargetName,
  skeleton: Record<string, SkeletonRecord>,
): Promise<{ dump: LayoutDump; problems: string[] }> {
  const names: LayoutDump = { target, records: {}, constants: {}, skipped: {}, diagnostics: [] };
  for (const [name, r] of Object.entries(skeleton))
    names.records[name] = {
      kind: r.kind,
      size: 0,
      align: 0,
      fields: r.fields.map((f) => (f.bitfieldTypeSize ? { path: f.path, offset: 0, size: 0, bitOffset: 0, bitWidth: 1 } : { path: f.path, offset: 0, size: 0 })),
    };
  const answers = await probeUnit(toolchain(target, workDir), unit, names, root, workDir);
  const problems = Object.entries(answers.unit.rejected).map(([k, v]) => `${k}: ${v}`);
  if (answers.unit.fatal) problems.push(answers.unit.fatal);
  const dump: LayoutDump = { target, records: {}, constants: {}, skipped: {}, diagnostics: [] };
  for (const [name, r] of Object.entries(skeleton)) {
    const t = answers.records[name];
    if (!t) continue;
    const fields: FieldDump[] = r.fields.map((f) => {
      const tf = t.fields[f.path] ?? {};
      if (f.bitfieldTypeSize) return { path: f.path, offset: Math.floor((tf.bo ?? 0) / 8), size: f.bitfieldTypeSize, bitOffset: tf.bo, bitWidth: tf.bw };
      return { path: f.path, offset: tf.o ?? -1, size: tf.s ?? -1 };
    });
    const rec: RecordDump = { kind: r.kind, size: t.size, align: t.align, fields };
    if (r.header) rec.header = r.header;
    dump.records[name] = rec;
  }
  return { dump, problems };
}
