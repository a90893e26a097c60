// Predefined macros and system include directories against the live compilers (when installed).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_NAMES, TARGETS } from '../../../generator/layout/targets.ts';
import { builtinIncludeDir } from '../../../generator/source/builtin-headers.ts';
import { featureProbe, predefinedMacros, probedNames, systemIncludeDirs } from '../../../generator/source/predefined.ts';
import { COMPILERS, hasCompiler } from './compiler-truth.ts';

function compilerMacros(args: string[]): Map<string, string> {
  const [cc, ...flags] = args;
  const out = execFileSync(cc, [...flags, '-dM', '-E', '-x', 'c', '/dev/null'], { encoding: 'utf8' });
  const map = new Map<string, string>();
  for (const line of out.split('\n')) {
    const m = /^#define (\S+)(?: (.*))?$/.exec(line);
    if (m) map.set(m[1], m[2] ?? '');
  }
  return map;
}

for (const target of TARGET_NAMES) {
  describe.skipIf(!hasCompiler(target))(`predefined macros for ${target}`, () => {
    it('are all defined the same way by the compiler', () => {
      const truth = compilerMacros(COMPILERS[target]);
      const wrong = predefinedMacros(TARGETS[target])
        .filter((m) => truth.get(m.name) !== m.value && !equivalentNumber(truth.get(m.name), m.value))
        .map((m) => `${m.name}: ours ${m.value}, compiler ${truth.get(m.name)}`);
      expect(wrong).toEqual([]);
    });

    it('answer __has_attribute and __has_builtin as the compiler does, for every name headers probe', () => {
      const [cc, ...flags] = COMPILERS[target];
      const wrong: string[] = [];
      for (const probe of ['__has_attribute', '__has_builtin'] as const) {
        const names = [...probedNames(probe), 'tsbindgen_no_such_name'];
        const src = names.map((n) => `Q_${n} ${probe}(${n})`).join('\n');
        const out = execFileSync(cc, [...flags, '-E', '-P', '-x', 'c', '-'], { input: src, encoding: 'utf8' });
        const answers = new Map(out.split('\n').map((l) => l.trim().split(/\s+/)).filter((w) => w.length === 2).map(([q, v]) => [q.slice(2), Number(v)]));
        for (const n of names) {
          const ours = featureProbe(TARGETS[target], probe, n);
          if (answers.get(n) !== ours) wrong.push(`${probe}(${n}): ours ${ours}, compiler ${answers.get(n)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('include the architecture, size and byte-order macros headers test', () => {
      const truth = compilerMacros(COMPILERS[target]);
      const ours = new Set(predefinedMacros(TARGETS[target]).map((m) => m.name));
      const wanted = [...truth.keys()].filter((n) =>
        /^__(linux__|x86_64__|i386__|aarch64__|arm__|wasm32__|SIZEOF_(INT|LONG|LONG_LONG|POINTER|SIZE_T|SHORT)__|CHAR_BIT__|BYTE_ORDER__|ORDER_\w+__|CHAR_UNSIGNED__|GNUC__|STDC__|STDC_VERSION__|INT_MAX__|LONG_MAX__|SIZE_TYPE__|LP64__|ILP32__)$/.test(n),
      );
      expect(wanted.filter((n) => !ours.has(n))).toEqual([]);
    });
  });
}

/** clang spells maxima in decimal where gcc uses hex; the value is what matters. */
function equivalentNumber(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const n = (s: string) => (/^(0x[0-9a-f]+|\d+)[uUlL]*$/i.test(s) ? BigInt(s.replace(/[uUlL]+$/, '')) : undefined);
  return n(a) !== undefined && n(a) === n(b) && a.replace(/^[0-9a-fx]+/i, '') === b.replace(/^[0-9a-fx]+/i, '');
}

describe('systemIncludeDirs', () => {
  it.skipIf(!existsSync('/usr/include/x86_64-linux-gnu'))('lists the x86_64 multiarch directory before /usr/include, as gcc does', () => {
    const dirs = systemIncludeDirs(TARGETS.x86_64);
    expect(dirs.indexOf('/usr/include/x86_64-linux-gnu')).toBeLessThan(dirs.indexOf('/usr/include'));
  });

  it('searches the builtin headers first, where the compiler\'s own directory is, on every target', () => {
    for (const t of TARGET_NAMES) expect(systemIncludeDirs(TARGETS[t])[0]).toBe(builtinIncludeDir());
  });

  it('searches the cross toolchain directory right after the builtin headers for aarch64 and armhf', () => {
    expect(systemIncludeDirs(TARGETS.aarch64)[1]).toBe('/usr/aarch64-linux-gnu/include');
    expect(systemIncludeDirs(TARGETS.armhf)[1]).toBe('/usr/arm-linux-gnueabihf/include');
  });

  it('puts every toolchain directory under the sysroot, and not the builtin headers (gcc\'s own are not either)', () => {
    expect(systemIncludeDirs(TARGETS.wasm32, '/sr/')).toEqual([builtinIncludeDir(), '/sr/usr/include']);
    expect(systemIncludeDirs(TARGETS.x86_64, '/sr').slice(1).every((d) => d.startsWith('/sr/usr/'))).toBe(true);
  });

  for (const target of TARGET_NAMES.filter((t) => t !== 'wasm32' && t !== 'i386')) {
    it.skipIf(!hasCompiler(target))(`keeps the compiler's own order on ${target}`, () => {
      const [cc, ...flags] = COMPILERS[target];
      const err = execFileSync('sh', ['-c', `${[cc, ...flags].join(' ')} -v -E -x c /dev/null 2>&1 >/dev/null`], { encoding: 'utf8' });
      const listed = err
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith('/'))
        .map((l) => resolve(l))
        // The compiler's private directory is where tsbindgen's builtin headers are searched (see predefined.ts).
        .map((l) => (l.startsWith('/usr/lib/gcc') ? builtinIncludeDir() : l))
        .filter((l, k, all) => existsSync(l) && all.indexOf(l) === k);
      const ours = systemIncludeDirs(TARGETS[target]).filter((d) => existsSync(d));
      expect(ours).toEqual(listed.filter((d) => ours.includes(d)));
      expect(listed.every((d) => ours.includes(d))).toBe(true);
    });
  }
});
