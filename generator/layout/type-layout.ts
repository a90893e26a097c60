// Size and alignment of any C type for one target, following typedefs, enums, arrays and records.
// Records are delegated back to the caller (records.ts needs this module, and this one needs records).

import type { SourceLoc } from '../diagnostics.ts';
import type { CType, IrModule } from '../ir/types.ts';
import { MAX_EXACT_BYTES, maxObjectSize, tooLargeMessage } from './limits.ts';
import { alignAttrBytes, floatAbi, intAbi, pointerAbi } from './scalars.ts';
import type { TargetInfo } from './targets.ts';

export interface TypeLayout {
  size: number;
  /** Alignment as a struct member (gcc's DECL_ALIGN before packing), in bytes. */
  align: number;
  /**
   * The alignment came from an `aligned` attribute somewhere (gcc's TYPE_USER_ALIGN). gcc lets such a type
   * keep its alignment where it would otherwise lower it, and a packed member still drops it.
   */
  userAlign: boolean;
  /** Integer-like (int, enum, _Bool, through typedefs): the only types a bitfield may have. */
  integral: boolean;
  /**
   * The exact size when it is above MAX_EXACT_BYTES (limits.ts), where `size` is not to be trusted: such a
   * type may only be a member, so that its record can be judged too large as the compiler judges it.
   */
  hugeSize?: bigint;
}

/** Why a type has no layout; the caller turns it into a located diagnostic. */
export interface TypeProblem {
  code: 'incomplete-type' | 'unsupported-type' | 'array-element-alignment' | 'object-too-large';
  message: string;
}

export type TypeResult = { ok: true; layout: TypeLayout } | { ok: false; problem: TypeProblem; reported?: boolean };

export interface TypeContext {
  ir: IrModule;
  target: TargetInfo;
  /** Layout of a record by id; `reported` when the record already said why it has none. */
  record(id: string, loc: SourceLoc | undefined): TypeResult;
}

function fail(code: TypeProblem['code'], message: string): TypeResult {
  return { ok: false, problem: { code, message } };
}

export function describeType(type: CType): string {
  switch (type.kind) {
    case 'void':
      return 'void';
    case 'int':
      return type.int;
    case 'float':
      return type.float;
    case 'pointer':
      return `${describeType(type.pointee)} *`;
    case 'array':
      return `${describeType(type.element)}[${type.lengthText ?? type.length ?? ''}]`;
    case 'named':
      return type.name;
    case 'record':
    case 'enum':
      return type.id;
    case 'function':
      return 'a function type';
  }
}

/** Typedef chains in valid C are finite; the bound only protects against a malformed IR. */
const MAX_TYPEDEF_DEPTH = 64;

export function typeLayout(type: CType, ctx: TypeContext, loc: SourceLoc | undefined, depth = 0): TypeResult {
  const { target, ir } = ctx;
  switch (type.kind) {
    case 'void':
      return fail('incomplete-type', 'void has no size: it cannot be used by value');
    case 'function':
      return fail('incomplete-type', 'a function type has no size: use a pointer to it');
    case 'pointer': {
      const p = pointerAbi(target);
      return { ok: true, layout: { size: p.size, align: p.align, userAlign: false, integral: false } };
    }
    case 'int': {
      const abi = intAbi(type.int, target);
      if (!abi) return fail('unsupported-type', `${type.int === 'int128' ? '__int128' : 'unsigned __int128'} is not supported on ${target.name}`);
      return { ok: true, layout: { size: abi.size, align: abi.align, userAlign: false, integral: true } };
    }
    case 'float': {
      const abi = floatAbi(type.float, target);
      return { ok: true, layout: { size: abi.size, align: abi.align, userAlign: false, integral: false } };
    }
    case 'array': {
      const el = typeLayout(type.element, ctx, loc, depth);
      if (!el.ok) return el;
      // gcc rejects arrays whose elements could not all be aligned (an element type over-aligned by a typedef).
      if (el.layout.size % el.layout.align !== 0) {
        return fail('array-element-alignment', `array elements of ${describeType(type.element)} (size ${el.layout.size}) cannot all be aligned to ${el.layout.align}`);
      }
      const count = type.lengthText !== undefined ? BigInt(type.lengthText) : BigInt(type.length ?? 0);
      const total = (el.layout.hugeSize ?? BigInt(el.layout.size)) * count;
      if (total > maxObjectSize(target)) return fail('object-too-large', tooLargeMessage(`the array ${describeType(type)}`, total, target));
      const layout: TypeLayout = { ...el.layout, size: Number(total), integral: false };
      if (total > BigInt(MAX_EXACT_BYTES)) layout.hugeSize = total;
      else delete layout.hugeSize;
      return { ok: true, layout };
    }
    case 'enum': {
      const decl = ir.byId.get(type.id);
      if (!decl || decl.kind !== 'enum' || !decl.complete) {
        return fail('incomplete-type', `${type.id} is incomplete (declared but never defined)`);
      }
      const abi = intAbi(decl.underlying, target);
      if (!abi) return fail('unsupported-type', `the underlying type of ${type.id} is not supported on ${target.name}`);
      return { ok: true, layout: { size: abi.size, align: abi.align, userAlign: false, integral: true } };
    }
    case 'record':
      return ctx.record(type.id, loc);
    case 'named': {
      const decl = ir.byId.get(type.name);
      if (!decl || decl.kind !== 'typedef') return fail('incomplete-type', `unknown type name "${type.name}"`);
      if (depth > MAX_TYPEDEF_DEPTH) return fail('incomplete-type', `typedef "${type.name}" refers to itself`);
      const inner = typeLayout(decl.type, ctx, loc, depth + 1);
      if (!inner.ok || decl.aligned === undefined) return inner;
      // On a typedef gcc takes the attribute as the new alignment, even a smaller one.
      return { ok: true, layout: { ...inner.layout, align: alignAttrBytes(decl.aligned, target), userAlign: true } };
    }
  }
}
