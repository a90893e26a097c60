// String and floating macros against the compilers: gcc stores each macro in an object of the literal's own type
// (a char array with its NUL, a double, a float); the bytes it emits must be the bytes of tsbindgen's value.
// Nothing runs: values are read from the assembly, as for the layout truth.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildLayoutDump } from '../../generator/commands/layout.ts';
import { cwdSourceFs } from '../../generator/generate.ts';
import { TARGET_NAMES } from '../../generator/layout/targets.ts';
import { readAsmObjects } from './harness/asm-data.ts';
import { compileProbes } from './harness/compile.ts';
import { missingCompilers, toolchain } from './harness/toolchains.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(ROOT, '.tmp/literal-macros');

const HEADER = `
#define S_PLAIN "vgem"
#define S_JOINED "a" "b\\n" u8"\\xc3\\xa9" "\\101\\x42\\u00e9"
#define S_ESCAPES "\\a\\b\\f\\r\\t\\v\\\\\\"\\'\\?\\0end"
#define D_PI 3.14159265358979323846
#define D_TINY 4.9406564584124654e-324
#define D_BIG 1.7976931348623157e308
#define D_NEG -(1e-3)
#define D_HEX 0x1.fffffffffffffp1023
#define D_NEG_ZERO (-0.0)
#define F_THIRD 0.333333333333333333f
#define F_HEX (0x1.8p-3F)
#define F_SUB 1e-45f
#define ALIAS D_PI
`;

const NAMES = [...HEADER.matchAll(/^#define (\w+)/gm)].map((m) => m[1]!);

const missing = missingCompilers(['x86_64']);

describe('string and floating macros equal the compiler', () => {
  const t = missing.length > 0 ? test.skip : test;
  t(`every literal macro's value is the bytes gcc stores for it${missing.length ? ` (skipped: ${missing.join(', ')} missing)` : ''}`, async () => {
    mkdirSync(WORK, { recursive: true });
    writeFileSync(join(WORK, 'lit.h'), HEADER);
    const { dump } = buildLayoutDump(
      { headers: [join(WORK, 'lit.h')], target: 'x86_64', includeDirs: [], defines: [], undefines: [], nostdinc: true },
      cwdSourceFs(ROOT),
    );
    const lits = dump.literals ?? {};
    expect(Object.keys(lits).sort()).toEqual([...NAMES].sort());
    const probe = NAMES.map((n) => {
      const v = lits[n]!;
      const type = v.kind === 'string' ? 'char' : v.type;
      return `const ${type} tsbv_${n}${v.kind === 'string' ? '[]' : ''} = ${n};`;
    }).join('\n');
    const tc = toolchain('x86_64', join(WORK, 'tc'));
    const compiled = await compileProbes(tc, { dir: WORK, files: [['probe.c', `#include "lit.h"\n${probe}\n`]], extraArgs: ['-I', WORK, '-fno-common'] });
    expect(compiled.fatal).toBeUndefined();
    const objects = readAsmObjects(compiled.asm!, tc, 'tsbv_');
    for (const n of NAMES) {
      const v = lits[n]!;
      let ours: Uint8Array;
      if (v.kind === 'string') ours = Uint8Array.from([...new TextEncoder().encode(v.value), 0]);
      else {
        const dv = new DataView(new ArrayBuffer(v.type === 'float' ? 4 : 8));
        if (v.type === 'float') dv.setFloat32(0, v.value, true);
        else dv.setFloat64(0, v.value, true);
        ours = new Uint8Array(dv.buffer);
      }
      expect([...ours], n).toEqual([...objects.get(`tsbv_${n}`)!]);
    }
  });

  test('what a JavaScript value cannot hold exactly stays skipped, with the reason', () => {
    mkdirSync(WORK, { recursive: true });
    writeFileSync(join(WORK, 'skip.h'), '#define LD 1.0L\n#define BYTES "\\xff"\n#define WIDE L"x"\n#define EXPR (1.0 / 3)\n');
    const { dump } = buildLayoutDump(
      { headers: [join(WORK, 'skip.h')], target: TARGET_NAMES[0]!, includeDirs: [], defines: [], undefines: [], nostdinc: true },
      cwdSourceFs(ROOT),
    );
    expect(dump.literals).toEqual({});
    expect(dump.skipped.LD).toMatch(/long double/);
    expect(dump.skipped.BYTES).toMatch(/not UTF-8/);
    expect(dump.skipped.WIDE).toMatch(/wide string/);
    expect(dump.skipped.EXPR).toMatch(/not an integer constant expression/);
  });
});
