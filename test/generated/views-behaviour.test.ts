// Behaviour of generated views against the compilers: the same values are written once through a C designated
// initializer (gcc/clang lay out the bytes; we read them from the assembly, nothing runs) and once through the
// generated view's setters; the bytes must be identical, padding included, on every target.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { TARGET_NAMES, type TargetName } from '../../generator/layout/targets.ts';
import { readAsmObjects } from '../abi/harness/asm-data.ts';
import { compileProbes } from '../abi/harness/compile.ts';
import { missingCompilers, toolchain } from '../abi/harness/toolchains.ts';
import { runCase } from '../golden/run-case.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(ROOT, '.tmp/views-behaviour');

type Val = number | bigint | boolean | string | Val[] | { [field: string]: Val };

interface Probe {
  record: string;
  /** The C tag's TypeScript class name. */
  cls: string;
  values(target: TargetName): { [field: string]: Val };
  /** Fields that read back differently from what was written (plain char is unsigned on the ARM targets). */
  readBack?(target: TargetName): { [field: string]: Val };
}

const charUnsigned = (t: TargetName): boolean => t === 'aarch64' || t === 'armhf';

const is64 = (t: TargetName): boolean => t === 'x86_64' || t === 'aarch64';
const word = (t: TargetName, v: number): number | bigint => (is64(t) ? BigInt(v) : v);

/** Cases with a config of their own only generate their configured targets. */
const CASE_TARGETS: Record<string, readonly TargetName[]> = { 'multi-target': ['x86_64', 'i386', 'armhf'] };

const CASES: Record<string, Probe[]> = {
  bitfields: [
    { record: 'struct bits', cls: 'bits', values: () => ({ a: 5, b: -3, c: 100, flag: true, wide: 0x12_3456_789an, tail: 200 }) },
  ],
  'packed-aligned': [
    { record: 'struct packed_hdr', cls: 'packed_hdr', values: () => ({ kind: 7, len: 0xdeadbeef, value: 0x0102030405060708n, words: [1, 0x80000000] }) },
    { record: 'struct over_aligned', cls: 'over_aligned', values: () => ({ a: 1, b: 2, c: 0xffff_ffff_ffffn }) },
    { record: 'struct member_packed', cls: 'member_packed', values: () => ({ c: -1, i: -2 }), readBack: (t) => ({ c: charUnsigned(t) ? 255 : -1 }) },
  ],
  'anonymous-members': [
    { record: 'struct event', cls: 'event', values: () => ({ type: 1, offset: 0x1122334455667788n, pos: { x: 3, y: 4 }, deep: 5, shallow: 6 }) },
    { record: 'struct uses_typedef', cls: 'uses_typedef', values: () => ({ id: { id: 9 } }) },
  ],
  'flexible-arrays': [
    { record: 'struct grid', cls: 'grid', values: () => ({ cells: [1, 2, 3, 4, 5, 6], corners: [{ x: 7, y: 8 }, { x: 9, y: 10 }] }) },
    { record: 'struct blob', cls: 'blob', values: () => ({ count: 3 }) },
  ],
  'consumer-views': [
    { record: 'struct named', cls: 'named', values: () => ({ name: 'vgem', flags: 0x80, ids: [1, 0xfffe, 0x1234], colour: 3 }) },
    {
      record: 'struct shelf',
      cls: 'shelf',
      values: (): { [field: string]: Val } => ({ items: [{ name: 'first', ids: [7, 8, 9] }, { name: 'seven c', colour: 2 }], label: 'abc', raw: [1, 2, 3, 4] }),
    },
  ],
  enums: [{ record: 'struct uses_enum', cls: 'uses_enum', values: () => ({ ch: -1, big: 0x7fffffffffffffffn }) }],
  'multi-target': [
    {
      record: 'struct mixed',
      cls: 'mixed',
      values: (t) => ({ c: -7, big: 0x0102030405060708n, l: word(t, -5), p: word(t, 0x1000), arr: [1n, 0xfedcba9876543210n], fn: word(t, 3) }),
      readBack: (t) => ({ c: charUnsigned(t) ? 249 : -7 }),
    },
  ],
};

function cLiteral(v: Val): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'bigint') return v < 0n ? `(${v}LL)` : `${v}ULL`;
  if (typeof v === 'number') return v < 0 ? `(${v})` : `${v}U`;
  if (Array.isArray(v)) return `{ ${v.map(cLiteral).join(', ')} }`;
  return `{ ${Object.entries(v).map(([k, x]) => `.${k} = ${cLiteral(x)}`).join(', ')} }`;
}

