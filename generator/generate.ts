// `tsbindgen generate`: config → front end per target → subsystem checks → packages → generated/ (or a diff).
//
// Diagnostic codes: project-config-unreadable, kconfig-unreadable, out-unsafe, out-unwritable, generate-stale (for --check).

import { readFileSync } from 'node:fs';
import { isAbsolute, posix, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { DiagnosticSink } from './diagnostics.ts';
import { formatWithSource, lineReader } from './diagnostics-print.ts';
import { planPackage, type TargetInput } from './emit/package.ts';
import { compileModules } from './emit/compile/compile.ts';
import { renderMaintainers, renderPackage, renderReadme } from './emit/render.ts';
import { defaultTarget } from './emit/package.ts';
import type { OutputFile } from './emit/view-model.ts';
import { diffTrees, isClean, type TreeDiff } from './fs/check.ts';
import { outProblem, withMarker } from './fs/out-guard.ts';
import { listFiles, readTree, replaceTree } from './fs/tree.ts';
import { runFrontEnd, type FrontEndResult } from './frontend.ts';
import { withSharedWork } from './source/shared-work.ts';
import type { Decl, IrModule } from './ir/types.ts';
import type { CliOptions } from './options.ts';
import type { SourceFs } from './source/source-fs.ts';
import { assignHeaders, headerKey, type Assignment } from './subsystems/assign.ts';
import { checkDeclaredCycles, checkReferences } from './subsystems/graph.ts';
import { enabledSymbols, gatesOff } from './subsystems/kconfig.ts';
import { configPath, parseProjectConfig, type ProjectConfig } from './subsystems/manifest.ts';
import { maintainersView } from './subsystems/maintainers.ts';

export interface GenerateIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** Directory relative paths are resolved against (default: the process's). */
  cwd?: string;
}

export const DEFAULT_CONFIG = 'tsbindgen.config.json';

/** Reads files relative to `cwd`, keeping the relative names the user sees in diagnostics. */
export function cwdSourceFs(cwd: string): SourceFs {
  const read = (p: string): string | undefined => {
    try {
      return readFileSync(isAbsolute(p) ? p : resolve(cwd, p), 'utf8');
    } catch {
      return undefined;
    }
  };
  return { readFile: read, isFile: (p) => read(p) !== undefined };
}

export interface TreeRequest {
  configText: string;
  /** The config's path relative to cwd, as the user named it. */
  configFile: string;
  cwd: string;
  /** --out, relative to cwd; default the config's "out" beside the config. */
  out?: string;
  /** Plan only these subsystems (watch mode); the checks still cover everything. */
  only?: ReadonlySet<string>;
  /** Reads a file (relative to cwd) of the output tree as it is now: compiled .js/.d.ts still valid are reused. */
  previous?(file: string): string | undefined;
  /** Values for ${NAME} in the config (default: none, only the config's own "variables"). */
  env?: Readonly<Record<string, string | undefined>>;
  /** -Wsystem-headers on the command line (the config's "systemHeaderWarnings" also turns it on). */
  systemHeaderWarnings?: boolean;
  /** With `only`: compile only those subsystems' headers (watch's fast path). */
  frontEndOnly?: boolean;
  /** Where the headers are read (default: the disk under cwd); watch passes one that remembers unchanged files. */
  fs?: SourceFs;
  /**
   * With frontEndOnly: the skipped macros of the previous cycle, per subsystem. The fast path reads only the
   * re-planned subsystems' headers, so the README's lists for the others come from here (else they would vanish).
   */
  skippedBefore?: ReadonlyMap<string, SkippedMacro[]>;
}

export interface SkippedMacro {
  name: string;
  reason: string;
}

export interface BuiltTree {
  config: ProjectConfig;
  /** Output directory relative to cwd. */
  outDir: string;
  files: OutputFile[];
  assignment: Assignment;
  /** Subsystems generated (gate on), manifest order. */
  generated: string[];
  /** headersRoot relative to cwd. */
  headersRoot: string;
  /** Every file the front end read, relative to cwd (for watch). */
  inputs: string[];
  /** The default target's skipped macros of every generated subsystem (for watch's next fast cycle). */
  skipped: ReadonlyMap<string, SkippedMacro[]>;
}

/** The default target's skipped macros, grouped by the generated subsystem owning their header. */
function skippedBySubsystem(
  targets: readonly TargetInput[],
  target: string,
  generated: readonly string[],
  ownerOfHeader: (header: string) => string | undefined,
  compiled: readonly string[],
  before: ReadonlyMap<string, SkippedMacro[]> | undefined,
): Map<string, SkippedMacro[]> {
  const ir = (targets.find((t) => t.target.name === target) ?? targets[0])?.ir;
  return new Map(
    generated.map((name) => [
      name,
      before && !compiled.includes(name)
        ? (before.get(name) ?? [])
        : (ir?.skipped ?? [])
            .filter((m) => ownerOfHeader(m.header) === name)
            .map((m) => ({ name: m.name, reason: m.reason }))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    ]),
  );
}

/** Everything but the disk write; undefined (with errors in the sink) when nothing may be written. */
export function buildTree(req: TreeRequest, sink: DiagnosticSink): BuiltTree | undefined {
  const config = parseProjectConfig(req.configText, req.configFile, sink, req.env);
  if (!config) return undefined;
  const fs = req.fs ?? cwdSourceFs(req.cwd);
  const base = posix.dirname(req.configFile);
  // Paths in the config are relative to it, unless absolute (headers outside the repository, /usr/src/…).
  const at = (p: string): string => configPath(base, p);
  const rootRel = at(config.headersRoot);
  // With mainHeaders the translation unit is named, and only the headers that declare generated code are assigned,
  // once the front end has said which those are.
  const named = config.mainHeaders !== undefined;
  let assignment = named ? assignHeaders(config, [], new DiagnosticSink()) : assignHeaders(config, listFiles(resolve(req.cwd, rootRel), (r) => r.endsWith('.h')), sink);
  checkDeclaredCycles(config, sink);
  let enabled: Set<string> | undefined;
  const kconfigFile = config.kconfig === undefined ? undefined : at(config.kconfig);
  if (kconfigFile !== undefined) {
    const text = fs.readFile(kconfigFile);
    if (text === undefined) sink.error('kconfig-unreadable', `cannot read the .config "${kconfigFile}"`, config.locOf('/kconfig'));
    else enabled = enabledSymbols(text);
  }
  if (sink.hasErrors) return undefined;

  const offOf = new Map(config.subsystems.map((s) => [s.name, gatesOff(s.gates, enabled)]));
  const generated = config.subsystems.filter((s) => offOf.get(s.name)!.length === 0).map((s) => s.name);
  const compiled = req.only && req.frontEndOnly ? generated.filter((s) => req.only!.has(s)) : generated;
  // A main header is a file beside the config, or an include name found through the include path.
  const mainHeaders = config.mainHeaders?.map((h) => (fs.isFile(at(h)) ? at(h) : h)) ?? compiled.flatMap((s) => assignment.headersOf.get(s)!.map((h) => posix.join(rootRel, h)));
  // Asked once per declaration and per cross-reference with a few dozen distinct headers: answer each once.
  const keys = new Map<string, string | undefined>();
  const keyOf = (header: string): string | undefined => {
    if (!keys.has(header)) keys.set(header, headerKey(rootRel, header));
    return keys.get(header);
  };
  const ownerOf = (d: Decl): string | undefined => {
    const k = keyOf(d.header);
    return k === undefined ? undefined : assignment.owner.get(k);
  };
  const targets: TargetInput[] = [];
  const inputs = new Set<string>([req.configFile, ...(kconfigFile ? [kconfigFile] : [])]);
  const seen = new Set<string>();
  if (mainHeaders.length > 0) {
    const results: FrontEndResult[] = [];
    const perTarget: Diagnostic[][] = [];
    let failed = false;
    // The targets read the same headers: what does not depend on the target is done once for all of them.
    const frontEnds = () => {
      for (const target of config.targets) {
        const own = config.perTarget[target];
        const tsink = new DiagnosticSink();
        const fe = runFrontEnd(
          {
            headers: mainHeaders,
            target,
            kconfigFile: config.kconfigDefines ? kconfigFile : undefined,
            // A target's own directories come first, so they can shadow the common ones.
            includeDirs: [...(own?.includeDirs ?? []), ...config.includeDirs].map(at),
            defines: [...config.defines, ...(own?.defines ?? [])],
            undefines: [],
            nostdinc: config.nostdinc,
            systemHeaderWarnings: config.systemHeaderWarnings || req.systemHeaderWarnings,
            cflags: config.cflags,
            cflagsBase: base,
            cflagsLoc: config.locOf('/cflags'),
            select: config.allowlist,
            selectLoc: config.locOf('/allowlist'),
          },
          fs,
          tsink,
        );
        results.push(fe);
        if (!named) checkReferences({ config, ir: fe.ir, ownerOf, gatesOffOf: (s) => offOf.get(s) ?? [], seen }, tsink);
        perTarget.push(tsink.items);
        if (tsink.hasErrors) {
          failed = true;
          break;
        }
      }
    };
    if (config.targets.length > 1) withSharedWork(frontEnds);
    else frontEnds();
    for (const d of mergeTargetDiagnostics(config.targets, perTarget)) sink.report(d);
    if (failed) return undefined;
    // Every header the translation unit read under headersRoot belongs to exactly one subsystem, as in the
    // unnamed case; what is generated must come from under headersRoot.
    if (named) {
      const read = results.flatMap((r) => r.pp.includes.map(keyOf).filter((k) => k !== undefined));
      assignment = assignHeaders(config, [...new Set([...read, ...generatedHeaders(results.map((r) => r.ir), rootRel, keyOf, sink)])], sink);
    }
    for (const fe of results) {
      for (const f of fe.pp.includes) inputs.add(f);
      if (named) checkReferences({ config, ir: fe.ir, ownerOf, gatesOffOf: (s) => offOf.get(s) ?? [], seen }, sink);
      targets.push({ target: fe.target, ir: fe.ir, layout: fe.layout });
    }
    if (sink.hasErrors) return undefined;
  }

  const specs = new Map(config.subsystems.map((s) => [s.name, s]));
  const shown = new Map<string, string>();
  const display = (h: string): string => {
    let d = shown.get(h);
    if (d === undefined) {
      const k = keyOf(h);
      d = k === undefined ? h : posix.join(config.headersRootShown, k);
      shown.set(h, d);
    }
    return d;
  };
  const outDir = req.out ?? configPath(base, config.out);
  const release = { version: config.version, license: config.license, private: config.private };
  let files: OutputFile[] = [];
  for (const name of generated) {
    if (req.only && !req.only.has(name)) continue;
    const pkg = planPackage(
      {
        subsystem: name,
        description: specs.get(name)!.description,
        targets,
        headers: assignment.headersOf.get(name)!.map((h) => posix.join(config.headersRootShown, h)),
        ownerOf,
        isGenerated: (s) => offOf.get(s)?.length === 0,
        packageOf: (s) => `${config.scope}/${s}`,
        displayHeader: display,
        release,
        functions: config.functions,
        dependsOn: specs.get(name)!.dependsOn.filter((d) => generated.includes(d)),
      },
      sink,
    );
    files.push(...renderPackage(pkg));
  }
  const previous = req.previous;
  const inOut = (p: string): string => posix.join(outDir, p);
  files = compileModules(files, { previous: previous && ((p) => previous(inOut(p))), displayPath: inOut }, sink);
  const skipped = skippedBySubsystem(
    targets,
    defaultTarget(config.targets),
    generated,
    (h) => {
      const k = keyOf(h);
      return k === undefined ? undefined : assignment.owner.get(k);
    },
    compiled,
    req.only && req.frontEndOnly ? req.skippedBefore : undefined,
  );
  files.push({ path: 'MAINTAINERS', content: renderMaintainers(maintainersView(config, assignment.headersOf, config.out)) });
  files.push({
    path: 'README.md',
    content: renderReadme({
      configFile: posix.basename(req.configFile),
      out: config.out,
      scope: config.scope,
      targets: config.targets.join(', '),
      defaultTarget: defaultTarget(config.targets),
      packages: config.subsystems
        .filter((s) => generated.includes(s.name))
        .map((s) => ({ scope: config.scope, name: s.name, description: s.description, gates: s.gates.join(', ') })),
      gatedOff: config.subsystems.filter((s) => !generated.includes(s.name)).map((s) => ({ name: s.name, gates: offOf.get(s.name)!.join(', ') })),
      skipped: [...skipped].filter(([, macros]) => macros.length > 0).map(([name, macros]) => ({ name, macros })),
    }),
  });
  if (sink.hasErrors) return undefined;
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { config, outDir, files, assignment, generated, headersRoot: rootRel, inputs: [...inputs].sort(), skipped };
}

/** The headers (relative to headersRoot) that declare what is generated; one outside headersRoot is an error. */
function generatedHeaders(irs: IrModule[], rootRel: string, keyOf: (h: string) => string | undefined, sink: DiagnosticSink): string[] {
  const out = new Set<string>();
  const outside = new Set<string>();
  for (const ir of irs) {
    for (const d of ir.decls) {
      const k = keyOf(d.header);
      if (k !== undefined) out.add(k);
      else if (!outside.has(d.header)) {
        outside.add(d.header);
        sink.error('header-outside-root', `${d.id} is declared in ${d.header}, outside headersRoot ${rootRel}: what is generated must come from headers a subsystem can own`, d.loc);
      }
    }
  }
  return [...out];
}

/**
 * Refuses an output folder whose replacement could delete anything tsbindgen did not write (see fs/out-guard.ts),
 * located at the config's "out" key, or naming --out when the folder came from the command line.
 */
export function checkOut(built: BuiltTree, configFile: string, cwd: string, fromCli: boolean, sink: DiagnosticSink): boolean {
  const base = posix.dirname(configFile);
  const { config } = built;
  const problem = outProblem({
    out: built.outDir,
    cwd,
    configDir: base,
    inputs: [
      { dir: built.headersRoot, what: 'the headers root' },
      ...config.includeDirs.map((d) => ({ dir: posix.isAbsolute(d) ? d : posix.join(base, d), what: 'the include dir' })),
    ],
    files: config.kconfig === undefined ? [] : [{ path: posix.isAbsolute(config.kconfig) ? config.kconfig : posix.join(base, config.kconfig), what: 'the .config' }],
  });
  if (problem === undefined) return true;
  if (fromCli) sink.error('out-unsafe', `--out: ${problem}`);
  else sink.error('out-unsafe', `"out": ${problem}`, config.locOf('/out'));
  return false;
}

/**
 * One diagnostic per finding across the targets' front ends: reported by every target, it stands as it is; by
 * some only, its message names them (`[i386, armhf]`). Runs stop at the first failing target, so a finding of
 * that run lists only the targets that ran.
 */
export function mergeTargetDiagnostics(targets: readonly string[], perTarget: readonly Diagnostic[][]): Diagnostic[] {
  const byKey = new Map<string, { d: Diagnostic; targets: string[] }>();
  perTarget.forEach((items, i) => {
    for (const d of items) {
      const key = JSON.stringify([d.severity, d.code, d.message, d.loc?.file, d.loc?.line, d.loc?.column]);
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.targets.includes(targets[i])) seen.targets.push(targets[i]);
      } else byKey.set(key, { d, targets: [targets[i]] });
    }
  });
  return [...byKey.values()].map(({ d, targets: t }) =>
    t.length === targets.length && targets.length > 0 ? d : { ...d, message: `${d.message} [${t.join(', ')}]` },
  );
}

