// The kernel row of the generator benchmark (issue 11 §6): tsbindgen and bindgen on the same real kernel
// translation unit — examples/linux-6.1/bindings_helper.h, Debian's linux-headers package, kbuild's captured gcc
// command line — each a separate child process, measured in one run.
//   npx tsx bench/generate/kernel.ts [--reps N] [--budget SECONDS]
// bindgen runs the kernel's way (rust/Makefile for gcc builds): kbuild's flags minus bindgen_skip_c_flags, plus
// `-w --target=x86_64-linux-gnu -fno-builtin -D__BINDGEN__` and bindgen's options from that Makefile. It binds the
// whole TU; tsbindgen is measured both on the whole TU (`layout`, every record) and as the example generates
// (allowlisted to the GEM API, per-subsystem packages), and bindgen once more with the same allowlist.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitResponseText } from '../../generator/flags/response-file.ts';
import { gnuTimeAvailable, measureOnce } from './measure.ts';
import { failed, table, verdict, type ToolRuns } from './report.ts';
import { ensureBundle, nodeEnv, type Tool } from './tools.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLE = join(ROOT, 'examples/linux-6.1');

/**
 * rust/Makefile's bindgen_skip_c_flags (Linux 6.1), as globs (`%` → `*`), and three flags of Debian's 6.1
 * kbuild line that libclang 14 rejects (later kernels skip them too: -mfunction-return=, -mindirect-branch-cs-prefix,
 * -ftrivial-auto-var-init=zero).
 */
const SKIP = [
  '-mno-fp-ret-in-387', '-mpreferred-stack-boundary=%', '-mskip-rax-setup', '-mgeneral-regs-only', '-msign-return-address=%',
  '-mindirect-branch=thunk-extern', '-mindirect-branch-register', '-mrecord-mcount', '-mabi=lp64', '-mstack-protector-guard%',
  '-mtraceback=no', '-mno-pointers-to-nested-functions', '-mno-string', '-mno-strict-align', '-mstrict-align', '-fconserve-stack',
  '-falign-jumps=%', '-falign-loops=%', '-femit-struct-debug-baseonly', '-fno-ipa-cp-clone', '-fno-ipa-sra', '-fno-partial-inlining',
  '-fplugin-arg-arm_ssp_per_task_plugin-%', '-fno-reorder-blocks', '-fno-allow-store-data-races', '-fasan-shadow-offset=%',
  '-fzero-call-used-regs=%', '-fno-stack-clash-protection', '-fno-inline-functions-called-once', '--param=%',
  '-mfunction-return=%', '-mindirect-branch-cs-prefix', '-ftrivial-auto-var-init=%',
];
const BINDGEN_OPTIONS = ['--use-core', '--with-derive-default', '--ctypes-prefix', 'core::ffi', '--no-layout-tests', '--no-debug', '.*'];
const BINDGEN_EXTRA = ['-w', '--target=x86_64-linux-gnu', '-fno-builtin', '-D__BINDGEN__'];

