// `tsbindgen generate`: config → front end per target → subsystem checks → packages → generated/ (or a diff).
//
// Diagnostic codes: project-config-unreadable, kconfig-unreadable, out-unwritable, generate-stale (for --check).

import { readFileSync } from 'node:fs';
import { isAbsolute, posix, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { DiagnosticSink } from './diagnostics.ts';
import { formatWithSource, lineReader } from './diagnostics-print.ts';
import { planPackage, type TargetInput } from './emit/package.ts';
import { renderMaintainers, renderPackage, renderReadme } from './emit/render.ts';
import { defaultTarget } from './emit/package.ts';
import type { OutputFile } from './emit/view-model.ts';
import { diffTrees, isClean } from './fs/check.ts';
import { listFiles, readTree, replaceTree } from './fs/tree.ts';
import { runFrontEnd } from './frontend.ts';
import type { Decl } from './ir/types.ts';
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
  /** -Wsystem-headers on the command line (the config's "systemHeaderWarnings" also turns it on). */
  systemHeaderWarnings?: boolean;
  /** With `only`: compile only those subsystems' headers (watch's fast path). */
  frontEndOnly?: boolean;
  /** Where the headers are read (default: the disk under cwd); watch passes one that remembers unchanged files. */
  fs?: SourceFs;
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
}

/** Everything but the disk write; undefined (with errors in the sink) when nothing may be written. */
export function buildTree(req: TreeRequest, sink: DiagnosticSink): BuiltTree | undefined {
  const config = parseProjectConfig(req.configText, req.configFile, sink);
  if (!config) return undefined;
  const fs = req.fs ?? cwdSourceFs(req.cwd);
  const base = posix.dirname(req.configFile);
  const rootRel = configPath(base, config.headersRoot);
  const headers = listFiles(resolve(req.cwd, rootRel), (r) => r.endsWith('.h'));
  const assignment = assignHeaders(config, headers, sink);
  checkDeclaredCycles(config, sink);
  let enabled: Set<string> | undefined;
  const kconfigFile = config.kconfig === undefined ? undefined : configPath(base, config.kconfig);
  if (kconfigFile !== undefined) {
    const text = fs.readFile(kconfigFile);
    if (text === undefined) sink.error('kconfig-unreadable', `cannot read the .config "${kconfigFile}"`, config.locOf('/kconfig'));
    else enabled = enabledSymbols(text);
  }
  if (sink.hasErrors) return undefined;

  const offOf = new Map(config.subsystems.map((s) => [s.name, gatesOff(s.gates, enabled)]));
  const generated = config.subsystems.filter((s) => offOf.get(s.name)!.length === 0).map((s) => s.name);
  const compiled = req.only && req.frontEndOnly ? generated.filter((s) => req.only!.has(s)) : generated;
  const mainHeaders = compiled.flatMap((s) => assignment.headersOf.get(s)!.map((h) => posix.join(rootRel, h)));
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
    const perTarget: Diagnostic[][] = [];
    let failed = false;
    for (const target of config.targets) {
      const own = config.perTarget[target];
      const tsink = new DiagnosticSink();
      const fe = runFrontEnd(
        {
          headers: mainHeaders,
          target,
          kconfigFile,
          // A target's own directories come first, so they can shadow the common ones.
          includeDirs: [...(own?.includeDirs ?? []), ...config.includeDirs].map((d) => configPath(base, d)),
          defines: [...config.defines, ...(own?.defines ?? [])],
          undefines: [],
          nostdinc: config.nostdinc,
          systemHeaderWarnings: config.systemHeaderWarnings || req.systemHeaderWarnings,
        },
        fs,
        tsink,
      );
      for (const f of fe.pp.includes) inputs.add(f);
      checkReferences({ config, ir: fe.ir, ownerOf, gatesOffOf: (s) => offOf.get(s) ?? [], seen }, tsink);
      targets.push({ target: fe.target, ir: fe.ir, layout: fe.layout });
      perTarget.push(tsink.items);
      if (tsink.hasErrors) {
        failed = true;
        break;
      }
    }
    for (const d of mergeTargetDiagnostics(config.targets, perTarget)) sink.report(d);
    if (failed) return undefined;
  }

  const specs = new Map(config.subsystems.map((s) => [s.name, s]));
  const shown = new Map<string, string>();
  const display = (h: string): string => {
    let d = shown.get(h);
    if (d === undefined) {
      const k = keyOf(h);
      d = k === undefined ? h : posix.join(config.headersRoot, k);
      shown.set(h, d);
    }
    return d;
  };
  const files: OutputFile[] = [];
  for (const name of generated) {
    if (req.only && !req.only.has(name)) continue;
    const pkg = planPackage(
      {
        subsystem: name,
        description: specs.get(name)!.description,
        targets,
        headers: assignment.headersOf.get(name)!.map((h) => posix.join(config.headersRoot, h)),
        ownerOf,
        isGenerated: (s) => offOf.get(s)?.length === 0,
        packageOf: (s) => `${config.scope}/${s}`,
        displayHeader: display,
      },
      sink,
    );
    files.push(...renderPackage(pkg));
  }
  const outDir = req.out ?? configPath(base, config.out);
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
    }),
  });
  if (sink.hasErrors) return undefined;
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { config, outDir, files, assignment, generated, headersRoot: rootRel, inputs: [...inputs].sort() };
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
export function readConfig(opts: CliOptions, cwd: string, sink: DiagnosticSink): { text: string; file: string } | undefined {
  const file = opts.projectConfig ?? DEFAULT_CONFIG;
  const text = cwdSourceFs(cwd).readFile(file);
  if (text === undefined) {
    sink.error('project-config-unreadable', `cannot read the project config "${file}" (name one with --config FILE)`);
    return undefined;
  }
  return { text, file };
}

export async function runGenerate(opts: CliOptions, io: GenerateIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  if (opts.watch) {
    const { runWatch } = await import('./watch.ts');
    return runWatch(opts, { ...io, cwd });
  }
  const sink = new DiagnosticSink();
  const cfg = readConfig(opts, cwd, sink);
  const built = cfg ? buildTree({ configText: cfg.text, configFile: cfg.file, cwd, out: opts.out, systemHeaderWarnings: opts.systemHeaderWarnings }, sink) : undefined;
  printDiagnostics(sink.items, cwd, io);
  if (!built || sink.hasErrors) {
    io.stderr.write(`tsbindgen: generation failed; nothing was written\n`);
    return 1;
  }
  const outAbs = resolve(cwd, built.outDir);
  if (opts.check) {
    const d = diffTrees(built.outDir, readTree(outAbs), built.files);
    if (isClean(d)) {
      io.stdout.write(`${built.outDir} is up to date (${built.files.length} files)\n`);
      return 0;
    }
    io.stdout.write(d.patch);
    io.stderr.write(
      `tsbindgen: error generate-stale: ${built.outDir} is stale (${d.missing.length} missing, ${d.extra.length} extra, ${d.different.length} different); run \`tsbindgen generate\`\n`,
    );
    return 1;
  }
  const problem = replaceTree(outAbs, built.files);
  if (problem) {
    io.stderr.write(`tsbindgen: error out-unwritable: ${problem}\n`);
    return 1;
  }
  io.stdout.write(`wrote ${built.files.length} files for ${built.generated.length} subsystems to ${built.outDir}\n`);
  return 0;
}
