// The select stage: an IrModule and its layout → the allowlisted closure. Roots are the declarations the allowlist
// names; the closure adds everything they need by value (field types, typedef targets, by-value parameters, ioctl
// argument types). What a static inline helper takes only by pointer comes along as opaque (size and align only),
// when it was laid out. Errors in declarations outside the closure do not fail the run: they become one note with
// a count. An allowed declaration that needs something blocked, undeclared or failed is an error.
//
// Diagnostic codes: select-invalid-pattern, select-pattern-unmatched (warning), select-vars-unbound (note),
// select-needs-blocked, select-needs-missing, select-needs-failed, select-outside-closure (note).

import type { Diagnostic, DiagnosticSink, SourceLoc } from '../diagnostics.ts';
import type { CType, Decl, IrModule, RecordDecl } from '../ir/types.ts';
import type { LayoutTable } from '../layout/types.ts';
import type { ExtentIndex } from './extents.ts';
import { headerMatcher, nameMatcher, patternProblem, SELECT_KEYS, type SelectSpec } from './spec.ts';

export interface SelectInput {
  ir: IrModule;
  layout: LayoutTable;
  spec: SelectSpec;
  /** Top-level extents of the translation unit; without them every error counts as inside the closure. */
  extents?: ExtentIndex;
  /** `file:line` of each macro definition → its name, to attribute constant-evaluation errors. */
  macroAt?: Map<string, string>;
  /** Where the allowlist came from, for its own diagnostics. */
  loc?: SourceLoc;
}

export interface Selection {
  ir: IrModule;
  layout: LayoutTable;
  /** Ids generated in full. */
  closure: Set<string>;
  /** Ids generated with size and align only. */
  opaque: Set<string>;
}

function namesOf(d: Decl): string[] {
  if ((d.kind === 'record' || d.kind === 'enum') && d.name) return [d.id, d.name];
  return [d.id];
}

const isAnonymous = (d: Decl): boolean => (d.kind === 'record' || d.kind === 'enum') && d.id.includes('::');

export function selectClosure(input: SelectInput, inner: readonly Diagnostic[], sink: DiagnosticSink): Selection {
  const { ir, layout, spec } = input;
  for (const k of SELECT_KEYS) {
    for (const p of spec[k]) {
      const problem = k === 'headers' ? undefined : patternProblem(p);
      if (problem) sink.error('select-invalid-pattern', `allowlist "${k}": ${problem}`, input.loc);
    }
  }
  if (spec.vars.length > 0) {
    sink.report({ severity: 'note', code: 'select-vars-unbound', message: `allowlist "vars" matches nothing: variables are not bound (only types, constants and functions are)`, loc: input.loc });
  }
  const m = {
    types: nameMatcher(spec.types),
    functions: nameMatcher(spec.functions),
    macros: nameMatcher(spec.macros),
    block: nameMatcher(spec.block),
    opaque: nameMatcher(spec.opaque),
  };
  const header = headerMatcher(spec.headers);
  const used = { types: new Set<number>(), functions: new Set<number>(), macros: new Set<number>(), headers: new Set<number>() };
  const blocked = (d: Decl) => m.block.match(namesOf(d)) >= 0;

  const closure = new Set<string>();
  const opaque = new Set<string>();
  const pointerOnly = new Map<string, Decl>();
  const failedNeeded = new Set<string>();
  const work: Decl[] = [];
  const add = (d: Decl) => {
    if (closure.has(d.id)) return;
    closure.add(d.id);
    if (d.kind === 'record' && m.opaque.match(namesOf(d)) >= 0) opaque.add(d.id);
    work.push(d);
  };

  for (const d of ir.decls) {
    if (blocked(d) || isAnonymous(d)) continue;
    const list = d.kind === 'function' ? 'functions' : d.kind === 'constant' || d.kind === 'literal' ? 'macros' : 'types';
    const byName = m[list].match(namesOf(d));
    const byHeader = header(d.header);
    if (byName >= 0) used[list].add(byName);
    if (byHeader >= 0) used.headers.add(byHeader);
    if (byName >= 0 || byHeader >= 0) add(d);
  }

  const needs = (from: Decl, id: string): void => {
    const d = ir.byId.get(id);
    const what = from.kind === 'function' ? `${from.name}()` : from.id;
    if (!d) return sink.error('select-needs-missing', `${what} needs "${id}", which is not declared (or its declaration failed)`, from.loc);
    if (blocked(d)) return sink.error('select-needs-blocked', `${what} needs ${id} by value, but the allowlist blocks it`, from.loc);
    if (d.kind === 'record' && (!d.complete || !layout.records.has(d.id))) {
      // Its own errors explain the failure: they stay errors.
      failedNeeded.add(d.id);
      return sink.error('select-needs-failed', `${what} needs ${id} by value, which ${d.complete ? 'has no layout (an error above)' : 'is never completed'}`, from.loc);
    }
    add(d);
  };
  const visit = (from: Decl, t: CType, byPointer: boolean): void => {
    switch (t.kind) {
      case 'named':
      case 'record':
      case 'enum': {
        const id = t.kind === 'named' ? t.name : t.id;
        if (!byPointer) return needs(from, id);
        const d = ir.byId.get(id);
        if (d && !closure.has(id)) pointerOnly.set(id, d);
        return;
      }
      case 'array':
        return visit(from, t.element, byPointer);
      case 'pointer':
        return from.kind === 'function' ? visit(from, t.pointee, true) : undefined;
      default:
        return;
    }
  };
  while (work.length > 0) {
    const d = work.pop()!;
    if (opaque.has(d.id)) continue;
    if (d.kind === 'record') for (const f of d.fields) visit(d, f.type, false);
    else if (d.kind === 'typedef') visit(d, d.type, false);
    else if (d.kind === 'function') {
      visit(d, d.ret, false);
      for (const p of d.params) visit(d, p.type, false);
    } else if (d.kind === 'constant' && d.ioctl?.argType) visit(d, d.ioctl.argType, false);
  }

  const fatalExtents = extentSet(input.extents, ir, new Set([...closure, ...failedNeeded]));
  reportUnused(spec, used, input, inner, fatalExtents, sink);
  for (const [id, d] of pointerOnly) {
    if (closure.has(id) || blocked(d)) continue;
    const target = d.kind === 'typedef' ? undefined : d;
    if (target?.kind !== 'record' || !target.complete || !layout.records.has(id)) continue;
    // Optional: dropped rather than failing the run when an error lies inside it.
    if (input.extents && input.extents.at(d.loc).some((x) => inner.some((e) => e.severity === 'error' && e.loc && input.extents!.at(e.loc).includes(x)))) continue;
    closure.add(id);
    opaque.add(id);
  }
  forwardDiagnostics(inner, input, closure, fatalExtents, sink);
  return build(ir, layout, closure, opaque);
}

