// The project config (tsbindgen.config.json): where the headers are, how to preprocess them, which targets to emit,
// and the subsystem manifest. Every mistake is reported against the line:column of the offending key.
//
// Diagnostic codes: manifest-syntax, manifest-invalid, manifest-missing-key, manifest-unknown-key,
// manifest-duplicate-subsystem, manifest-unknown-dependency.
//
// Schema (paths are relative to the config file's directory):
//   headersRoot   string            directory the header globs are relative to (required)
//   includeDirs   string[]          -I directories for the preprocessor (default [headersRoot])
//   kconfig       string            a Kconfig-style .config; gates are evaluated against it (optional)
//   defines       string[]          NAME or NAME=VALUE, as -D (optional)
//   nostdinc      boolean           do not search the system include directories (default true)
//   targets       string[]          targets to emit, default ["x86_64"]
//   out           string            output directory, default "generated"
//   scope         string            npm scope of the packages, default "@tsbindgen"
//   version       string            semver of every generated package of the run, default "0.0.0"; sibling
//                                   dependencies pin exactly this version
//   license       string            package.json "license" of every package (SPDX expression); default none
//   private       boolean           mark every package "private" so npm refuses to publish it, default false
//   subsystems    object[]          each: name (kebab-case), headers (globs), gate? ("CONFIG_X" | ["CONFIG_X", …],
//                                   all must be on), dependsOn (names), maintainers (strings), reviewers? (strings),
//                                   description (string), allowlist? (as below, merged into the project's)
//   cflags        string[]          gcc's flags, as after `tsbindgen layout … --` (generator/flags/); relative paths
//                                   (-I dir, -include f, @file) are relative to the config's directory (optional)
//   mainHeaders   string[]          the translation unit: include names (drm/drm_gem.h) found through the include
//                                   path. Without it every header under headersRoot is a main header and must be
//                                   assigned; with it only the headers whose declarations are generated (optional)
//   allowlist     object            types/functions/vars/macros/headers/block/opaque lists (generator/select/)
//   kconfigDefines boolean          also predefine the .config's symbols (default true); false when the headers
//                                   define them themselves (kbuild's -include kconfig.h reads generated/autoconf.h)
//   variables     object            NAME → string, for ${NAME} in headersRoot, includeDirs, kconfig and cflags; the
//                                   environment overrides them (generator/flags/variables.ts)

import type { DiagnosticSink, SourceLoc } from '../diagnostics.ts';
import { isTargetName, TARGET_NAMES, type TargetName } from '../layout/targets.ts';
import { parseLocatedJson, type JsonValue, type LocatedJson } from './json-locate.ts';
import { variableExpander, type Env } from '../flags/variables.ts';
import { parseAllowlist } from '../select/config.ts';
import { mergeSpecs, type SelectSpec } from '../select/spec.ts';

export interface SubsystemSpec {
  name: string;
  headers: string[];
  gates: string[];
  dependsOn: string[];
  maintainers: string[];
  reviewers: string[];
  description: string;
  allowlist?: SelectSpec;
  loc: SourceLoc;
}

export interface ProjectConfig {
  /** The config file as named by the user; relative paths inside are relative to its directory. */
  file: string;
  headersRoot: string;
  /** headersRoot as written (with ${NAME} unexpanded): what generated files show, so they name no machine's path. */
  headersRootShown: string;
  includeDirs: string[];
  cflags: string[];
  mainHeaders?: string[];
  kconfigDefines: boolean;
  /** The project's allowlist merged with every subsystem's; undefined when none allows anything. */
  allowlist?: SelectSpec;
  kconfig?: string;
  defines: { name: string; value?: string }[];
  nostdinc: boolean;
  targets: TargetName[];
  out: string;
  scope: string;
  version: string;
  license?: string;
  private: boolean;
  subsystems: SubsystemSpec[];
  /** Location of a key by JSON pointer, for diagnostics raised later (gates, graph). */
  locOf(pointer: string): SourceLoc;
}

const TOP_KEYS = ['headersRoot', 'includeDirs', 'kconfig', 'defines', 'nostdinc', 'targets', 'out', 'scope', 'version', 'license', 'private', 'subsystems', 'cflags', 'mainHeaders', 'allowlist', 'variables', 'kconfigDefines', '$comment'];
const SUB_KEYS = ['name', 'headers', 'gate', 'dependsOn', 'maintainers', 'reviewers', 'description', 'allowlist', '$comment'];

type Obj = { [key: string]: JsonValue };

