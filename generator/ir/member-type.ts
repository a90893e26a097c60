// The declared type of a member named by a dot path (`a.b`, through anonymous members as the layout's paths go),
// for offsetof designators with subscripts (`offsetof(struct s, node[1].x)`).

import type { CType, IrModule, RecordDecl } from './types.ts';
import { recordOf, resolveTypedefs } from './resolve.ts';

function find(record: RecordDecl, name: string, ir: IrModule, depth: number): CType | undefined {
  for (const f of record.fields) {
    if (f.name === name) return f.type;
    if (f.name === null && depth < 100) {
      const inner = recordOf(f.type, ir);
      const t = inner && find(inner, name, ir, depth + 1);
      if (t) return t;
    }
  }
  return undefined;
}

export function memberType(type: CType, path: string, ir: IrModule): CType | undefined {
  let t: CType | undefined = type;
  for (const name of path.split('.')) {
    const record: RecordDecl | undefined = t && recordOf(t, ir);
    t = record && find(record, name, ir, 0);
    if (!t) return undefined;
  }
  return resolveTypedefs(t, ir);
}
