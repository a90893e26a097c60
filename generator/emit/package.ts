// One subsystem's package: a module per target, package.json exports, and the layout self-check data.

import type { DiagnosticSink } from '../diagnostics.ts';
import type { Decl, IrModule } from '../ir/types.ts';
import type { TargetInfo, TargetName } from '../layout/targets.ts';
import type { LayoutTable, FieldLayout } from '../layout/types.ts';
import { TSBINDGEN_VERSION as SUPPORT_VERSION } from '../version.ts';
import { declTsName } from './names.ts';
import { bannerText, planModule } from './plan.ts';
import type { LayoutCheckView, PackageView } from './view-model.ts';

export interface TargetInput {
  target: TargetInfo;
  ir: IrModule;
  layout: LayoutTable;
}

export interface PackagePlanInput {
  subsystem: string;
  description: string;
  /** Targets in the configured order; the first x86_64 (or else the first) is the package's "." export. */
  targets: TargetInput[];
  headers: string[];
  ownerOf(decl: Decl): string | undefined;
  isGenerated(subsystem: string): boolean;
  packageOf(subsystem: string): string;
  displayHeader?(header: string): string;
  /** What package.json says beyond the code: shared by every package of a run (config "version", "license", "private"). */
  release?: ReleaseInfo;
  /** Generated subsystems along this one's dependsOn edges: each becomes a dependency at the run's version. */
  dependsOn?: string[];
  /** Bind function prototypes (config "functions"). */
  functions?: boolean;
}

export interface ReleaseInfo {
  version: string;
  license?: string;
  private: boolean;
}

/** The support package every generated module imports, and the range of it this generator's output needs. */
export const SUPPORT_PACKAGE = '@tsbindgen/abi';

export function defaultTarget(targets: readonly TargetName[]): TargetName {
  return targets.includes('x86_64') ? 'x86_64' : targets[0]!;
}

function fieldsLiteral(fields: FieldLayout[]): string {
  const items = fields.map((f) => {
    const bits = f.bitOffset !== undefined ? `, bitOffset: ${f.bitOffset}, bitWidth: ${f.bitWidth}` : '';
    return `{ path: '${f.path}', offset: ${f.offset}, size: ${f.size}${bits} }`;
  });
  return `[${items.join(', ')}]`;
}

function layoutCheck(input: PackagePlanInput, t: TargetInput): LayoutCheckView {
  const records = t.ir.decls
    .filter((d) => d.kind === 'record' && d.complete && input.ownerOf(d) === input.subsystem)
    .flatMap((d) => {
      const l = t.layout.records.get(d.id);
      return l ? [{ id: d.id, name: declTsName(d.id), size: l.size, align: l.align, fields: fieldsLiteral(l.fields) }] : [];
    });
  return { target: t.target.name, records };
}

/** JSON lines of an object body, each but the last with its comma. */
function jsonLines(entries: [string, string][]): string[] {
  return entries.map(([k, v], i) => `${JSON.stringify(k)}: ${v}${i < entries.length - 1 ? ',' : ''}`);
}

/** Each module as the .d.ts / .js pair the compile stage writes beside it; tsc, Node and bundlers each find theirs. */
function moduleExport(stem: string): string {
  return `{ "types": "./${stem}.d.ts", "import": "./${stem}.js", "default": "./${stem}.js" }`;
}

export function planPackage(input: PackagePlanInput, sink: DiagnosticSink): PackageView {
  const names = input.targets.map((t) => t.target.name);
  const main = defaultTarget(names);
  const packageName = input.packageOf(input.subsystem);
  const release = input.release ?? { version: '0.0.0', private: false };
  const exports: [string, string][] = [
    ['.', moduleExport(main)],
    ...names.map((n): [string, string] => [`./${n}`, moduleExport(n)]),
    ['./layout-checks', moduleExport('layout-checks')],
    ['./package.json', '"./package.json"'],
  ];
  const deps: [string, string][] = [
    [SUPPORT_PACKAGE, JSON.stringify(`^${SUPPORT_VERSION}`)],
    ...(input.dependsOn ?? []).map((s): [string, string] => [input.packageOf(s), JSON.stringify(release.version)]),
  ];
  return {
    subsystem: input.subsystem,
    packageName,
    description: JSON.stringify(input.description),
    version: JSON.stringify(release.version),
    license: release.license === undefined ? null : JSON.stringify(release.license),
    private: release.private,
    exports: jsonLines(exports),
    dependencies: jsonLines(deps.sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    types: JSON.stringify(`./${main}.d.ts`),
    banner: bannerText(input.headers, null),
    modules: input.targets.map((t) =>
      planModule(
        {
          subsystem: input.subsystem,
          target: t.target,
          ir: t.ir,
          layout: t.layout,
          ownerOf: input.ownerOf,
          isGenerated: input.isGenerated,
          packageOf: input.packageOf,
          headers: input.headers,
          displayHeader: input.displayHeader,
          functions: input.functions,
        },
        sink,
      ),
    ),
    layoutChecks: input.targets.map((t) => layoutCheck(input, t)),
  };
}