function isObj(v: JsonValue | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Checker {
  ok = true;

  constructor(
    readonly file: string,
    readonly json: LocatedJson,
    readonly sink: DiagnosticSink,
  ) {}

  loc(pointer: string): SourceLoc {
    const p = this.json.at.get(pointer) ?? this.json.at.get('') ?? { line: 1, column: 1 };
    return { file: this.file, line: p.line, column: p.column };
  }

  error(code: string, pointer: string, message: string): undefined {
    this.ok = false;
    this.sink.error(code, message, this.loc(pointer));
    return undefined;
  }

  keys(o: Obj, base: string, allowed: string[], what: string): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.error('manifest-unknown-key', `${base}/${k}`, `unknown key "${k}" in ${what} (known: ${allowed.filter((a) => a !== '$comment').join(', ')})`);
    }
  }

  string(o: Obj, key: string, base: string, required: boolean): string | undefined {
    const v = o[key];
    if (v === undefined) return required ? this.error('manifest-missing-key', base, `missing key "${key}"${base ? ` in ${base}` : ''}`) : undefined;
    if (typeof v !== 'string' || v === '') return this.error('manifest-invalid', `${base}/${key}`, `"${key}" must be a non-empty string`);
    return v;
  }

  strings(o: Obj, key: string, base: string, required: boolean, allowSingle = false): string[] | undefined {
    const v = o[key];
    if (v === undefined) return required ? this.error('manifest-missing-key', base, `missing key "${key}"${base ? ` in ${base}` : ''}`) : undefined;
    if (allowSingle && typeof v === 'string') return [v];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')) {
      return this.error('manifest-invalid', `${base}/${key}`, `"${key}" must be an array of non-empty strings${allowSingle ? ' (or one string)' : ''}`);
    }
    return v as string[];
  }
}

function subsystem(c: Checker, v: JsonValue, base: string): SubsystemSpec | undefined {
  if (!isObj(v)) return c.error('manifest-invalid', base, 'each subsystem must be an object');
  c.keys(v, base, SUB_KEYS, 'a subsystem');
  const name = c.string(v, 'name', base, true);
  if (name !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    c.error('manifest-invalid', `${base}/name`, `subsystem name "${name}" must be kebab-case (it becomes a package name)`);
  }
  const headers = c.strings(v, 'headers', base, true);
  if (headers && headers.length === 0) c.error('manifest-invalid', `${base}/headers`, `subsystem "${name}" lists no headers`);
  const gates = c.strings(v, 'gate', base, false, true) ?? [];
  for (const g of gates) {
    if (!/^CONFIG_\w+$/.test(g)) c.error('manifest-invalid', `${base}/gate`, `gate "${g}" must be a Kconfig symbol like CONFIG_DRM_VGEM`);
  }
  const dependsOn = c.strings(v, 'dependsOn', base, true);
  const maintainers = c.strings(v, 'maintainers', base, true);
  if (maintainers && maintainers.length === 0) c.error('manifest-invalid', `${base}/maintainers`, `subsystem "${name}" needs at least one maintainer`);
  const reviewers = c.strings(v, 'reviewers', base, false) ?? [];
  const description = c.string(v, 'description', base, true);
  const allow = allowlistOf(c, v.allowlist, `${base}/allowlist`);
  if (!name || !headers || !dependsOn || !maintainers || description === undefined) return undefined;
  return { name, headers, gates, dependsOn, maintainers, reviewers, description, ...(allow ? { allowlist: allow } : {}), loc: c.loc(base) };
}

function crossCheck(c: Checker, subs: SubsystemSpec[]): void {
  const seen = new Map<string, number>();
  subs.forEach((s, i) => {
    const prior = seen.get(s.name);
    if (prior !== undefined) c.error('manifest-duplicate-subsystem', `/subsystems/${i}/name`, `subsystem "${s.name}" is declared twice (first at /subsystems/${prior})`);
    else seen.set(s.name, i);
  });
  subs.forEach((s, i) => {
    s.dependsOn.forEach((d, j) => {
      if (!seen.has(d)) c.error('manifest-unknown-dependency', `/subsystems/${i}/dependsOn/${j}`, `subsystem "${s.name}" depends on "${d}", which the manifest does not declare`);
      if (d === s.name) c.error('manifest-invalid', `/subsystems/${i}/dependsOn/${j}`, `subsystem "${s.name}" depends on itself`);
    });
  });
}

function defines(c: Checker, list: string[] | undefined): { name: string; value?: string }[] {
  return (list ?? []).map((d, i) => {
    const eq = d.indexOf('=');
    const name = eq < 0 ? d : d.slice(0, eq);
    if (!/^[A-Za-z_]\w*$/.test(name)) c.error('manifest-invalid', `/defines/${i}`, `"${d}" is not NAME or NAME=VALUE`);
    return eq < 0 ? { name } : { name, value: d.slice(eq + 1) };
  });
}

function allowlistOf(c: Checker, v: JsonValue | undefined, pointer: string): SelectSpec | undefined {
  const { spec, problems } = parseAllowlist(v, pointer);
  for (const p of problems) c.error('manifest-invalid', p.pointer, p.message);
  return spec;
}

