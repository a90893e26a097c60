// Golden tests of the abi-diff and holes reports. Each case: a header, a skeleton naming its records and fields,
// the compilers' layouts as committed dumps (dump.<target>.json, numbers from gcc/clang, never from the
// generator), and the reviewed report text. UPDATE_GOLDEN=1 rewrites dumps (with the compilers) and texts.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayoutDump } from '../../generator/dump/types.ts';
import type { TargetName } from '../../generator/layout/targets.ts';
import { abiDiff, formatAbiDiff } from '../../generator/reports/abi-diff.ts';
import { formatHoles, holes } from '../../generator/reports/holes.ts';
import { compilerDump, type SkeletonRecord } from '../abi/harness/compiler-dump.ts';
import { safeDump } from '../abi/harness/run-set.ts';
import type { UnitSpec } from '../abi/harness/sets.ts';
import { missingCompilers } from '../abi/harness/toolchains.ts';

interface CaseSpec {
  report: 'abi-diff' | 'holes';
  targets: TargetName[];
  headers: string[];
}

const root = process.cwd();
const here = join(root, 'test/golden-reports');
const update = process.env.UPDATE_GOLDEN === '1';
const cases = readdirSync(here).filter((c) => existsSync(join(here, c, 'case.json'))).sort();

function load(c: string) {
  const dir = join(here, c);
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseSpec;
  const skeleton = JSON.parse(readFileSync(join(dir, 'skeleton.json'), 'utf8')) as Record<string, SkeletonRecord>;
  const headers = spec.headers.map((h) => relative(root, join(dir, h)));
  for (const r of Object.values(skeleton)) r.header ??= headers[0];
  const unit: UnitSpec = { name: c, headers, includeDirs: [], systemIncludeDirs: [], defines: [], undefines: [] };
  return { dir, spec, skeleton, unit };
}

function render(spec: CaseSpec, dumps: LayoutDump[]): string {
  return spec.report === 'abi-diff' ? formatAbiDiff(abiDiff(dumps[0], dumps[1])) : formatHoles(holes(dumps[0]));
}

function committedDump(dir: string, t: TargetName): LayoutDump {
  return JSON.parse(readFileSync(join(dir, `dump.${t}.json`), 'utf8')) as LayoutDump;
}

describe('golden reports', () => {
  for (const c of cases) {
    const { dir, spec, skeleton, unit } = load(c);
    const compilersMissing = missingCompilers(spec.targets).length > 0;

    it.skipIf(compilersMissing)(`${c}: the committed dumps are the compilers' layouts`, async () => {
      for (const t of spec.targets) {
        const { dump, problems } = await compilerDump(root, join(root, 'test/abi/.work/golden-reports', c), unit, t, skeleton);
        expect(problems).toEqual([]);
        const text = `${JSON.stringify(dump, null, 2)}\n`;
        if (update) writeFileSync(join(dir, `dump.${t}.json`), text);
        else expect(readFileSync(join(dir, `dump.${t}.json`), 'utf8')).toBe(text);
      }
    });

    it(`${c}: the ${spec.report} report of the compilers' layouts matches expected.txt`, () => {
      const text = render(spec, spec.targets.map((t) => committedDump(dir, t)));
      if (update) writeFileSync(join(dir, 'expected.txt'), text);
      else expect(text).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8'));
    });

    it(`${c}: the generator's layouts give the same ${spec.report} report`, async () => {
      const dumps = await Promise.all(spec.targets.map((t) => safeDump(unit, t)));
      expect(dumps.flatMap((d) => d.diagnostics.filter((x) => x.severity === 'error'))).toEqual([]);
      expect(render(spec, dumps)).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8'));
    });
  }
});
