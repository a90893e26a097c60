// The project config (tsbindgen.config.json): where the headers are, how to preprocess them, which targets to emit,
// and the subsystem manifest. Every mistake is reported against the line:column of the offending key.
// The reference is README.md ("The config file") and schema/tsbindgen.config.schema.json, which
// test/unit/subsystems/config-schema.test.ts keeps in step with the keys accepted here.
//
// Diagnostic codes: manifest-syntax, manifest-invalid, manifest-missing-key, manifest-unknown-key,
// manifest-duplicate-subsystem, manifest-unknown-dependency.
//
// The keys, their types and defaults: schema/tsbindgen.config.schema.json and the README's config reference.

import type { DiagnosticSink, SourceLoc } from '../diagnostics.ts';
import { isTargetName, TARGET_NAMES, type TargetName } from '../layout/targets.ts';
import { parseLocatedJson, type JsonValue, type LocatedJson } from './json-locate.ts';
import { variableExpander, type Env } from '../flags/variables.ts';
import { parseAllowlist } from '../select/config.ts';
import { mergeSpecs, type SelectSpec } from '../select/spec.ts';
import { posix } from 'node:path';

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

/** What one target adds to the common preprocessing: its own -I directories (searched first) and -D macros. */
export interface TargetConfig {
  includeDirs: string[];
  defines: { name: string; value?: string }[];
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
  /** Report warnings located in system headers (gcc's -Wsystem-headers); off by default, as in gcc. */
  systemHeaderWarnings: boolean;
  /** Globs (relative to headersRoot) of headers that belong to no subsystem and are not generated. */
  exclude: string[];
  /** Bind function prototypes (`Functions` + `functions` in every module, for bindWasm/bindKoffi). */
  functions: boolean;
  perTarget: Partial<Record<TargetName, TargetConfig>>;
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

/** Every key the config accepts, at each level (exported for the schema agreement test). */
export const TOP_KEYS = [
  '$schema',
  '$comment',
  'headersRoot',
  'exclude',
  'includeDirs',
  'kconfig',
  'defines',
  'nostdinc',
  'systemHeaderWarnings',
  'functions',
  'perTarget',
  'targets',
  'out',
  'scope',
  'version',
  'license',
  'private',
  'subsystems',
  'cflags',
  'mainHeaders',
  'allowlist',
  'variables',
  'kconfigDefines',
];
export const SUB_KEYS = ['name', 'headers', 'gate', 'dependsOn', 'maintainers', 'reviewers', 'description', 'allowlist', '$comment'];
export const PER_TARGET_KEYS = ['includeDirs', 'defines', '$comment'];

/** A path from the config: absolute as written, else relative to the config file's directory. */
export function configPath(configDir: string, p: string): string {
  return posix.isAbsolute(p) ? posix.normalize(p) : posix.join(configDir, p);
}

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
  // A one-package project needs to say no more than the name and the headers.
  const dependsOn = c.strings(v, 'dependsOn', base, false) ?? [];
  const maintainers = c.strings(v, 'maintainers', base, false) ?? [];
  const reviewers = c.strings(v, 'reviewers', base, false) ?? [];
  const description = c.string(v, 'description', base, false) ?? `C bindings for ${name ?? 'this subsystem'}, generated by tsbindgen`;
  const allow = allowlistOf(c, v.allowlist, `${base}/allowlist`);
  if (!name || !headers) return undefined;
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

function defines(c: Checker, list: string[] | undefined, base = ''): { name: string; value?: string }[] {
  return (list ?? []).map((d, i) => {
    const eq = d.indexOf('=');
    const name = eq < 0 ? d : d.slice(0, eq);
    if (!/^[A-Za-z_]\w*$/.test(name)) c.error('manifest-invalid', `${base}/defines/${i}`, `"${d}" is not NAME or NAME=VALUE`);
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

function booleanKey(c: Checker, o: Obj, key: string, fallback: boolean): boolean | undefined {
  const v = o[key] ?? fallback;
  if (typeof v !== 'boolean') return c.error('manifest-invalid', `/${key}`, `"${key}" must be true or false`);
  return v;
}

function perTargetConfig(c: Checker, v: JsonValue | undefined): Partial<Record<TargetName, TargetConfig>> {
  const out: Partial<Record<TargetName, TargetConfig>> = {};
  if (v === undefined) return out;
  if (!isObj(v)) {
    c.error('manifest-invalid', '/perTarget', '"perTarget" must be an object keyed by target name');
    return out;
  }
  for (const [t, tc] of Object.entries(v)) {
    const base = `/perTarget/${t}`;
    if (!isTargetName(t)) {
      c.error('manifest-invalid', base, `unknown target "${t}" in "perTarget" (known: ${TARGET_NAMES.join(', ')})`);
      continue;
    }
    if (!isObj(tc)) {
      c.error('manifest-invalid', base, `"perTarget.${t}" must be an object with "includeDirs" and/or "defines"`);
      continue;
    }
    c.keys(tc, base, PER_TARGET_KEYS, `perTarget.${t}`);
    out[t] = { includeDirs: c.strings(tc, 'includeDirs', base, false) ?? [], defines: defines(c, c.strings(tc, 'defines', base, false), base) };
  }
  return out;
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
  // The command line's defaults: the system and builtin headers are searched, their warnings not reported.
  const nostdinc = booleanKey(c, root, 'nostdinc', false);
  const systemHeaderWarnings = booleanKey(c, root, 'systemHeaderWarnings', false);
  const exclude = c.strings(root, 'exclude', '', false) ?? [];
  const functions = booleanKey(c, root, 'functions', false);
  const perTarget = perTargetConfig(c, root.perTarget);
  if (root.$schema !== undefined && typeof root.$schema !== 'string') c.error('manifest-invalid', '/$schema', '"$schema" must be a string (a URL or path of the JSON Schema)');
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
  if (!c.ok || headersRoot === undefined || headersRootShown === undefined || nostdinc === undefined || systemHeaderWarnings === undefined || functions === undefined || typeof isPrivate !== 'boolean') return undefined;
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
    systemHeaderWarnings,
    exclude,
    functions,
    perTarget,
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
