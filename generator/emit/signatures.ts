// `static inline` functions as methods of the subsystem's InlineHelpers interface: records travel as their views,
// every other pointer (function pointers included) as a target-sized integer the runtime interprets.

import type { CType, FunctionDecl, IrModule } from '../ir/types.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { paramName } from './names.ts';
import { resolveType } from './resolve.ts';
import { pointerScalar, scalarOf } from './scalars.ts';

export interface SignatureContext {
  ir: IrModule;
  target: TargetInfo;
  classFor(recordId: string): string | undefined;
}

function tsType(ctx: SignatureContext, type: CType): string {
  const t = resolveType(ctx.ir, type);
  const ptr = pointerScalar(ctx.target).ts;
  if (!t) return ptr;
  switch (t.kind) {
    case 'void':
      return 'void';
    case 'pointer': {
      const pointee = resolveType(ctx.ir, t.pointee);
      if (pointee && pointee.kind === 'record') return ctx.classFor(pointee.id) ?? ptr;
      return ptr;
    }
    case 'array':
    case 'function':
      return ptr;
    case 'record':
      return ctx.classFor(t.id) ?? 'Uint8Array';
    default: {
      const s = scalarOf(ctx.ir, t, ctx.target);
      return s ? s.ts : 'number';
    }
  }
}

export function helperSignature(ctx: SignatureContext, fn: FunctionDecl): string {
  const params = fn.params
    .filter((p) => !(p.name === null && resolveType(ctx.ir, p.type)?.kind === 'void'))
    .map((p, i) => `${paramName(p.name, i)}: ${tsType(ctx, p.type)}`);
  return `${fn.name}(${params.join(', ')}): ${tsType(ctx, fn.ret)};`;
}
