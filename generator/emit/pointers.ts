// How a pointer-typed member reads: `struct x *` as Ptr<x> (when x has a view), a function pointer as
// FnPtr<(…) => …> typed by its C signature, anything else (void *, char *, pointers to scalars) as the raw
// target-width address — C gives those no element type a view could follow.

import type { CType, IrModule } from '../ir/types.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { paramName } from './names.ts';
import { resolveType } from './resolve.ts';
import { pointerScalar, scalarOf } from './scalars.ts';

export interface PointerContext {
  ir: IrModule;
  target: TargetInfo;
  classFor(recordId: string): string | undefined;
  enumTypeFor(enumId: string): string | undefined;
}

export interface PointerMember {
  /** `Ptr` or `FnPtr`: the @tsbindgen/abi class the getter builds. */
  abi: 'Ptr' | 'FnPtr';
  /** The getter's type. */
  ts: string;
  /** The getter's expression, given the expression that reads the raw address. */
  wrap(raw: string): string;
}

/** The typed view of a pointer member, or undefined when it stays a raw address. */
export function pointerMember(ctx: PointerContext, type: CType & { kind: 'pointer' }): PointerMember | undefined {
  const pointee = resolveType(ctx.ir, type.pointee);
  const address = pointerScalar(ctx.target).ts;
  if (pointee?.kind === 'record') {
    const cls = ctx.classFor(pointee.id);
    if (!cls) return undefined;
    return { abi: 'Ptr', ts: `Ptr<${cls}, ${address}>`, wrap: (raw) => `new Ptr(${raw}, ${cls})` };
  }
  if (pointee?.kind === 'function') {
    const ts = `FnPtr<${functionType(ctx, pointee)}, ${address}>`;
    return { abi: 'FnPtr', ts, wrap: (raw) => `new ${ts}(${raw})` };
  }
  return undefined;
}

/** A C function type as a TypeScript one, with the parameter types a field of that C type would read as. */
function functionType(ctx: PointerContext, fn: CType & { kind: 'function' }): string {
  const params = fn.params.filter((p) => !(p.name === null && resolveType(ctx.ir, p.type)?.kind === 'void'));
  const args = params.map((p, i) => `${paramName(p.name, i)}: ${valueType(ctx, p.type)}`);
  if (fn.variadic) args.push('...rest: unknown[]');
  return `(${args.join(', ')}) => ${valueType(ctx, fn.ret)}`;
}

function valueType(ctx: PointerContext, type: CType): string {
  const t = resolveType(ctx.ir, type);
  const address = pointerScalar(ctx.target).ts;
  if (!t) return 'unknown';
  switch (t.kind) {
    case 'void':
      return 'void';
    case 'pointer':
      return pointerMember(ctx, t)?.ts ?? address;
    case 'array':
      return address; // a parameter of array type is a pointer
    case 'function':
      return 'unknown';
    case 'record':
      return ctx.classFor(t.id) ?? 'unknown';
    default: {
      const s = scalarOf(ctx.ir, t, ctx.target);
      if (!s || s.kind === 'raw') return 'unknown';
      const enumTs = t.kind === 'enum' && s.ts === 'number' ? ctx.enumTypeFor(t.id) : undefined;
      return enumTs ?? s.ts;
    }
  }
}