function skipped(flag: string): boolean {
  return SKIP.some((p) => (p.endsWith('%') ? flag.startsWith(p.slice(0, -1)) : flag === p));
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Allowlist {
  types: string[];
  functions: string[];
}

/** bindgen's regexes for the example's allowlist (`struct X` is bindgen's `X`; tsbindgen's /re/ is bindgen's re). */
function bindgenAllowlist(a: Allowlist): string[] {
  const re = (p: string) => (p.startsWith('/') && p.endsWith('/') ? p.slice(1, -1) : p.replace(/^(struct|union|enum) /, ''));
  return [...a.types.flatMap((t) => ['--allowlist-type', re(t)]), ...a.functions.flatMap((f) => ['--allowlist-function', re(f)])];
}

async function main(): Promise<number> {
  const version = readFileSync(join(EXAMPLE, 'headers-version'), 'utf8').trim();
  if (!existsSync(`/usr/src/linux-headers-${version}/.config`)) {
    console.log(`SKIP kernel row: linux-headers-${version} is not installed`);
    return 0;
  }
  if (!gnuTimeAvailable()) {
    console.error('bench/generate needs GNU time at /usr/bin/time (Debian package "time")');
    return 1;
  }
  const bundle = await ensureBundle(ROOT);
  if ('problem' in bundle) {
    console.error(bundle.problem);
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-kernel-bench-'));
  try {
    const kbuild = splitResponseText(readFileSync(join(EXAMPLE, 'kbuild-flags.rsp'), 'utf8'));
    const clangFlags = [...kbuild.filter((f) => !skipped(f)), ...BINDGEN_EXTRA];
    const config = JSON.parse(readFileSync(join(EXAMPLE, 'tsbindgen.config.json'), 'utf8')) as { allowlist: Allowlist };
    const helper = join(EXAMPLE, 'bindings_helper.h');
    const rsp = join(dir, 'kbuild.rsp');
    writeFileSync(rsp, kbuild.map((f) => `'${f.replace(/'/g, "'\\''")}'`).join('\n'));
    const bin = [process.execPath, join(ROOT, 'bin/tsbindgen.js')];
    const tools: Tool[] = [
      { key: 'bindgen', label: "bindgen 0.60, the kernel's way (whole TU)", role: 'baseline', command: { argv: ['bindgen', helper, '-o', join(dir, 'all.rs'), ...BINDGEN_OPTIONS, '--', ...clangFlags], cwd: dir } },
      {
        key: 'bindgen-allow',
        label: 'bindgen, same allowlist as the example',
        role: 'baseline',
        command: { argv: ['bindgen', helper, '-o', join(dir, 'gem.rs'), ...BINDGEN_OPTIONS, ...bindgenAllowlist(config.allowlist), '--', ...clangFlags], cwd: dir },
      },
      { key: 'tsbindgen-layout', label: 'tsbindgen layout (whole TU, every record)', role: 'ours', command: { argv: [...bin, 'layout', helper, '--', `@${rsp}`], cwd: dir, env: nodeEnv() } },
      {
        key: 'tsbindgen',
        label: 'tsbindgen generate (the example: GEM API packages)',
        role: 'ours',
        command: { argv: [...bin, 'generate', '--config', join(EXAMPLE, 'tsbindgen.config.json'), '--out', join(dir, 'out')], cwd: ROOT, env: nodeEnv() },
      },
    ];
    const reps = option('--reps', 3);
    const budget = option('--budget', 90) * 1000;
    console.log(`kernel row: ${helper} (linux-headers-${version}), kbuild's flags (${kbuild.length}; ${kbuild.length - clangFlags.length + BINDGEN_EXTRA.length} skipped for bindgen)`);
    console.log(`  ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; up to ${reps} repetitions after one first run, medians`);
    const runs: ToolRuns[] = tools.map((tool) => ({ tool, samples: [] }));
    for (const r of runs) r.first = await measureOnce(r.tool.command);
    const start = Date.now();
    for (let i = 0; i < reps && (i < 1 || Date.now() - start < budget); i++) {
      for (let k = 0; k < runs.length; k++) {
        const r = runs[(i + k) % runs.length]!;
        if (!failed(r)) r.samples.push(await measureOnce(r.tool.command));
      }
    }
    console.log(table(runs));
    for (const r of runs) {
      const bad = failed(r);
      if (bad) console.log(`\n${r.tool.label} FAILED (exit ${bad.status}):\n  ${bad.stderr.trim().split('\n').slice(0, 6).join('\n  ')}`);
    }
    const ours = runs.filter((r) => r.tool.role === 'ours' && !failed(r) && r.samples.length > 0);
    for (const baseline of runs.filter((r) => r.tool.role === 'baseline' && !failed(r) && r.samples.length > 0)) {
      console.log(`\nagainst ${baseline.tool.label} (goal: wall ≤ 0.50×, peak memory ≤ 1.00×):`);
      for (const v of ours.map((r) => verdict(r, baseline, { wall: 0.5, memory: 1.0 }))) console.log(`  ${v.text}\n      (${v.detail})`);
    }
    if (loadavg()[0] > cpus().length) console.log(`\nNOTE: load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs: wall times are stretched; compare CPU time.`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