function variablesOf(c: Checker, v: JsonValue | undefined): Record<string, string> {
  if (v === undefined) return {};
  if (!isObj(v) || Object.values(v).some((x) => typeof x !== 'string')) {
    c.error('manifest-invalid', '/variables', '"variables" must map names to strings');
    return {};
  }
  return v as Record<string, string>;
}

/** The validated config, or undefined after reporting every problem found. */
export function parseProjectConfig(text: string, file: string, sink: DiagnosticSink, env: Env = {}): ProjectConfig | undefined {
  const json = parseLocatedJson(text);
  if ('message' in json) {
    sink.error('manifest-syntax', `invalid JSON: ${json.message}`, { file, line: json.pos.line, column: json.pos.column });
    return undefined;
  }
  const c = new Checker(file, json, sink);
  const root = json.value;
  if (!isObj(root)) return c.error('manifest-invalid', '', 'the config must be a JSON object');
  c.keys(root, '', TOP_KEYS, 'the config');
  const vars = variableExpander(variablesOf(c, root.variables), env);
  const expand = (s: string | undefined, pointer: string): string | undefined => {
    if (s === undefined) return undefined;
    const r = vars.expand(s);
    if ('value' in r) return r.value;
    c.error('manifest-invalid', pointer, r.problem);
    return s;
  };
  const headersRootShown = c.string(root, 'headersRoot', '', true);
  const headersRoot = expand(headersRootShown, '/headersRoot');
  const includeDirs = c.strings(root, 'includeDirs', '', false)?.map((d, i) => expand(d, `/includeDirs/${i}`)!);
  const kconfig = expand(c.string(root, 'kconfig', '', false), '/kconfig');
  const cflags = (c.strings(root, 'cflags', '', false) ?? []).map((f, i) => expand(f, `/cflags/${i}`)!);
  const mainHeaders = c.strings(root, 'mainHeaders', '', false);
  const topAllow = allowlistOf(c, root.allowlist, '/allowlist');
  const kconfigDefines = root.kconfigDefines ?? true;
  if (typeof kconfigDefines !== 'boolean') c.error('manifest-invalid', '/kconfigDefines', '"kconfigDefines" must be true or false');
  const defs = defines(c, c.strings(root, 'defines', '', false));
  const nostdinc = root.nostdinc ?? true;
  if (typeof nostdinc !== 'boolean') c.error('manifest-invalid', '/nostdinc', '"nostdinc" must be true or false');
  const targetNames = c.strings(root, 'targets', '', false) ?? ['x86_64'];
  const targets: TargetName[] = [];
  targetNames.forEach((t, i) => {
    if (isTargetName(t)) targets.push(t);
    else c.error('manifest-invalid', `/targets/${i}`, `unknown target "${t}" (known: ${TARGET_NAMES.join(', ')})`);
  });
  if (targetNames.length === 0) c.error('manifest-invalid', '/targets', '"targets" must name at least one target');
  const out = c.string(root, 'out', '', false) ?? 'generated';
  const scope = c.string(root, 'scope', '', false) ?? '@tsbindgen';
  if (!/^@[a-z0-9][a-z0-9-]*$/.test(scope)) c.error('manifest-invalid', '/scope', `scope "${scope}" must look like @name`);
  const version = c.string(root, 'version', '', false) ?? '0.0.0';
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version)) c.error('manifest-invalid', '/version', `version "${version}" must be a semver version like 1.2.3`);
  const license = c.string(root, 'license', '', false);
  const isPrivate = root.private ?? false;
  if (typeof isPrivate !== 'boolean') c.error('manifest-invalid', '/private', '"private" must be true or false');
  const rawSubs = root.subsystems;
  let subsystems: SubsystemSpec[] = [];
  if (rawSubs === undefined) c.error('manifest-missing-key', '', 'missing key "subsystems"');
  else if (!Array.isArray(rawSubs)) c.error('manifest-invalid', '/subsystems', '"subsystems" must be an array');
  else subsystems = rawSubs.flatMap((s, i) => subsystem(c, s, `/subsystems/${i}`) ?? []);
  crossCheck(c, subsystems);
  if (!c.ok || headersRoot === undefined || headersRootShown === undefined || typeof nostdinc !== 'boolean' || typeof isPrivate !== 'boolean') return undefined;
  const allowlists = [topAllow, ...subsystems.map((s) => s.allowlist)].filter((a) => a !== undefined);
  return {
    file,
    headersRoot,
    headersRootShown,
    includeDirs: includeDirs ?? [headersRoot],
    cflags,
    kconfigDefines: kconfigDefines !== false,
    ...(mainHeaders ? { mainHeaders } : {}),
    ...(allowlists.length > 0 ? { allowlist: mergeSpecs(...allowlists) } : {}),
    kconfig,
    defines: defs,
    nostdinc,
    targets,
    out,
    scope,
    version,
    license,
    private: isPrivate,
    subsystems,
    locOf: (p) => c.loc(p),
  };
}
