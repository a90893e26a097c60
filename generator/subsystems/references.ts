// What each declaration needs from other declarations, for the subsystem dependency check. Only references the
// generated code turns into imports (or that C needs the full type for) count: a pointer field is an integer in the
// views, so `struct dma_buf *` in drm_gem_object does not tie drm-gem to drm-prime.
//
// The checks over these references live in graph.ts.

import type { CType, Decl, IrModule } from '../ir/types.ts';

function typeRefs(ir: IrModule, t: CType, out: Set<string>, throughPointers: boolean): void {
  switch (t.kind) {
    case 'named': {
      out.add(t.name);
      const d = ir.byId.get(t.name);
      // A typedef of a record used by value also needs the record's view.
      if (d && d.kind === 'typedef' && !out.has(`typedef-seen:${t.name}`)) {
        out.add(`typedef-seen:${t.name}`);
        typeRefs(ir, d.type, out, throughPointers);
      }
      return;
    }
    case 'record':
    case 'enum':
      out.add(t.id);
      return;
    case 'array':
      typeRefs(ir, t.element, out, throughPointers);
      return;
    case 'pointer':
      if (throughPointers) typeRefs(ir, t.pointee, out, false);
      return;
    case 'function':
      return;
    default:
      return;
  }
}

/** Ids of the declarations `decl` needs. */
export function declRefs(ir: IrModule, decl: Decl): string[] {
  const out = new Set<string>();
  switch (decl.kind) {
    case 'record':
      for (const f of decl.fields) typeRefs(ir, f.type, out, false);
      break;
    case 'typedef':
      typeRefs(ir, decl.type, out, false);
      break;
    case 'function':
      // Only static inline functions are generated (as helper signatures, which import record views).
      if (decl.isStatic && decl.isInline) {
        typeRefs(ir, decl.ret, out, true);
        for (const p of decl.params) typeRefs(ir, p.type, out, true);
      }
      break;
    case 'constant':
      if (decl.ioctl?.argType) typeRefs(ir, decl.ioctl.argType, out, false);
      break;
    case 'enum':
    case 'literal':
      break;
  }
  return [...out].filter((id) => !id.startsWith('typedef-seen:') && id !== decl.id);
}
