// bindgen-style layout tests for every generated package and target: each view class's SIZE, ALIGN and OFFSETS
// must match the front end's layout (layout-checks.ts) and, where the compilers' answers are committed
// (test/abi/truth/headers-default/<target>.json), what gcc/clang said.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATED = join(ROOT, 'generated');
const TRUTH_SET = join(ROOT, 'test/abi/truth/headers-default');

interface CheckField {
  path: string;
  offset: number;
  size: number;
  bitOffset?: number;
  bitWidth?: number;
}
interface CheckRecord {
  name: string;
  size: number;
  align: number;
  fields: readonly CheckField[];
}
interface ViewClass {
  SIZE: number;
  ALIGN: number;
  OFFSETS: Record<string, number>;
}
interface TruthRecord {
  size: number;
  align: number;
  fields: Record<string, { o?: number; bo?: number }>;
}

const packages = existsSync(GENERATED)
  ? readdirSync(GENERATED).filter((d) => existsSync(join(GENERATED, d, 'layout-checks.ts'))).sort()
  : [];

function truthFor(target: string): Record<string, TruthRecord> | undefined {
  const p = join(TRUTH_SET, `${target}.json`);
  if (!existsSync(p)) return undefined;
  return (JSON.parse(readFileSync(p, 'utf8')) as { records: Record<string, TruthRecord> }).records;
}

async function load(pkg: string, file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(join(GENERATED, pkg, file)).href)) as Record<string, unknown>;
}

describe('generated layouts', () => {
  test('generated/ holds packages', () => {
    expect(packages.length).toBeGreaterThan(0);
  });

  for (const pkg of packages) {
    test(`${pkg}: every view class matches the front end's layout on every target`, async () => {
      const { layoutChecks } = (await load(pkg, 'layout-checks.ts')) as { layoutChecks: Record<string, Record<string, CheckRecord>> };
      for (const [target, records] of Object.entries(layoutChecks)) {
        const mod = await load(pkg, `${target}.ts`);
        for (const [id, rec] of Object.entries(records)) {
          const cls = mod[rec.name] as ViewClass;
          expect(cls, `${id} on ${target}`).toBeDefined();
          expect([cls.SIZE, cls.ALIGN], `${id} size/align on ${target}`).toEqual([rec.size, rec.align]);
          const top = new Map(rec.fields.filter((f) => !f.path.includes('.')).map((f) => [f.path, f.offset]));
          for (const [name, offset] of Object.entries(cls.OFFSETS)) {
            expect(offset, `${id}.${name} on ${target}`).toBe(top.get(name.replace(/_$/, '')) ?? top.get(name));
          }
        }
      }
    });

    test(`${pkg}: every view class matches the compilers' layout on every target with committed truth`, async (ctx) => {
      const { layoutChecks } = (await load(pkg, 'layout-checks.ts')) as { layoutChecks: Record<string, Record<string, CheckRecord>> };
      let compared = 0;
      for (const [target, records] of Object.entries(layoutChecks)) {
        const truth = truthFor(target);
        if (!truth) continue;
        const mod = await load(pkg, `${target}.ts`);
        for (const [id, rec] of Object.entries(records)) {
          const t = truth[id];
          if (!t) continue;
          const cls = mod[rec.name] as ViewClass;
          expect([cls.SIZE, cls.ALIGN], `${id} size/align on ${target} (gcc)`).toEqual([t.size, t.align]);
          for (const [name, offset] of Object.entries(cls.OFFSETS)) {
            const f = t.fields[name];
            if (!f) continue;
            const want = f.o ?? Math.floor(f.bo! / 8);
            expect(offset, `${id}.${name} on ${target} (gcc)`).toBe(want);
          }
          compared++;
        }
      }
      if (compared === 0) ctx.skip();
    });
  }
});