export function printDiagnostics(items: readonly Diagnostic[], cwd: string, io: GenerateIo): void {
  const fs = cwdSourceFs(cwd);
  const reader = lineReader((f) => fs.readFile(f));
  // The front end runs once per target, so the same finding can arrive several times: print it once.
  const printed = new Set<string>();
  for (const d of items) {
    const text = formatWithSource(d, reader);
    if (printed.has(text)) continue;
    printed.add(text);
    io.stderr.write(`${text}\n`);
  }
}

/** Reads the config named by the options; undefined after reporting when it cannot be read. */
export function readConfig(opts: Pick<CliOptions, 'projectConfig'>, cwd: string, sink: DiagnosticSink): { text: string; file: string } | undefined {
  const file = opts.projectConfig ?? DEFAULT_CONFIG;
  const text = cwdSourceFs(cwd).readFile(file);
  if (text === undefined) {
    sink.error('project-config-unreadable', `cannot read the project config "${file}" (name one with --config FILE)`);
    return undefined;
  }
  return { text, file };
}

/** What one `generate` did, as values: the library API returns it, the CLI prints it. */
export interface GenerateOutcome {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The tree that would be written (empty when generation failed). */
  files: OutputFile[];
  /** Output directory relative to cwd (undefined when the config could not be read). */
  outDir?: string;
  /** Subsystems generated (gate on), manifest order. */
  generated: string[];
  /** With `check`: how the tree on disk differs from `files` (clean when up to date). */
  stale?: TreeDiff;
  /** With `write`: whether the tree was written. */
  written: boolean;
}

