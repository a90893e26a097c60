// The subsystem dependency graph: declared edges must be acyclic, and every reference across subsystems must follow
// a declared edge and must not land in a gated-off subsystem.
//
// Diagnostic codes: subsystem-cycle, subsystem-undeclared-edge, gate-off-dependency.

import type { DiagnosticSink } from '../diagnostics.ts';
import type { Decl, IrModule } from '../ir/types.ts';
import type { ProjectConfig } from './manifest.ts';
import { declRefs } from './references.ts';

/** Reports each cycle of dependsOn once, as `a → b → a`. */
export function checkDeclaredCycles(config: ProjectConfig, sink: DiagnosticSink): void {
  const deps = new Map(config.subsystems.map((s) => [s.name, s.dependsOn]));
  const index = new Map(config.subsystems.map((s, i) => [s.name, i]));
  const state = new Map<string, 'active' | 'done'>();
  const reported = new Set<string>();
  const stack: string[] = [];
  const visit = (n: string): void => {
    state.set(n, 'active');
    stack.push(n);
    for (const d of deps.get(n) ?? []) {
      if (!deps.has(d)) continue;
      if (state.get(d) === 'active') {
        const cycle = [...stack.slice(stack.indexOf(d)), d];
        const key = [...cycle.slice(0, -1)].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          const from = cycle[cycle.length - 2]!;
          const at = config.subsystems[index.get(from)!]!.dependsOn.indexOf(d);
          sink.error('subsystem-cycle', `subsystem dependencies form a cycle: ${cycle.join(' → ')}`, config.locOf(`/subsystems/${index.get(from)}/dependsOn/${at}`));
        }
      } else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const s of config.subsystems) if (!state.has(s.name)) visit(s.name);
}

export interface ReferenceCheckInput {
  config: ProjectConfig;
  ir: IrModule;
  ownerOf(decl: Decl): string | undefined;
  /** Subsystem → the gates that are off (empty when generated). */
  gatesOffOf(subsystem: string): string[];
  /** Messages already reported (the check runs once per target; the same problem is reported once). */
  seen: Set<string>;
}

function describe(d: Decl): string {
  return d.kind === 'constant' || d.kind === 'literal' ? `macro ${d.name}` : d.kind === 'function' ? `function ${d.name}()` : d.kind === 'typedef' ? `typedef ${d.name}` : d.id;
}

export function checkReferences(input: ReferenceCheckInput, sink: DiagnosticSink): void {
  const { config, ir } = input;
  const specs = new Map(config.subsystems.map((s) => [s.name, s]));
  const once = (key: string, report: () => void): void => {
    if (input.seen.has(key)) return;
    input.seen.add(key);
    report();
  };
  for (const decl of ir.decls) {
    const from = input.ownerOf(decl);
    if (from === undefined || input.gatesOffOf(from).length > 0) continue;
    for (const id of declRefs(ir, decl)) {
      const target = ir.byId.get(id);
      if (!target) continue;
      const to = input.ownerOf(target);
      if (to === undefined || to === from) continue;
      const off = input.gatesOffOf(to);
      if (off.length > 0) {
        once(`gate:${decl.id}:${id}`, () =>
          sink.error(
            'gate-off-dependency',
            `${describe(decl)} in subsystem ${from} needs ${describe(target)} from subsystem ${to}, which is gated off by ${off.join(', ')} in the .config`,
            decl.loc,
          ),
        );
        continue;
      }
      if (!specs.get(from)!.dependsOn.includes(to)) {
        once(`edge:${from}:${to}:${decl.id}`, () =>
          sink.error(
            'subsystem-undeclared-edge',
            `${describe(decl)} in subsystem ${from} uses ${describe(target)} from subsystem ${to}, but ${from} → ${to} is not a declared dependency: add "${to}" to its "dependsOn" in ${config.file}`,
            decl.loc,
          ),
        );
      }
    }
  }
}
