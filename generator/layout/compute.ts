// Layout of an IrModule for one target: a lazy, memoized query (usable while the IR is still being lowered)
// and the full table of every complete record.
//
// Diagnostic codes:
//   incomplete-type      error   a type without a size used by value (opaque record, void, unknown typedef,
//                                function, a record containing itself)
//   unsupported-type     error   a type the target lacks (__int128 on i386/armhf)
//   array-element-alignment error an array of a type whose alignment exceeds its size (gcc rejects it)
//   bitfield-type        error   a bitfield whose type is not an integer, enum or _Bool
//   bitfield-width       error   a bitfield wider than its type (or a named zero-width bitfield)
//   bad-alignment        error   an aligned(N) attribute whose N is not a power of two
//   flexible-array-position error a flexible array member that is not last, is in a union, or is
//                                the only named member (gcc rejects all three)
//   object-too-large     error   an array or record larger than the target's maximum object size (gcc's verdict)
//   size-not-exact       error   a size above 2^50 bytes, which tsbindgen refuses rather than round (limits.ts)
//   member-dropped       error   a record with a member declaration lowering had to drop (unknown type, …)
//   no-layout            note    a record left without layout because of one of the errors above
//   unknown-member       error   offsetof names no member of the record
//   offsetof-bitfield    error   offsetof of a bitfield

import type { DiagnosticSink, Severity, SourceLoc } from '../diagnostics.ts';
import type { AlignAttr, CType, Field, IrModule, RecordDecl, TypedefDecl } from '../ir/types.ts';
import { resolveTypedefs } from '../ir/resolve.ts';
import { flattenRecord } from './flatten.ts';
import { placeRecord, type PlacedRecord } from './records.ts';
import { isPowerOfTwo } from './scalars.ts';
import type { TargetInfo } from './targets.ts';
import { describeType, typeLayout, type TypeLayout, type TypeResult } from './type-layout.ts';
import { MAX_EXACT_BYTES, maxObjectSize, notExactMessage, tooLargeMessage } from './limits.ts';
import type { LayoutQuery, LayoutTable, RecordLayout } from './types.ts';

interface CachedRecord {
  decl: RecordDecl;
  fieldCount: number;
  placed: PlacedRecord | undefined;
  layout?: RecordLayout;
}

