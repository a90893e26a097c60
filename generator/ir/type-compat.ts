// GNU __builtin_types_compatible_p (what the kernel's __same_type is): two types are the same once typedef
// names are replaced by what they name and top-level qualifiers are dropped; parameter names never count.

import type { CType, IrModule } from './types.ts';

function canonical(type: CType, ir: IrModule, depth = 0): unknown {
  let t = type;
  for (let guard = 0; t.kind === 'named' && guard < 100; guard++) {
    const d = ir.byId.get(t.name);
    if (d?.kind !== 'typedef') break;
    t = d.type;
  }
  if (depth > 50) return t.kind;
  switch (t.kind) {
    case 'pointer':
      return ['*', qualifiers(t.pointee), canonical(t.pointee, ir, depth + 1)];
    case 'array':
      return ['[]', t.length, canonical(t.element, ir, depth + 1)];
    case 'function':
      return ['()', canonical(t.ret, ir, depth + 1), t.variadic, t.params.map((p) => canonical(p.type, ir, depth + 1))];
    case 'int':
      return ['int', t.int];
    case 'float':
      return ['float', t.float];
    case 'record':
    case 'enum':
      return [t.kind, t.id];
    case 'named':
      return ['named', t.name];
    case 'void':
      return ['void'];
  }
}

/** A pointee's qualifiers are part of the pointer type (`const char *` is not `char *`). */
function qualifiers(t: CType): string {
  return t.kind === 'function' ? '' : `${t.const ? 'c' : ''}${t.volatile ? 'v' : ''}`;
}

export function sameCanonicalType(a: CType, b: CType, ir: IrModule): boolean {
  return JSON.stringify(canonical(a, ir)) === JSON.stringify(canonical(b, ir));
}
