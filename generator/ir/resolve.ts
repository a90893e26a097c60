// Looking through typedefs: what layout and emit ask of a CType once the IR is built (or while it is being built).

import type { CType, EnumDecl, IntKind, IrModule, Qualifiers, RecordDecl } from './types.ts';

/** Follow typedef names to the type they stand for; qualifiers met on the way are kept. Unknown names stay 'named'. */
export function resolveTypedefs(type: CType, ir: IrModule): CType {
  let cur = type;
  const quals: Qualifiers = {};
  const seen = new Set<string>();
  while (cur.kind === 'named') {
    if (cur.const) quals.const = true;
    if (cur.volatile) quals.volatile = true;
    const decl = ir.byId.get(cur.name);
    if (decl?.kind !== 'typedef' || seen.has(cur.name)) return cur;
    seen.add(cur.name);
    cur = decl.type;
  }
  if (cur.kind === 'function' || (!quals.const && !quals.volatile)) return cur;
  return { ...cur, ...quals };
}

/** The record a type names (through typedefs), or undefined when it is not a struct/union. */
export function recordOf(type: CType, ir: IrModule): RecordDecl | undefined {
  const t = resolveTypedefs(type, ir);
  if (t.kind !== 'record') return undefined;
  const decl = ir.byId.get(t.id);
  return decl?.kind === 'record' ? decl : undefined;
}

export function enumOf(type: CType, ir: IrModule): EnumDecl | undefined {
  const t = resolveTypedefs(type, ir);
  if (t.kind !== 'enum') return undefined;
  const decl = ir.byId.get(t.id);
  return decl?.kind === 'enum' ? decl : undefined;
}

/** The integer kind a value of this type has (enums: their underlying type), or undefined for non-integers. */
export function integerKindOf(type: CType, ir: IrModule): IntKind | undefined {
  const t = resolveTypedefs(type, ir);
  if (t.kind === 'int') return t.int;
  if (t.kind === 'enum') return enumOf(t, ir)?.underlying;
  return undefined;
}

/** The chain of typedef names from `type` down to the first non-typedef (`__u32` → [`__u32`]; `size_t` → [`size_t`, `__kernel_size_t`]). */
export function typedefChain(type: CType, ir: IrModule): string[] {
  const names: string[] = [];
  let cur = type;
  while (cur.kind === 'named' && !names.includes(cur.name)) {
    names.push(cur.name);
    const decl = ir.byId.get(cur.name);
    if (decl?.kind !== 'typedef') break;
    cur = decl.type;
  }
  return names;
}

/** Whether a record/enum/typedef name used by this type is still incomplete (opaque). */
export function isIncomplete(type: CType, ir: IrModule): boolean {
  const t = resolveTypedefs(type, ir);
  if (t.kind === 'void') return true;
  if (t.kind === 'record' || t.kind === 'enum') {
    const d = ir.byId.get(t.id);
    return !d || (d.kind !== 'record' && d.kind !== 'enum') || !d.complete;
  }
  if (t.kind === 'array') return t.length === null || isIncomplete(t.element, ir);
  return t.kind === 'named';
}
