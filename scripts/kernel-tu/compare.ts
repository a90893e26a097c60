// The real kernel translation unit of issue 11 (the DRM GEM headers of Debian's linux-headers package, with kbuild's
// include dirs, its three -include files and its layout-relevant flags) laid out by tsbindgen and by gcc-12, record by
// record, on x86_64. Prints the counts and every mismatch; exit 1 on any mismatch or generator error.
//   npx tsx scripts/kernel-tu/compare.ts [--headers /usr/src/linux-headers-X-amd64] [--max N]
// gcc's values come from the ABI harness's probes (test/abi/harness), compiled with kbuild's flags.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLayoutDump } from '../../generator/commands/layout.ts';
import type { SourceFs } from '../../generator/source/source-fs.ts';
import { compareUnit } from '../../test/abi/harness/compare.ts';
import { probeUnit } from '../../test/abi/harness/probe-unit.ts';
import type { UnitSpec } from '../../test/abi/harness/sets.ts';
import { toolchain } from '../../test/abi/harness/toolchains.ts';

const HEADERS = [
  'drm/drm_device.h', 'drm/drm_drv.h', 'drm/drm_file.h', 'drm/drm_gem.h', 'drm/drm_ioctl.h', 'drm/drm_vma_manager.h',
  'drm/drm_mm.h', 'drm/drm_prime.h', 'linux/dma-buf.h', 'linux/dma-resv.h', 'linux/kref.h', 'linux/refcount.h', 'linux/slab.h',
];
const INCLUDED_FIRST = ['include/linux/compiler-version.h', 'include/linux/kconfig.h', 'include/linux/compiler_types.h'];
/** The flags of kbuild's command line (make M=… V=1) that change what the headers declare or how gcc lays them out. */
const KBUILD_FLAGS = ['-nostdinc', '-std=gnu11', '-fshort-wchar', '-fno-common', '-m64', '-mno-sse', '-mno-mmx', '-mno-sse2', '-mno-3dnow', '-mno-avx', '-mno-80387', '-mcmodel=kernel', '-fno-PIE', '-O2'];
const DEFINES = [{ name: '__KERNEL__' }, { name: 'MODULE' }, { name: 'CC_USING_FENTRY' }];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function headersPackage(): { arch: string; common: string } {
  const given = arg('--headers');
  const arch = given ?? readdirSync('/usr/src').filter((d) => /^linux-headers-.*-amd64$/.test(d)).sort().map((d) => `/usr/src/${d}`).pop();
  if (!arch) throw new Error('no /usr/src/linux-headers-*-amd64 (Debian package linux-headers-amd64)');
  return { arch, common: arch.replace(/-amd64$/, '-common') };
}

const diskFs: SourceFs = {
  readFile: (p) => (existsSync(p) && statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined),
  isFile: (p) => existsSync(p) && statSync(p).isFile(),
};

const root = process.cwd();
const work = resolve(root, '.tmp/kernel-tu');
mkdirSync(work, { recursive: true });
const { arch, common } = headersPackage();
const wrapper = join(work, 'tu.h');
writeFileSync(wrapper, [...INCLUDED_FIRST.map((h) => `#include "${common}/${h}"`), ...HEADERS.map((h) => `#include <${h}>`)].join('\n') + '\n');
const includeDirs = [
  `${common}/arch/x86/include`, `${arch}/arch/x86/include/generated`, `${common}/include`, `${arch}/include`,
  `${common}/arch/x86/include/uapi`, `${arch}/arch/x86/include/generated/uapi`, `${common}/include/uapi`, `${arch}/include/generated/uapi`,
];

const started = performance.now();
const { dump } = buildLayoutDump({ headers: [wrapper], target: 'x86_64', includeDirs, systemIncludeDirs: [], defines: DEFINES, undefines: [], nostdinc: true }, diskFs);
const generatorMs = performance.now() - started;
// Records only: the TU's ~10k macros are the constants pass's business, not this comparison's.
const records = { ...dump, constants: {}, skipped: {} };
const unit: UnitSpec = { name: 'kernel-tu', headers: [wrapper], includeDirs, systemIncludeDirs: [], defines: DEFINES, undefines: [] };
const base = toolchain('x86_64', work);
const tc = { ...base, baseArgs: [...base.baseArgs.filter((a) => a !== '-O0'), ...KBUILD_FLAGS] };
const answers = await probeUnit(tc, unit, records, root, work);
const truth = { set: 'kernel', target: 'x86_64', units: { [unit.name]: answers.unit }, records: answers.records, constants: {} };
const result = compareUnit(unit.name, records, truth);

const mismatchedRecords = new Set(result.mismatches.map((m) => m.item.split(':')[0]));
const total = new Set([...Object.keys(dump.records), ...answers.unit.gccRecords]).size;
const exact = [...Object.keys(dump.records)].filter((r) => answers.records[r] && !mismatchedRecords.has(r)).length;
const errors = dump.diagnostics.filter((d) => d.severity === 'error').length;
process.stdout.write(
  `kernel TU (${arch}): ${exact}/${total} records equal gcc, ${Object.keys(dump.records).length} in the dump, ` +
    `${answers.unit.gccRecords.length} defined for gcc; ${result.counts.fields} fields compared; ${errors} generator errors; ` +
    `${result.mismatches.length} mismatches; generator ${Math.round(generatorMs)} ms\n`,
);
const max = Number(arg('--max') ?? 200);
for (const m of result.mismatches.slice(0, max)) process.stdout.write(`  ${m.kind} ${m.item}: generator ${m.generator} | gcc ${m.compiler}\n`);
if (answers.unit.fatal) process.stdout.write(`  gcc could not compile the probes: ${answers.unit.fatal.slice(0, 2000)}\n`);
process.exitCode = result.mismatches.length > 0 || errors > 0 ? 1 : 0;