export interface GenerateProjectRequest {
  cwd: string;
  /** The config's path relative to cwd (default tsbindgen.config.json). */
  configFile?: string;
  /** The config's text, instead of reading configFile (which still names it in diagnostics). */
  configText?: string;
  out?: string;
  /** Compare with the tree on disk instead of writing. */
  check?: boolean;
  /** Replace the output directory with the tree (atomically). */
  write?: boolean;
  /** Values for ${NAME} in the config (the CLI passes the environment); default none. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Also report warnings located in system headers (-Wsystem-headers). */
  systemHeaderWarnings?: boolean;
}

/** generate without printing: build the tree, then compare it with the disk or write it, as asked. */
export function generateProject(req: GenerateProjectRequest): GenerateOutcome {
  const sink = new DiagnosticSink();
  const configFile = req.configFile ?? DEFAULT_CONFIG;
  const configText = req.configText ?? readConfig({ projectConfig: configFile }, req.cwd, sink)?.text;
  const previous = cwdSourceFs(req.cwd).readFile;
  const built = configText === undefined ? undefined : buildTree({ configText, configFile, cwd: req.cwd, out: req.out, previous, env: req.env, systemHeaderWarnings: req.systemHeaderWarnings }, sink);
  const outcome: GenerateOutcome = { ok: false, diagnostics: sink.items, files: built?.files ?? [], outDir: built?.outDir, generated: built?.generated ?? [], written: false };
  if (!built || sink.hasErrors) return outcome;
  const outAbs = resolve(req.cwd, built.outDir);
  // The marker file says the folder is tsbindgen's own output, so a later run may replace it (fs/out-guard.ts).
  const files = withMarker(built.files);
  outcome.files = files;
  if (req.check) {
    outcome.stale = diffTrees(built.outDir, readTree(outAbs), files);
    outcome.ok = isClean(outcome.stale);
    if (!outcome.ok) {
      const d = outcome.stale;
      sink.error('generate-stale', `${built.outDir} is stale (${d.missing.length} missing, ${d.extra.length} extra, ${d.different.length} different); run \`tsbindgen generate\``);
    }
    return outcome;
  }
  if (req.write) {
    if (!checkOut(built, configFile, req.cwd, req.out !== undefined, sink)) return outcome;
    const problem = replaceTree(outAbs, files);
    if (problem) {
      sink.error('out-unwritable', problem);
      return outcome;
    }
    outcome.written = true;
  }
  outcome.ok = true;
  return outcome;
}