function extentSet(extents: ExtentIndex | undefined, ir: IrModule, closure: Set<string>): Set<number> {
  const out = new Set<number>();
  if (!extents) return out;
  for (const id of closure) {
    const d = ir.byId.get(id);
    if (d) for (const x of extents.at(d.loc)) out.add(x);
  }
  return out;
}

/**
 * An entry that matches nothing is a warning, unless it names a declaration that failed: then the allowed
 * declaration itself is missing, an error, and the errors inside it stay errors.
 */
function reportUnused(
  spec: SelectSpec,
  used: Record<'types' | 'functions' | 'macros' | 'headers', Set<number>>,
  input: SelectInput,
  inner: readonly Diagnostic[],
  fatal: Set<number>,
  sink: DiagnosticSink,
): void {
  for (const k of ['types', 'functions', 'macros', 'headers'] as const) {
    spec[k].forEach((p, i) => {
      if (used[k].has(i)) return;
      const failed = k === 'headers' || k === 'macros' ? undefined : failedDeclarationOf(p, input, inner);
      if (failed === undefined) {
        sink.warning('select-pattern-unmatched', `allowlist "${k}" entry "${p}" matches no declaration`, input.loc);
        return;
      }
      fatal.add(failed.index);
      sink.error('select-allowed-failed', `allowlist "${k}" entry "${p}" names a declaration that failed (see the error at ${failed.at.file}:${failed.at.line})`, input.loc);
    });
  }
}

function failedDeclarationOf(pattern: string, input: SelectInput, inner: readonly Diagnostic[]): { index: number; at: SourceLoc } | undefined {
  if (!input.extents || pattern.startsWith('/')) return undefined;
  const word = new RegExp(`(^|[^\\w])${pattern.replace(/^(struct|union|enum) /, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`);
  for (const e of inner) {
    if (e.severity !== 'error' || !e.loc) continue;
    for (const index of input.extents.at(e.loc)) if (word.test(input.extents.text(index))) return { index, at: e.loc };
  }
  return undefined;
}

/** Errors and warnings of the closure pass through; the rest is summed up in one note. */
function forwardDiagnostics(inner: readonly Diagnostic[], input: SelectInput, closure: Set<string>, fatal: Set<number>, sink: DiagnosticSink): void {
  const count = { error: 0, warning: 0, note: 0 };
  for (const d of inner) {
    // A false static assertion says some layout is wrong: it always counts.
    if (!d.loc || !input.extents || d.code === 'static-assert-failed' || insideClosure(d.loc, input, closure, fatal)) {
      sink.report(d);
      continue;
    }
    count[d.severity]++;
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (count.error + count.warning + count.note > 0) {
    sink.report({
      severity: 'note',
      code: 'select-outside-closure',
      message: `${plural(count.error, 'error')}, ${plural(count.warning, 'warning')} and ${plural(count.note, 'note')} in declarations outside the allowlisted closure did not affect the output`,
      loc: input.loc,
    });
  }
}

function insideClosure(loc: SourceLoc, input: SelectInput, closure: Set<string>, fatal: Set<number>): boolean {
  const macro = input.macroAt?.get(`${loc.file}:${loc.line}`);
  if (macro !== undefined) return closure.has(macro);
  // Preprocessor errors never reach this stage; a position in no top-level declaration here is a file-scope
  // static assertion that could not be evaluated, which no generated layout depends on.
  return input.extents!.at(loc).some((x) => fatal.has(x));
}

function build(ir: IrModule, layout: LayoutTable, closure: Set<string>, opaque: Set<string>): Selection {
  const decls: Decl[] = [];
  const byId = new Map<string, Decl>();
  const records = new Map<string, import('../layout/types.ts').RecordLayout>();
  const keep = (d: Decl): boolean => {
    if (closure.has(d.id)) return true;
    // Anonymous members of a record generated in full come with it.
    let p = d.kind === 'record' ? d.parent : undefined;
    while (p !== undefined) {
      if (closure.has(p)) return !opaque.has(p);
      const parent = ir.byId.get(p);
      p = parent?.kind === 'record' ? parent.parent : undefined;
    }
    return false;
  };
  for (const d of ir.decls) {
    if (!keep(d)) continue;
    const out: Decl = opaque.has(d.id) ? ({ ...(d as RecordDecl), fields: [] } as RecordDecl) : d;
    decls.push(out);
    byId.set(d.id, out);
    const l = layout.records.get(d.id);
    if (l) records.set(d.id, opaque.has(d.id) ? { ...l, fields: [] } : l);
  }
  return { ir: { ...ir, decls, byId }, layout: { target: layout.target, records }, closure, opaque };
}
