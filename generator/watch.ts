// `generate --watch`: regenerate when a header, the config or the .config changes, re-planning only the subsystems
// the change can affect (the owner of each changed header, before or after the change, and everything depending on
// it), and print what was rewritten. The checks (ownership, graph, gates) still run over everything, as a change can
// break them anywhere; the front end compiles only the re-planned subsystems' headers. The config is re-read on
// every cycle, and the watched folders follow it (watch-dirs.ts says why folders, not files).

import { existsSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { DiagnosticSink } from './diagnostics.ts';
import { withMarker } from './fs/out-guard.ts';
import { listFiles, removeAllStale, removeStale, writeChanged } from './fs/tree.ts';
import { buildTree, checkOut, cwdSourceFs, DEFAULT_CONFIG, printDiagnostics, readConfig, runGenerate, type BuiltTree, type GenerateIo } from './generate.ts';
import type { SourceFs } from './source/source-fs.ts';
import type { CliOptions } from './options.ts';
import { assignHeaders, headerKey, type Assignment } from './subsystems/assign.ts';
import { configPath, type ProjectConfig } from './subsystems/manifest.ts';
import { watchDirs } from './watch-dirs.ts';

export interface WatchIo extends GenerateIo {
  cwd: string;
  /** Stops watching (tests); without it the watch runs until the process ends. */
  signal?: AbortSignal;
  /** Called after each regeneration with the files written (tests wait on it). */
  onCycle?(rewritten: string[]): void;
  /** Quiet period that gathers an editor's burst of events into one cycle (default 15 ms). */
  debounceMs?: number;
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

interface WatchState {
  tree?: BuiltTree;
  configText?: string;
  /** File texts (undefined: not a file) read in earlier cycles; a changed path is forgotten before each cycle. */
  files: Map<string, string | undefined>;
}

/** The disk under cwd, remembering what it read: between saves only the reported paths can differ. */
function rememberingFs(cwd: string, files: Map<string, string | undefined>): SourceFs {
  const disk = cwdSourceFs(cwd);
  const read = (p: string) => {
    const key = resolve(cwd, p);
    if (!files.has(key)) files.set(key, disk.readFile(p));
    return files.get(key);
  };
  return { readFile: read, isFile: (p) => read(p) !== undefined };
}

function forget(state: WatchState, cwd: string, changed: readonly string[]): void {
  for (const c of changed) {
    const abs = resolve(cwd, c);
    state.files.delete(abs);
    // A folder renamed or removed takes its files with it.
    for (const k of [...state.files.keys()]) if (k.startsWith(abs + '/')) state.files.delete(k);
  }
}

/**
 * What a batch of changed paths asks to re-plan: 'all' for the config, the .config or a header outside the tree;
 * otherwise the owners (before or after the change: a deleted header had one, a new one gets one) and their
 * dependents. undefined: nothing that matters changed (an editor's temp file that is gone again).
 */
function planChanges(state: WatchState, configText: string | undefined, configFile: string, changed: string[], cwd: string): Set<string> | 'all' | undefined {
  const prev = state.tree;
  if (!prev || configText === undefined || configText !== state.configText) return 'all';
  const base = posix.dirname(configFile);
  const wholeInputs = [configFile, ...(prev.config.kconfig ? [configPath(base, prev.config.kconfig)] : [])];
  let fresh: Assignment | undefined;
  const freshOwner = (k: string): string | undefined => {
    fresh ??= assignHeaders(prev.config, listFiles(resolve(cwd, prev.headersRoot), (r) => r.endsWith('.h')), new DiagnosticSink());
    return fresh.owner.get(k);
  };
  const relevant: string[] = [];
  for (const c of changed) {
    if (wholeInputs.includes(c)) return 'all';
    const k = headerKey(prev.headersRoot, c);
    if (k === undefined) {
      // Outside the header tree: only what the front end read can matter.
      if (prev.inputs.includes(c)) return 'all';
      continue;
    }
    if (prev.assignment.owner.has(k)) relevant.push(c);
    else if (freshOwner(k) !== undefined) relevant.push(c);
    else if (existsSync(resolve(cwd, c))) return 'all'; // a header no subsystem claims: the ownership check reports it
  }
  if (relevant.length === 0) return undefined;
  const withFresh: Assignment = { owner: new Map(prev.assignment.owner), headersOf: prev.assignment.headersOf };
  for (const c of relevant) {
    const k = headerKey(prev.headersRoot, c)!;
    if (!withFresh.owner.has(k)) withFresh.owner.set(k, freshOwner(k)!);
  }
  return affectedSubsystems(prev.config, withFresh, prev.headersRoot, relevant, wholeInputs);
}

function regenerate(opts: CliOptions, io: WatchIo, changed: string[], state: WatchState): string[] | undefined {
  forget(state, io.cwd, changed);
  const sink = new DiagnosticSink();
  const cfg = readConfig(opts, io.cwd, sink);
  const plan = planChanges(state, cfg?.text, cfg?.file ?? opts.projectConfig ?? DEFAULT_CONFIG, changed, io.cwd);
  if (plan === undefined) return undefined;
  const only = plan === 'all' ? undefined : plan;
  const request = (fast: boolean) =>
    cfg
      ? {
          configText: cfg.text,
          configFile: cfg.file,
          cwd: io.cwd,
          out: opts.out,
          only,
          frontEndOnly: fast,
          systemHeaderWarnings: opts.systemHeaderWarnings,
          fs: rememberingFs(io.cwd, state.files),
          skippedBefore: state.tree?.skipped,
          // Compiled .js/.d.ts still matching their stamps are reused, as a one-shot generate does.
          previous: cwdSourceFs(io.cwd).readFile,
          env: process.env,
        }
      : undefined;
  let built = request(true) ? buildTree(request(true)!, sink) : undefined;
  // The fast path compiles only the re-planned subsystems' headers; a header may lean on one compiled before it
  // in the full run, so a failure there is confirmed by the full run before it is reported.
  if (only && (!built || sink.hasErrors)) {
    sink.items.length = 0;
    built = buildTree(request(false)!, sink);
  }
  // The same refusal as a one-shot generate, checked again each cycle: the config's "out" or the folder may have changed.
  if (built && cfg) checkOut(built, cfg.file, io.cwd, opts.out !== undefined, sink);
  printDiagnostics(sink.items, io.cwd, io);
  if (!built || sink.hasErrors) {
    io.stderr.write('tsbindgen: generation failed; nothing was rewritten\n');
    if (cfg) state.configText = undefined; // retry everything on the next save
    return [];
  }
  state.tree = only && state.tree ? { ...built, inputs: [...new Set([...state.tree.inputs, ...built.inputs])].sort() } : built;
  state.configText = cfg?.text;
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

/** The folders to watch for a config: its own folder (flat), the header tree and in-project include folders (deep). */
function watchRoots(configFile: string, tree: BuiltTree | undefined): { dir: string; deep: boolean }[] {
  const base = posix.dirname(configFile);
  const roots = [{ dir: base, deep: false }];
  if (!tree) return roots;
  roots.push({ dir: tree.headersRoot, deep: true });
  // A .config outside the header tree still gates subsystems.
  if (tree.config.kconfig) roots.push({ dir: posix.dirname(configPath(base, tree.config.kconfig)), deep: false });
  for (const d of [...tree.config.includeDirs, ...Object.values(tree.config.perTarget).flatMap((t) => t?.includeDirs ?? [])])
    if (!posix.isAbsolute(d)) roots.push({ dir: configPath(base, d), deep: true });
  return roots;
}

export async function runWatch(opts: CliOptions, io: WatchIo): Promise<number> {
  const first = await runGenerate({ ...opts, watch: false, check: false }, io);
  const state: WatchState = { files: new Map() };
  {
    const sink = new DiagnosticSink();
    const cfg = readConfig(opts, io.cwd, sink);
    if (cfg) {
      state.tree = buildTree({ configText: cfg.text, configFile: cfg.file, cwd: io.cwd, out: opts.out, systemHeaderWarnings: opts.systemHeaderWarnings, previous: cwdSourceFs(io.cwd).readFile, env: process.env }, sink);
      if (state.tree) state.configText = cfg.text;
    }
  }
  if (first !== 0 && !state.tree) io.stderr.write('tsbindgen: watching anyway; fix the errors above and save\n');
  const configFile = opts.projectConfig ?? DEFAULT_CONFIG;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const outDir = () => state.tree?.outDir;
  const skip = (rel: string) => {
    const out = outDir();
    return (out !== undefined && (rel === out || rel.startsWith(`${out}/`))) || /(^|\/)(node_modules|\.git)(\/|$)/.test(rel);
  };
  const matters = (rel: string) => rel.endsWith('.h') || rel === configFile || rel.endsWith('.config');
  const dirs = watchDirs(
    io.cwd,
    (rel) => {
      if (!matters(rel)) return;
      pending.add(rel);
      clearTimeout(timer);
      // Editors save in bursts (temp file, write, rename): one short quiet period gathers a burst into one cycle.
      timer = setTimeout(() => {
        const changed = [...pending].sort();
        pending.clear();
        const rewritten = regenerate(opts, io, changed, state);
        if (rewritten === undefined) return;
        io.stdout.write(`changed: ${changed.join(', ')}\n`);
        dirs.set(watchRoots(configFile, state.tree));
        io.onCycle?.(rewritten);
      }, io.debounceMs ?? 15);
    },
    skip,
  );
  dirs.set(watchRoots(configFile, state.tree));
  io.stdout.write(`watching ${watchRoots(configFile, state.tree).map((r) => r.dir).join(', ')} for changes (Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    if (io.signal?.aborted) return done();
    io.signal?.addEventListener('abort', () => done());
  });
  clearTimeout(timer);
  dirs.close();
  return first;
}