export async function runGenerate(opts: CliOptions, io: GenerateIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  if (opts.watch) {
    const { runWatch } = await import('./watch.ts');
    return runWatch(opts, { ...io, cwd });
  }
  const r = generateProject({ cwd, configFile: opts.projectConfig, out: opts.out, check: opts.check, write: !opts.check, env: process.env, systemHeaderWarnings: opts.systemHeaderWarnings });
  const late = r.diagnostics.filter((d) => d.code === 'generate-stale' || d.code === 'out-unwritable');
  printDiagnostics(
    r.diagnostics.filter((d) => !late.includes(d)),
    cwd,
    io,
  );
  if (r.outDir === undefined || (!r.ok && late.length === 0)) {
    io.stderr.write(`tsbindgen: generation failed; nothing was written\n`);
    return 1;
  }
  if (r.stale) {
    if (r.ok) {
      io.stdout.write(`${r.outDir} is up to date (${r.files.length} files)\n`);
      return 0;
    }
    io.stdout.write(r.stale.patch);
  }
  for (const d of late) io.stderr.write(`tsbindgen: error ${d.code}: ${d.message}\n`);
  if (!r.ok) return 1;
  io.stdout.write(`wrote ${r.files.length} files for ${r.generated.length} subsystems to ${r.outDir}\n`);
  return 0;
}
