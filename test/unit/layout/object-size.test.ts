// Objects at and past the maximum object size: tsbindgen must reject exactly what the target's compiler rejects,
// and may only additionally refuse (never round) what it cannot lay out exactly (above 2^50 bytes).

import { describe, expect, it } from 'vitest';
import { buildLayoutDump } from '../../../generator/commands/layout.ts';
import { TARGET_NAMES, type TargetName } from '../../../generator/layout/targets.ts';
import { memorySourceFs } from '../../../generator/source/source-fs.ts';
import { COMPILERS, compileToAsm, compilerAvailable } from './compilers.ts';

const CASES = [
  'struct a { char x[0x7fffffffffffffff]; char y[16]; };',
  'struct b { char x[0x7fffffffffffffff]; };',
  'struct c { char x[0x8000000000000000]; };',
  'typedef int d[0x2000000000000000];',
  'struct e { int x[0x1000000000000000]; int y[0x1000000000000000]; };',
  'struct f { char x[9007199254740993]; };',
  'struct g { char x[0x4000000000000]; };',
  'struct h { char x[0x80000000]; };',
  'struct i { char x[0x7fffffff]; };',
  'struct j { char x[0x7fffffff]; char y[16]; };',
  'struct k { short x[0x20000000]; short y[0x20000000]; };',
  'typedef int l[0x20000000];',
  'struct m { char x[0xffffffff]; };',
  'struct n { char x[0x100000000]; };',
  'union o { char x[0x7fffffff]; char y[0x7fffffff]; };',
];

function ours(decl: string, target: TargetName) {
  const { dump } = buildLayoutDump({ headers: ['t.h'], target, includeDirs: [], defines: [], undefines: [], nostdinc: true }, memorySourceFs({ 't.h': `${decl}\n` }));
  const errors = dump.diagnostics.filter((d) => d.severity === 'error');
  return { errors, sizes: Object.values(dump.records).map((r) => r.size) };
}

async function compilerAccepts(decl: string, target: TargetName): Promise<boolean> {
  try {
    await compileToAsm(target, `${decl}\n`);
    return true;
  } catch {
    return false;
  }
}

describe('objects past the maximum object size', () => {
  for (const target of TARGET_NAMES) {
    if (!compilerAvailable(target)) {
      it.skip(`SKIPPED: ${COMPILERS[target].join(' ')} is not installed, so ${target}'s object size limit is unchecked`, () => {});
      continue;
    }
    it(`rejects what ${COMPILERS[target].join(' ')} rejects on ${target}, with a located error`, async () => {
      const wrong: string[] = [];
      const verdicts = await Promise.all(CASES.map((decl) => compilerAccepts(decl, target)));
      for (const [k, decl] of CASES.entries()) {
        const accepts = verdicts[k];
        const { errors } = ours(decl, target);
        const located = errors.every((e) => e.file === 't.h' && e.line === 1 && (e.column ?? 0) > 0);
        // Beyond the compiler's verdict tsbindgen may only refuse what it cannot lay out exactly, and, on wasm32,
        // records past 2^32-1 bytes (clang accepts them though their size does not fit its size_t).
        const refusedOnly = errors.every((e) => e.code === 'size-not-exact' || (target === 'wasm32' && e.code === 'object-too-large' && e.message.startsWith('type ')));
        if (!located) wrong.push(`${decl}: unlocated error`);
        else if (accepts && errors.length > 0 && !refusedOnly) wrong.push(`${decl}: compiler accepts, ours ${errors.map((e) => e.code)}`);
        else if (!accepts && !errors.some((e) => e.code === 'object-too-large')) wrong.push(`${decl}: compiler rejects, ours ${errors.map((e) => e.code).join(',') || 'accepts'}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('never prints a size above 2^50 (every number in the dump is exact)', () => {
    for (const target of TARGET_NAMES) for (const decl of CASES) for (const s of ours(decl, target).sizes) expect(s).toBeLessThanOrEqual(2 ** 50);
  });
});
