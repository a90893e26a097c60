// `generate --watch`: regenerate when a header, the config or the .config changes, re-planning only the subsystems
// the change can affect (the owner of each changed header and everything depending on it), and print what was
// rewritten. The checks (ownership, graph, gates) still run over everything, as a change can break them anywhere.

import { watch, type FSWatcher } from 'node:fs';
import { posix, relative, resolve } from 'node:path';
import { DiagnosticSink } from './diagnostics.ts';
import { withMarker } from './fs/out-guard.ts';
import { removeAllStale, removeStale, writeChanged } from './fs/tree.ts';
import { buildTree, checkOut, printDiagnostics, readConfig, runGenerate, type GenerateIo } from './generate.ts';
import type { CliOptions } from './options.ts';
import type { Assignment } from './subsystems/assign.ts';
import { headerKey } from './subsystems/assign.ts';
import type { ProjectConfig } from './subsystems/manifest.ts';

export interface WatchIo extends GenerateIo {
  cwd: string;
  /** Stops watching (tests); without it the watch runs until the process ends. */
  signal?: AbortSignal;
  /** Called after each regeneration with the files written (tests wait on it). */
  onCycle?(rewritten: string[]): void;
}

/** Subsystems to re-plan for changed files (paths relative to cwd); 'all' when the config itself changed. */
export function affectedSubsystems(
  config: ProjectConfig,
  assignment: Assignment,
  headersRoot: string,
  changed: readonly string[],
  wholeInputs: readonly string[],
): Set<string> | 'all' {
  const direct = new Set<string>();
  for (const c of changed) {
    if (wholeInputs.includes(c)) return 'all';
    const k = headerKey(headersRoot, c);
    const owner = k === undefined ? undefined : assignment.owner.get(k);
    // A new or unknown header may change ownership checks only: regenerate everything to be safe.
    if (owner === undefined) return 'all';
    direct.add(owner);
  }
  const dependents = new Map<string, string[]>();
  for (const s of config.subsystems) for (const d of s.dependsOn) dependents.set(d, [...(dependents.get(d) ?? []), s.name]);
  const out = new Set<string>();
  const visit = (n: string): void => {
    if (out.has(n)) return;
    out.add(n);
    for (const m of dependents.get(n) ?? []) visit(m);
  };
  for (const d of direct) visit(d);
  return out;
}

function regenerate(opts: CliOptions, io: WatchIo, changed: string[], last: { tree?: ReturnType<typeof buildTree> }): string[] {
  const sink = new DiagnosticSink();
  const cfg = readConfig(opts, io.cwd, sink);
  const prev = last.tree;
  let only: Set<string> | undefined;
  if (prev && cfg) {
    const a = affectedSubsystems(prev.config, prev.assignment, prev.headersRoot, changed, [cfg.file, ...(prev.config.kconfig ? [posix.join(posix.dirname(cfg.file), prev.config.kconfig)] : [])]);
    if (a !== 'all') only = a;
  }
  const built = cfg ? buildTree({ configText: cfg.text, configFile: cfg.file, cwd: io.cwd, out: opts.out, only }, sink) : undefined;
  // The same refusal as a one-shot generate, checked again each cycle: the config's "out" or the folder may have changed.
  if (built && cfg) checkOut(built, cfg.file, io.cwd, opts.out !== undefined, sink);
  printDiagnostics(sink.items, io.cwd, io);
  if (!built || sink.hasErrors) {
    io.stderr.write('tsbindgen: generation failed; nothing was rewritten\n');
    return [];
  }
  last.tree = built;
  const outAbs = resolve(io.cwd, built.outDir);
  const files = withMarker(built.files);
  const written = writeChanged(outAbs, files);
  const keep = new Set(files.map((f) => f.path));
  // A full regeneration may also have dropped whole packages (a gate turned off): sweep the whole tree then.
  const removed = only
    ? removeStale(outAbs, [...only].filter((s) => built.generated.includes(s)), keep)
    : removeAllStale(outAbs, keep);
  const scope = only ? [...only].sort().join(', ') : 'all subsystems';
  io.stdout.write(`regenerated ${scope}: ${written.length} file(s) rewritten, ${removed.length} removed\n`);
  for (const w of written) io.stdout.write(`  rewrote ${built.outDir}/${w}\n`);
  for (const r of removed) io.stdout.write(`  removed ${built.outDir}/${r}\n`);
  return [...written, ...removed];
}

export async function runWatch(opts: CliOptions, io: WatchIo): Promise<number> {
  const first = await runGenerate({ ...opts, watch: false, check: false }, io);
  const last: { tree?: ReturnType<typeof buildTree> } = {};
  {
    const sink = new DiagnosticSink();
    const cfg = readConfig(opts, io.cwd, sink);
    if (cfg) last.tree = buildTree({ configText: cfg.text, configFile: cfg.file, cwd: io.cwd, out: opts.out }, sink);
  }
  if (first !== 0 && !last.tree) io.stderr.write('tsbindgen: watching anyway; fix the errors above and save\n');
  const configFile = opts.projectConfig ?? 'tsbindgen.config.json';
  const watched = new Set<string>([posix.dirname(configFile)]);
  if (last.tree) {
    watched.add(last.tree.headersRoot);
    // A .config outside the header tree still gates subsystems: watch its directory too.
    if (last.tree.config.kconfig) watched.add(posix.dirname(posix.join(posix.dirname(configFile), last.tree.config.kconfig)));
  }
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const outDir = last.tree?.outDir;
  const onEvent = (dir: string) => (_event: string, name: string | Buffer | null) => {
    if (name === null) return;
    const rel = relative(io.cwd, resolve(io.cwd, dir, name.toString())).split('\\').join('/');
    if (outDir && (rel === outDir || rel.startsWith(`${outDir}/`))) return;
    if (!(rel.endsWith('.h') || rel === configFile || rel.endsWith('.config') || rel.endsWith('config.json'))) return;
    pending.add(rel);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending].sort();
      pending.clear();
      io.stdout.write(`changed: ${changed.join(', ')}\n`);
      const rewritten = regenerate(opts, io, changed, last);
      io.onCycle?.(rewritten);
    }, 100);
  };
  const watchers: FSWatcher[] = [];
  const root = last.tree?.headersRoot;
  for (const dir of watched) {
    if (root && dir !== root && dir.startsWith(`${root}/`)) continue;
    // The config's directory is watched flat (it is usually the project root); the header tree recursively.
    const recursive = dir !== posix.dirname(configFile);
    watchers.push(watch(resolve(io.cwd, dir), { recursive }, onEvent(dir)));
  }
  io.stdout.write(`watching ${[...watched].join(', ')} for changes (Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    if (io.signal?.aborted) return done();
    io.signal?.addEventListener('abort', () => done());
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  return first;
}