/** What the getters give for `values`, in the same shape (arrays and nested views flattened to plain values). */
function read(view: Record<string, unknown>, values: { [field: string]: Val }): { [field: string]: Val } {
  const out: { [field: string]: Val } = {};
  for (const [k, v] of Object.entries(values)) {
    const got = view[k];
    if (Array.isArray(v)) {
      const arr = got as { get?(i: number): unknown } & Record<number, unknown>;
      out[k] = v.map((x, i) => {
        const item = !ArrayBuffer.isView(arr) && arr.get ? arr.get(i) : arr[i];
        return typeof x === 'object' ? read(item as Record<string, unknown>, x as { [f: string]: Val }) : (item as Val);
      });
    } else if (typeof v === 'object') out[k] = read(got as Record<string, unknown>, v);
    else if (typeof v === 'string') out[k] = String(got);
    // A typed pointer (Ptr, FnPtr) is compared by the address it holds.
    else out[k] = (typeof got === 'object' && got !== null && 'address' in got ? got.address : got) as Val;
  }
  return out;
}

// Generated views expose typed arrays, ScalarArray/RecordArray (get/set) or nested views; assign through whichever.
function assign(view: Record<string, unknown>, values: { [field: string]: Val }): void {
  for (const [k, v] of Object.entries(values)) {
    if (Array.isArray(v)) {
      const arr = view[k] as { get?(i: number): unknown; set?(i: number, x: unknown): void } & Record<number, unknown>;
      v.forEach((x, i) => {
        if (typeof x === 'object') assign((arr.get ? arr.get(i) : arr[i]) as Record<string, unknown>, x as { [f: string]: Val });
        else if (!ArrayBuffer.isView(arr) && arr.set) arr.set(i, x);
        else arr[i] = x;
      });
    } else if (typeof v === 'object') assign(view[k] as Record<string, unknown>, v);
    else view[k] = v;
  }
}

const missing = new Set(missingCompilers(TARGET_NAMES).length ? TARGET_NAMES.filter((t) => missingCompilers([t]).length > 0) : []);

describe('generated views write the bytes the compiler lays out', () => {
  for (const [caseName, probes] of Object.entries(CASES)) {
    for (const target of CASE_TARGETS[caseName] ?? TARGET_NAMES) {
      const caseDir = join(ROOT, 'test/golden', caseName);
      const t = missing.has(target) ? test.skip : test;
      t(`${caseName} on ${target}: setters produce gcc's bytes`, async () => {
        const result = runCase(caseDir, caseName, [target]);
        expect(result.ok, result.diagnostics).toBe(true);
        const files = result.files.filter((f) => f.path.endsWith(`/${target}.ts`));
        expect(files.length).toBe(1);
        const out = join(WORK, caseName, target);
        rmSync(out, { recursive: true, force: true });
        for (const f of result.files) {
          mkdirSync(dirname(join(out, f.path)), { recursive: true });
          writeFileSync(join(out, f.path), f.content);
        }
        const mod = (await import(pathToFileURL(join(out, files[0]!.path)).href)) as Record<string, unknown>;
        const probe = probes.map((p, i) => `${p.record} tsbv_${i} = ${cLiteral(p.values(target))};`).join('\n');
        const tc = toolchain(target, join(WORK, 'tc'));
        const compiled = await compileProbes(tc, {
          dir: join(out, 'c'),
          files: [['probe.c', `#include "input.h"\n${probe}\n`]],
          extraArgs: ['-I', caseDir, '-fno-common'],
        });
        expect(compiled.fatal).toBeUndefined();
        const objects = readAsmObjects(compiled.asm!, tc, 'tsbv_');
        probes.forEach((p, i) => {
          const cls = mod[p.cls] as { alloc(): Record<string, unknown> & { bytes(): Uint8Array } };
          const v = cls.alloc();
          assign(v, p.values(target));
          expect([...v.bytes()], `${p.record} on ${target}`).toEqual([...objects.get(`tsbv_${i}`)!]);
        });
      });
      t(`${caseName} on ${target}: getters read the compiler's bytes back as the values`, async () => {
        const result = runCase(caseDir, caseName, [target]);
        const file = result.files.find((f) => f.path.endsWith(`/${target}.ts`))!;
        const out = join(WORK, caseName, `${target}-read`);
        rmSync(out, { recursive: true, force: true });
        for (const f of result.files) {
          mkdirSync(dirname(join(out, f.path)), { recursive: true });
          writeFileSync(join(out, f.path), f.content);
        }
        const mod = (await import(pathToFileURL(join(out, file.path)).href)) as Record<string, unknown>;
        const probe = probes.map((p, i) => `${p.record} tsbv_${i} = ${cLiteral(p.values(target))};`).join('\n');
        const tc = toolchain(target, join(WORK, 'tc'));
        const compiled = await compileProbes(tc, { dir: join(out, 'c'), files: [['probe.c', `#include "input.h"\n${probe}\n`]], extraArgs: ['-I', caseDir, '-fno-common'] });
        const objects = readAsmObjects(compiled.asm!, tc, 'tsbv_');
        probes.forEach((p, i) => {
          const cls = mod[p.cls] as new (b: Uint8Array) => Record<string, unknown>;
          const bytes = objects.get(`tsbv_${i}`)!;
          // A copy on an 8-aligned buffer: typed-array fields need the record at an ALIGN-aligned offset.
          const view = new cls(new Uint8Array(bytes));
          const want = { ...p.values(target), ...(p.readBack?.(target) ?? {}) };
          expect(read(view, want), `${p.record} on ${target}`).toEqual(want);
        });
      });
    }
  }
});

