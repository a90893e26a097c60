// enum specifiers: enumerator values (implicit, explicit, over earlier enumerators) and the type gcc gives the enum.
// Diagnostic codes: enum-redefined, enumerator-redefined.

import type { CType, EnumDecl, Enumerator, IntKind } from './types.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { enumAttributeAt } from '../source/parse.ts';
import { evalConstant } from './lower-const.ts';
import { layoutAttrs } from './lower-attributes.ts';
import { addDecl, docAt, locOf, nextAnonId, type EnumeratorValue, type LowerContext, type SyntaxNode } from './lower-context.ts';
import type { AnonNaming } from './lower-types.ts';

const fits = (v: bigint, bits: number, signed: boolean) =>
  signed ? v >= -(1n << BigInt(bits - 1)) && v < 1n << BigInt(bits - 1) : v >= 0n && v < 1n << BigInt(bits);

/** 64-bit integer kinds of the target: long where long is 64-bit (LP64), long long otherwise. */
function wide(target: TargetInfo, signed: boolean): IntKind {
  const lp64 = target.ints.long?.size === 8;
  if (signed) return lp64 ? 'long' : 'longlong';
  return lp64 ? 'ulong' : 'ulonglong';
}

/**
 * gcc: unsigned int when no value is negative, int when some are, a 64-bit type when int-sized ones cannot
 * hold every value; a packed enum takes the narrowest of char/short/int/64-bit that holds them all.
 */
export function enumUnderlying(values: readonly bigint[], packed: boolean, target: TargetInfo): IntKind {
  const signed = values.some((v) => v < 0n);
  const inRange = (bits: number) => values.every((v) => fits(v, bits, signed));
  if (packed && inRange(8)) return signed ? 'schar' : 'uchar';
  if (packed && inRange(16)) return signed ? 'short' : 'ushort';
  if (inRange(32)) return signed ? 'int' : 'uint';
  return wide(target, signed);
}

/** The type an enumerator has in later expressions: int when it fits, as C says; gcc's wider type otherwise. */
function enumeratorType(v: bigint, target: TargetInfo): IntKind {
  if (fits(v, 32, true)) return 'int';
  if (fits(v, 32, false)) return 'uint';
  return wide(target, fits(v, 64, true));
}

function lowerEnumerators(body: SyntaxNode, ctx: LowerContext): Enumerator[] {
  const out: Enumerator[] = [];
  let next = 0n;
  for (const e of body.namedChildren) {
    if (e.type !== 'enumerator') continue;
    const name = e.childForFieldName('name')?.text;
    if (!name) continue;
    const valueNode = e.childForFieldName('value');
    const value = valueNode ? evalConstant(valueNode, ctx) : next;
    if (value === undefined) continue;
    const loc = locOf(ctx, e);
    const previous = ctx.enumerators.get(name);
    if (previous && previous.value !== value) {
      ctx.sink.error('enumerator-redefined', `enumerator "${name}" is redefined with value ${value} (was ${previous.value})`, loc);
    }
    const typed: EnumeratorValue = { value, type: enumeratorType(value, ctx.target) };
    ctx.enumerators.set(name, typed);
    const doc = docAt(ctx, loc);
    out.push({ name, value, loc, ...(doc ? { doc } : {}) });
    next = value + 1n;
  }
  return out;
}

export function lowerEnumSpecifier(node: SyntaxNode, ctx: LowerContext, naming: AnonNaming): CType | undefined {
  const name = node.childForFieldName('name')?.text ?? null;
  const body = node.childForFieldName('body');
  const loc = locOf(ctx, node);
  if (!body) {
    if (name === null) return undefined;
    const id = `enum ${name}`;
    if (!ctx.ir.byId.has(id)) {
      // gcc accepts a reference to an enum not yet defined (an incomplete enum type).
      addDecl(ctx, { kind: 'enum', id, name, complete: false, enumerators: [], underlying: 'uint', packed: false, loc, header: loc.file });
    }
    return { kind: 'enum', id };
  }
  const id =
    name !== null ? `enum ${name}` : 'typedefName' in naming ? `enum ::${naming.typedefName}` : nextAnonId(ctx, 'enum', naming.parentPath);
  const doc = docAt(ctx, loc);
  const hoisted = enumAttributeAt(node.tree, node.startIndex) ?? '';
  const packed = (layoutAttrs(node.namedChildren, ctx).packed ?? false) || /\b(__)?packed(__)?\b/.test(hoisted);
  const enumerators = lowerEnumerators(body, ctx);
  const underlying = enumUnderlying(enumerators.map((e) => e.value), packed, ctx.target);
  const existing = ctx.ir.byId.get(id);
  if (existing?.kind === 'enum' && existing.complete) {
    const same = (es: Enumerator[]) => es.map((e) => `${e.name}=${e.value}`).join(',');
    if (same(existing.enumerators) !== same(enumerators) || existing.packed !== packed) {
      ctx.sink.error('enum-redefined', `${id} is defined again with different enumerators (first defined at ${existing.loc.file}:${existing.loc.line})`, loc);
    }
    return { kind: 'enum', id };
  }
  const decl: EnumDecl = { kind: 'enum', id, name, complete: true, enumerators, underlying, packed, loc, header: loc.file, ...(doc ? { doc } : {}) };
  if (existing?.kind === 'enum') {
    Object.assign(existing, decl);
  } else {
    addDecl(ctx, decl);
  }
  return { kind: 'enum', id };
}
