// How a pointer-typed member reads: `struct x *` as Ptr<x> (when x has a view), a pointer to a scalar or an enum
// (`int *`, `char *`) as ScalarPtr<kind>, a function pointer as FnPtr<(…) => …> typed by its C signature; the
// rest (void *, pointers to pointers, to records without a view, to _Bool, long double or 128-bit integers) as
// the raw target-width address — there is no element a view could follow.

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
  /** The @tsbindgen/abi classes the getter and its type name (a function pointer's parameters may add some). */
  abi: string[];
  /** The getter's type. */
  ts: string;
  /** The getter's expression, given the expression that reads the raw address. */
  wrap(raw: string): string;
}

/** What ScalarPtr can read: not _Bool, 128-bit integers or long double. */
const ELEMENT_KINDS = new Set(['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64']);

/** The typed view of a pointer member, or undefined when it stays a raw address. */
export function pointerMember(ctx: PointerContext, type: CType & { kind: 'pointer' }): PointerMember | undefined {
  const pointee = resolveType(ctx.ir, type.pointee);
  const address = pointerScalar(ctx.target).ts;
  if (pointee?.kind === 'record') {
    const cls = ctx.classFor(pointee.id);
    if (!cls) return undefined;
    return { abi: ['Ptr'], ts: `Ptr<${cls}, ${address}>`, wrap: (raw) => `new Ptr(${raw}, ${cls})` };
  }
  if (pointee?.kind === 'int' || pointee?.kind === 'float' || pointee?.kind === 'enum') {
    const s = scalarOf(ctx.ir, pointee, ctx.target);
    if (!s || !ELEMENT_KINDS.has(s.kind)) return undefined;
    return { abi: ['ScalarPtr'], ts: `ScalarPtr<'${s.kind}', ${address}>`, wrap: (raw) => `new ScalarPtr(${raw}, '${s.kind}')` };
  }
  if (pointee?.kind === 'function') {
    const abi = new Set(['FnPtr']);
    const ts = `FnPtr<${functionType(ctx, pointee, abi)}, ${address}>`;
    return { abi: [...abi], ts, wrap: (raw) => `new ${ts}(${raw})` };
  }
  return undefined;
}

/** A C function type as a TypeScript one, with the parameter types a field of that C type would read as. */
function functionType(ctx: PointerContext, fn: CType & { kind: 'function' }, abi: Set<string>): string {
  const params = fn.params.filter((p) => !(p.name === null && resolveType(ctx.ir, p.type)?.kind === 'void'));
  const args = params.map((p, i) => `${paramName(p.name, i)}: ${valueType(ctx, p.type, abi)}`);
  if (fn.variadic) args.push('...rest: unknown[]');
  return `(${args.join(', ')}) => ${valueType(ctx, fn.ret, abi)}`;
}

function valueType(ctx: PointerContext, type: CType, abi: Set<string>): string {
  const t = resolveType(ctx.ir, type);
  const address = pointerScalar(ctx.target).ts;
  if (!t) return 'unknown';
  switch (t.kind) {
    case 'void':
      return 'void';
    case 'pointer': {
      const member = pointerMember(ctx, t);
      for (const name of member?.abi ?? []) abi.add(name);
      return member?.ts ?? address;
    }
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