// The project's own generated packages (generated/, through the npm workspace links) against gcc/clang compiling
// the same uapi headers with the project's include path.
const PROJECT: { pkg: string; header: string; probes: Probe[] }[] = [
  {
    pkg: 'uapi-drm',
    header: 'uapi/drm/drm.h',
    probes: [
      { record: 'struct drm_gem_open', cls: 'drm_gem_open', values: () => ({ name: 7, handle: 0xfffffffe, size: 0x1_0000_1000n }) },
      {
        record: 'struct drm_version',
        cls: 'drm_version',
        values: (t) => ({ version_major: 1, version_minor: -2, version_patchlevel: 3, name_len: word(t, 4), name: word(t, 0x1000), date_len: word(t, 8), date: word(t, 0x2000), desc_len: word(t, 9), desc: word(t, 0x3000) }),
      },
      { record: 'struct drm_mode_create_dumb', cls: 'drm_mode_create_dumb', values: () => ({ height: 480, width: 640, bpp: 32, flags: 0, handle: 1, pitch: 2560, size: 1228800n }) },
    ],
  },
  {
    pkg: 'uapi-vgem',
    header: 'uapi/drm/vgem_drm.h',
    probes: [{ record: 'struct drm_vgem_fence_attach', cls: 'drm_vgem_fence_attach', values: () => ({ handle: 3, flags: 1, out_fence: 9, pad: 0 }) }],
  },
];

describe('the project packages write the bytes the compiler lays out', () => {
  for (const { pkg, header, probes } of PROJECT) {
    for (const target of TARGET_NAMES) {
      const t = missing.has(target) ? test.skip : test;
      t(`@tsbindgen/${pkg} on ${target}: setters produce the compiler's bytes`, async () => {
        const mod = (await import(`@tsbindgen/${pkg}/${target}`)) as Record<string, unknown>;
        const probe = probes.map((p, i) => `${p.record} tsbv_${i} = ${cLiteral(p.values(target))};`).join('\n');
        const tc = toolchain(target, join(WORK, 'tc'));
        const compiled = await compileProbes(tc, {
          dir: join(WORK, 'project', pkg, target),
          files: [['probe.c', `#include <${header}>\n${probe}\n`]],
          extraArgs: ['-nostdinc', '-I', join(ROOT, 'headers'), '-I', join(ROOT, 'headers/uapi'), '-fno-common'],
        });
        expect(compiled.fatal).toBeUndefined();
        const objects = readAsmObjects(compiled.asm!, tc, 'tsbv_');
        probes.forEach((p, i) => {
          const cls = mod[p.cls] as { alloc(): Record<string, unknown> & { bytes(): Uint8Array } };
          const v = cls.alloc();
          assign(v, p.values(target));
          expect([...v.bytes()], `${p.record} on ${target}`).toEqual([...objects.get(`tsbv_${i}`)!]);
        });
      });
    }
  }
});
