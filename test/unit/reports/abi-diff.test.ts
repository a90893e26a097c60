// Layout numbers below are gcc's for `struct { __u32 handle; __u64 size; }` (i386: 12/4, x86_64: 16/8) and for
// `struct { __u64 v; __u32 f; }` (i386: 12/4, x86_64: 16/8); see test/golden-reports for the compiler-made dumps.
import { describe, expect, it } from 'vitest';
import type { LayoutDump, RecordDump } from '../../../generator/dump/types.ts';
import { abiDiff, abiDiffExitCode } from '../../../generator/reports/abi-diff.ts';

function dump(target: string, records: Record<string, RecordDump>): LayoutDump {
  return { target, records, constants: {}, skipped: {}, diagnostics: [] };
}

const misaligned32: RecordDump = { kind: 'struct', header: 'uapi/x.h', size: 12, align: 4, fields: [{ path: 'handle', offset: 0, size: 4 }, { path: 'size', offset: 4, size: 8 }] };
const misaligned64: RecordDump = { ...misaligned32, size: 16, align: 8, fields: [{ path: 'handle', offset: 0, size: 4 }, { path: 'size', offset: 8, size: 8 }] };
const good32: RecordDump = { kind: 'struct', header: 'uapi/x.h', size: 16, align: 4, fields: [{ path: 'a', offset: 0, size: 8 }, { path: 'b', offset: 8, size: 8 }] };
const good64: RecordDump = { ...good32, align: 8 };

describe('abi-diff', () => {
  it('lists a record whose field moved, with both offsets', () => {
    const r = abiDiff(dump('i386', { 'struct m': misaligned32 }), dump('x86_64', { 'struct m': misaligned64 }));
    expect(r.differing.map((d) => d.fields.map((f) => [f.path, f.a?.offset, f.b?.offset]))).toEqual([[['size', 4, 8]]]);
  });
  it('fails the lint when a uapi record differs in size or offsets', () => {
    const r = abiDiff(dump('i386', { 'struct m': misaligned32 }), dump('x86_64', { 'struct m': misaligned64 }));
    expect(abiDiffExitCode(r)).toBe(1);
  });
  it('reports but does not fail on a uapi record that differs only in alignment', () => {
    const r = abiDiff(dump('i386', { 'struct g': good32 }), dump('x86_64', { 'struct g': good64 }));
    expect([r.differing.length, r.differing[0].alignOnly, abiDiffExitCode(r)]).toEqual([1, true, 0]);
  });
  it('does not fail on a differing record outside uapi headers', () => {
    const k32 = { ...misaligned32, header: 'headers/drm/drm_gem.h' };
    const k64 = { ...misaligned64, header: 'headers/drm/drm_gem.h' };
    expect(abiDiffExitCode(abiDiff(dump('i386', { 'struct k': k32 }), dump('x86_64', { 'struct k': k64 })))).toBe(0);
  });
  it('names records that exist on one target only', () => {
    const r = abiDiff(dump('i386', { 'struct g': good32 }), dump('x86_64', { 'struct h': good64 }));
    expect([r.onlyInA, r.onlyInB]).toEqual([['struct g'], ['struct h']]);
  });
});
