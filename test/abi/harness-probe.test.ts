// The probes (read from assembly, never run) agree with a program that prints the same facts when it is run —
// possible only on the host (x86_64) and, with libc6-dev-i386, i386; the other targets share the same probe text.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayoutDump } from '../../generator/dump/types.ts';
import type { TargetName } from '../../generator/layout/targets.ts';
import { probeUnit } from './harness/probe-unit.ts';
import { toolchain } from './harness/toolchains.ts';
import { errorBlocks } from './harness/compile.ts';

const work = join(process.cwd(), 'test/abi/.work/harness-probe');
const header = join(work, 'sample.h');

const HEADER = `
#define SAMPLE_NEG (-5)
#define SAMPLE_BIG 0xfffffffffffffff0ULL
#define SAMPLE_SHIFT (1u << 31)
#define SAMPLE_TEXT "not a number"
struct sample {
	char tag;
	unsigned int lo : 3, mid : 7;
	signed int neg : 5;
	union { short s; long long q; };
	struct { char a, b; } pair;
	unsigned char tail[];
};
`;

const PRINTER = `
#include <stdio.h>
#include <stddef.h>
#include "sample.h"
static int lowest_bit(const unsigned char *p, size_t n) { for (size_t i = 0; i < n * 8; i++) if (p[i / 8] >> (i % 8) & 1) return (int)i; return -1; }
static int count_bits(const unsigned char *p, size_t n) { int c = 0; for (size_t i = 0; i < n * 8; i++) c += p[i / 8] >> (i % 8) & 1; return c; }
#define BITS(f) do { struct sample s = {0}; s.f = -1; printf(#f " %d %d\\n", lowest_bit((void *)&s, sizeof s), count_bits((void *)&s, sizeof s)); } while (0)
int main(void) {
	printf("size %zu align %zu\\n", sizeof(struct sample), _Alignof(struct sample));
	printf("tag %zu s %zu q %zu pair.b %zu tail %zu\\n", offsetof(struct sample, tag), offsetof(struct sample, s), offsetof(struct sample, q), offsetof(struct sample, pair.b), offsetof(struct sample, tail));
	BITS(lo); BITS(mid); BITS(neg);
	printf("%lld %llu %llu\\n", (long long)SAMPLE_NEG, (unsigned long long)SAMPLE_BIG, (unsigned long long)SAMPLE_SHIFT);
	return 0;
}
`;

const NAMES: LayoutDump = {
  target: 'x86_64',
  records: {
    'struct sample': {
      kind: 'struct',
      size: 0,
      align: 0,
      fields: [
        { path: 'tag', offset: 0, size: 0 },
        { path: 'lo', offset: 0, size: 0, bitOffset: 0, bitWidth: 0 },
        { path: 'mid', offset: 0, size: 0, bitOffset: 0, bitWidth: 0 },
        { path: 'neg', offset: 0, size: 0, bitOffset: 0, bitWidth: 0 },
        { path: 's', offset: 0, size: 0 },
        { path: 'q', offset: 0, size: 0 },
        { path: 'pair.b', offset: 0, size: 0 },
        { path: 'tail', offset: 0, size: 0 },
      ],
    },
  },
  constants: { SAMPLE_NEG: '0', SAMPLE_BIG: '0', SAMPLE_SHIFT: '0' },
  skipped: { SAMPLE_TEXT: 'a string' },
  diagnostics: [],
};

function runs(flag: string[]): boolean {
  try {
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'hello.c'), 'int main(void){return 0;}\n');
    const exe = join(work, `hello${flag.join('')}`);
    execFileSync('gcc', [...flag, '-o', exe, join(work, 'hello.c')], { stdio: 'ignore' });
    execFileSync(exe, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('probe answers equal a program run on the host', () => {
  for (const [target, flags] of [['x86_64', []], ['i386', ['-m32']]] as [TargetName, string[]][]) {
    it.skipIf(!runs(flags))(`${target}: sizes, offsets, bitfields and constants equal the running program's`, async () => {
      writeFileSync(header, HEADER);
      writeFileSync(join(work, 'printer.c'), PRINTER);
      execFileSync('gcc', [...flags, '-o', join(work, `printer-${target}`), join(work, 'printer.c')]);
      const printed = execFileSync(join(work, `printer-${target}`), { encoding: 'utf8' }).trim().split('\n');
      const unit = { name: 'sample', headers: [header], includeDirs: [], systemIncludeDirs: [], defines: [], undefines: [] };
      const a = await probeUnit(toolchain(target, work), unit, NAMES, process.cwd(), work);
      const r = a.records['struct sample'];
      const f = r.fields;
      const bits = (n: string) => `${n} ${f[n].bo} ${f[n].bw}`;
      expect([
        `size ${r.size} align ${r.align}`,
        `tag ${f.tag.o} s ${f.s.o} q ${f.q.o} pair.b ${f['pair.b'].o} tail ${f.tail.o}`,
        bits('lo'),
        bits('mid'),
        bits('neg'),
        `${a.constants.SAMPLE_NEG} ${a.constants.SAMPLE_BIG} ${a.constants.SAMPLE_SHIFT}`,
      ]).toEqual(printed);
      expect(f.tail.s).toBe(0);
      expect(Object.keys(a.unit.rejected)).toEqual(['SAMPLE_TEXT']);
    });
  }
});

describe('compiler diagnostics', () => {
  it('attributes an error inside a helper macro to the probe line that expanded it', () => {
    const stderr = [
      'tsb-probe.h:12:3: error: expected expression before ) token',
      'probe.c:7:1: note: in expansion of macro TSB_CONSTANT',
      'probe.c:9:5: error: undeclared here',
    ].join('\n');
    expect(errorBlocks(stderr, 'probe.c').map((b) => b.lines)).toEqual([[7], [9]]);
  });
});