class LayoutEngine implements LayoutQuery {
  private readonly cache = new Map<string, CachedRecord>();
  private readonly inProgress = new Set<string>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly ir: IrModule,
    private readonly target: TargetInfo,
    private readonly sink: DiagnosticSink,
  ) {}

  /** Each problem is reported once, however many questions run into it. */
  private report(severity: Severity, code: string, message: string, loc: SourceLoc | undefined): void {
    const key = `${severity}|${code}|${loc ? `${loc.file}:${loc.line}:${loc.column}` : ''}|${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.sink.report({ severity, code, message, loc });
  }

  /** `member`: the type of a record member, which may be larger than MAX_EXACT_BYTES (its record decides). */
  private resolve(type: CType, loc: SourceLoc | undefined, member = false): TypeLayout | undefined {
    const r = typeLayout(type, { ir: this.ir, target: this.target, record: (id) => this.recordType(id) }, loc);
    if (!r.ok) {
      if (!r.reported) this.report('error', r.problem.code, r.problem.message, loc);
      return undefined;
    }
    if (r.layout.hugeSize !== undefined && !member) {
      this.report('error', 'size-not-exact', notExactMessage(describeType(type), r.layout.hugeSize), loc);
      return undefined;
    }
    return r.layout;
  }

  private recordType(id: string): TypeResult {
    const decl = this.ir.byId.get(id);
    if (!decl || decl.kind !== 'record' || !decl.complete) {
      return { ok: false, problem: { code: 'incomplete-type', message: `${id} is incomplete (declared but never defined)` } };
    }
    if (this.inProgress.has(id)) {
      return { ok: false, problem: { code: 'incomplete-type', message: `${id} contains itself by value` } };
    }
    const placed = this.placed(decl);
    if (!placed) return { ok: false, problem: { code: 'incomplete-type', message: `${id} has no layout` }, reported: true };
    return { ok: true, layout: { size: placed.size, align: placed.align, userAlign: placed.userAlign, integral: false } };
  }

  private cached(decl: RecordDecl): CachedRecord | undefined {
    const hit = this.cache.get(decl.id);
    // Lowering may replace or complete a record after a question about it: only a matching entry counts.
    return hit && hit.decl === decl && hit.fieldCount === decl.fields.length ? hit : undefined;
  }

  private placed(decl: RecordDecl): PlacedRecord | undefined {
    const hit = this.cached(decl);
    if (hit) return hit.placed;
    this.inProgress.add(decl.id);
    const types = decl.fields.map((f) => this.fieldType(f, decl));
    this.inProgress.delete(decl.id);
    const alignOk = this.checkAlign(decl.aligned, decl.loc);
    const flexibleOk = this.checkFlexibleArrays(decl);
    const membersOk = this.checkNothingDropped(decl);
    let placed: PlacedRecord | undefined;
    if (alignOk && flexibleOk && membersOk && types.every((t): t is TypeLayout => t !== undefined)) {
      placed = this.checkSize(decl, types, placeRecord(decl, types, this.target));
    } else {
      this.report('note', 'no-layout', `${decl.id} has no layout on ${this.target.name} because of the error above`, decl.loc);
    }
    this.cache.set(decl.id, { decl, fieldCount: decl.fields.length, placed });
    return placed;
  }

  private checkAlign(attr: AlignAttr | undefined, loc: SourceLoc): boolean {
    if (attr === undefined || attr === 'max' || isPowerOfTwo(attr)) return true;
    this.report('error', 'bad-alignment', `requested alignment ${attr} is not a power of two`, loc);
    return false;
  }

  /** gcc: `_Alignas` may not lower a member's alignment below its type's, and a bitfield may not have one. */
  private checkAlignas(field: Field, type: TypeLayout): boolean {
    if (field.alignas === undefined) return true;
    const name = field.name ?? '(unnamed)';
    if (field.bitWidth !== undefined) {
      this.report('error', 'bad-alignment', `_Alignas on bitfield "${name}": C does not allow it`, field.loc);
      return false;
    }
    if (field.alignas >= type.align) return true;
    this.report('error', 'bad-alignment', `_Alignas(${field.alignas}) cannot lower the alignment of "${name}" (its type needs ${type.align} on ${this.target.name})`, field.loc);
    return false;
  }

  /**
   * gcc's "type is too large" past the maximum object size, and tsbindgen's refusal past MAX_EXACT_BYTES,
   * where `placed` (doubles) may be rounded: the verdict then rests on an exact lower bound of the size.
   */
  private checkSize(decl: RecordDecl, types: TypeLayout[], placed: PlacedRecord): PlacedRecord | undefined {
    const huge = types.some((t) => t.hugeSize !== undefined);
    if (!huge && placed.size <= MAX_EXACT_BYTES && BigInt(placed.size) <= maxObjectSize(this.target)) return placed;
    const sizes = types.map((t, i) => (decl.fields[i]!.bitWidth !== undefined ? 0n : (t.hugeSize ?? BigInt(t.size))));
    const bound = decl.tag === 'union' ? sizes.reduce((a, b) => (a > b ? a : b), 0n) : sizes.reduce((a, b) => a + b, 0n);
    const exact = !huge && placed.size <= Number.MAX_SAFE_INTEGER ? BigInt(placed.size) : bound;
    if (exact > maxObjectSize(this.target)) this.report('error', 'object-too-large', tooLargeMessage(`type ${decl.id}`, exact, this.target), decl.loc);
    else this.report('error', 'size-not-exact', notExactMessage(decl.id, exact), decl.loc);
    return undefined;
  }

  /** A record missing a member that lowering could not read would come out with a wrong size: it gets none. */
  private checkNothingDropped(decl: RecordDecl): boolean {
    for (const m of decl.dropped ?? []) {
      this.report('error', 'member-dropped', `${decl.id} cannot be laid out: its member "${m.text}" could not be read (see the error above)`, m.loc);
    }
    return decl.dropped === undefined;
  }

  /** gcc's three rules for `T name[]`: last member, of a struct, with another named member before it. */
  private checkFlexibleArrays(decl: RecordDecl): boolean {
    let ok = true;
    decl.fields.forEach((field, i) => {
      const type = resolveTypedefs(field.type, this.ir);
      if (type.kind !== 'array' || type.length !== null) return;
      const name = field.name ?? '(unnamed)';
      let problem: string | undefined;
      if (decl.tag === 'union') problem = `flexible array member "${name}" in ${decl.id}: a union cannot have one`;
      else if (i !== decl.fields.length - 1) problem = `flexible array member "${name}" is not the last member of ${decl.id}`;
      else if (!this.hasNamedMember(decl.fields.slice(0, i))) {
        problem = `flexible array member "${name}" is the only named member of ${decl.id}`;
      }
      if (problem === undefined) return;
      this.report('error', 'flexible-array-position', problem, field.loc);
      ok = false;
    });
    return ok;
  }

  /** Members of an anonymous struct/union count as named members of the record around it, as in C. */
  private hasNamedMember(fields: readonly Field[]): boolean {
    return fields.some((f) => {
      if (f.name !== null) return true;
      if (f.bitWidth !== undefined) return false;
      const type = resolveTypedefs(f.type, this.ir);
      const inner = type.kind === 'record' ? this.ir.byId.get(type.id) : undefined;
      return inner?.kind === 'record' && this.hasNamedMember(inner.fields);
    });
  }

  private fieldType(field: Field, decl: RecordDecl): TypeLayout | undefined {
    const type = this.resolve(field.type, field.loc, true);
    if (!type || !this.checkAlign(field.aligned, field.loc) || !this.checkAlignas(field, type)) return undefined;
    if (field.bitWidth === undefined) return type;
    const what = field.name !== null ? `bitfield "${field.name}"` : `an unnamed bitfield of ${decl.id}`;
    if (!type.integral) {
      this.report('error', 'bitfield-type', `${what} must have an integer, enum or _Bool type`, field.loc);
      return undefined;
    }
    const max = field.type.kind === 'int' && field.type.int === 'bool' ? 1 : type.size * 8;
    if (field.bitWidth < 0 || field.bitWidth > max || (field.bitWidth === 0 && field.name !== null)) {
      this.report('error', 'bitfield-width', `${what} has width ${field.bitWidth}; its type allows 1 to ${max}`, field.loc);
      return undefined;
    }
    return type;
  }

  /** gcc rejects a typedef of an array past the maximum object size even when nothing uses it. */
  checkObjectSize(decl: TypedefDecl): void {
    if (resolveTypedefs(decl.type, this.ir).kind !== 'array') return;
    const r = typeLayout(decl.type, { ir: this.ir, target: this.target, record: (id) => this.recordType(id) }, decl.loc);
    if (!r.ok && r.problem.code === 'object-too-large') this.report('error', r.problem.code, r.problem.message, decl.loc);
  }

  private placedById = (id: string): PlacedRecord | undefined => {
    const decl = this.ir.byId.get(id);
    return decl?.kind === 'record' && decl.complete ? this.placed(decl) : undefined;
  };

  sizeOf(type: CType, loc?: SourceLoc): number | undefined {
    return this.resolve(type, loc)?.size;
  }

  alignOf(type: CType, loc?: SourceLoc): number | undefined {
    return this.resolve(type, loc)?.align;
  }

  record(id: string): RecordLayout | undefined {
    const decl = this.ir.byId.get(id);
    if (decl?.kind !== 'record' || !decl.complete) return undefined;
    const placed = this.placed(decl);
    if (!placed) return undefined;
    const entry = this.cached(decl)!;
    entry.layout ??= {
      id,
      kind: decl.tag,
      size: placed.size,
      align: placed.align,
      fields: flattenRecord(placed, this.ir, this.placedById),
    };
    return entry.layout;
  }

  offsetOf(recordId: string, path: string, loc?: SourceLoc): number | undefined {
    const layout = this.record(recordId);
    if (!layout) {
      const decl = this.ir.byId.get(recordId);
      if (decl?.kind !== 'record' || !decl.complete) {
        this.report('error', 'incomplete-type', `offsetof on ${recordId}, which is incomplete`, loc);
      }
      return undefined;
    }
    const field = layout.fields.find((f) => f.path === path);
    if (!field) {
      this.report('error', 'unknown-member', `${recordId} has no member "${path}"`, loc);
      return undefined;
    }
    if (field.bitWidth !== undefined) {
      this.report('error', 'offsetof-bitfield', `offsetof of bitfield "${path}" in ${recordId}`, loc);
      return undefined;
    }
    return field.offset;
  }
}

/** One engine per (sink, IR, target): the query handed to lowering and computeLayout share what they reported. */
const engines = new WeakMap<DiagnosticSink, WeakMap<IrModule, Map<TargetInfo, LayoutEngine>>>();

function engineFor(ir: IrModule, target: TargetInfo, sink: DiagnosticSink): LayoutEngine {
  let byIr = engines.get(sink);
  if (!byIr) engines.set(sink, (byIr = new WeakMap()));
  let byTarget = byIr.get(ir);
  if (!byTarget) byIr.set(ir, (byTarget = new Map()));
  let engine = byTarget.get(target);
  if (!engine) byTarget.set(target, (engine = new LayoutEngine(ir, target, sink)));
  return engine;
}

export function createLayoutQuery(ir: IrModule, target: TargetInfo, sink: DiagnosticSink): LayoutQuery {
  return engineFor(ir, target, sink);
}

/** Every complete record, named and anonymous, in declaration order. */
export function computeLayout(ir: IrModule, target: TargetInfo, sink: DiagnosticSink): LayoutTable {
  const engine = engineFor(ir, target, sink);
  const records = new Map<string, RecordLayout>();
  for (const decl of ir.decls) {
    if (decl.kind === 'typedef') engine.checkObjectSize(decl);
    if (decl.kind !== 'record' || !decl.complete) continue;
    const layout = engine.record(decl.id);
    if (layout) records.set(decl.id, layout);
  }
  return { target: target.name, records };
}
