// One subsystem's package: a module per target, package.json exports, and the layout self-check data.

import type { DiagnosticSink } from '../diagnostics.ts';
import type { Decl, IrModule } from '../ir/types.ts';
import type { TargetInfo, TargetName } from '../layout/targets.ts';
import type { LayoutTable, FieldLayout } from '../layout/types.ts';
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
}

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

export function planPackage(input: PackagePlanInput, sink: DiagnosticSink): PackageView {
  const names = input.targets.map((t) => t.target.name);
  const main = defaultTarget(names);
  const packageName = input.packageOf(input.subsystem);
  const exports = [`".": "./${main}.ts"`, ...names.map((n) => `"./${n}": "./${n}.ts"`), `"./layout-checks": "./layout-checks.ts"`];
  return {
    subsystem: input.subsystem,
    packageName,
    description: input.description.replace(/["\\]/g, (c) => `\\${c}`),
    exports: exports.map((e, i) => (i < exports.length - 1 ? `${e},` : e)),
    types: `./${main}.ts`,
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
        },
        sink,
      ),
    ),
    layoutChecks: input.targets.map((t) => layoutCheck(input, t)),
  };
}
