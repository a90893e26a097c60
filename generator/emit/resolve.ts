// Looking through typedefs: accessors care about what a type is, not what it is called.

import type { CType, EnumDecl, IrModule, RecordDecl } from '../ir/types.ts';

/** The type with every typedef name replaced by what it names; undefined for an unknown typedef. */
export function resolveType(ir: IrModule, type: CType): CType | undefined {
  let t = type;
  for (let depth = 0; t.kind === 'named'; depth++) {
    const d = ir.byId.get(t.name);
    if (!d || d.kind !== 'typedef' || depth > 64) return undefined;
    t = d.type;
  }
  return t;
}

export function recordDecl(ir: IrModule, id: string): RecordDecl | undefined {
  const d = ir.byId.get(id);
  return d && d.kind === 'record' ? d : undefined;
}

export function enumDecl(ir: IrModule, id: string): EnumDecl | undefined {
  const d = ir.byId.get(id);
  return d && d.kind === 'enum' ? d : undefined;
}
