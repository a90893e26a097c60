// How one C scalar is stored and what TypeScript type it reads as, for one target.

import type { CType, IntKind } from '../ir/types.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { enumDecl, resolveType } from './resolve.ts';
import type { IrModule } from '../ir/types.ts';

export type ScalarKind = 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'i128' | 'u128' | 'f32' | 'f64' | 'bool' | 'raw';

export interface Scalar {
  kind: ScalarKind;
  size: number;
  /** number, bigint or boolean. */
  ts: 'number' | 'bigint' | 'boolean';
  signed: boolean;
}

const SIGNED_INTS: ReadonlySet<IntKind> = new Set(['schar', 'short', 'int', 'long', 'longlong', 'int128']);

export function intIsSigned(kind: IntKind, target: TargetInfo): boolean {
  if (kind === 'char') return target.charIsSigned;
  return SIGNED_INTS.has(kind);
}

export function intScalar(kind: IntKind, target: TargetInfo): Scalar | undefined {
  const abi = target.ints[kind];
  if (!abi) return undefined;
  if (kind === 'bool') return { kind: 'bool', size: 1, ts: 'boolean', signed: false };
  return sized(abi.size, intIsSigned(kind, target));
}

function sized(size: number, signed: boolean): Scalar | undefined {
  const s = signed ? 'i' : 'u';
  switch (size) {
    case 1:
    case 2:
    case 4:
      return { kind: `${s}${size * 8}` as ScalarKind, size, ts: 'number', signed };
    case 8:
      return { kind: `${s}64` as ScalarKind, size, ts: 'bigint', signed };
    case 16:
      return { kind: `${s}128` as ScalarKind, size, ts: 'bigint', signed };
    default:
      return undefined;
  }
}

/** Pointers and function pointers: an unsigned integer as wide as the target's pointer. */
export function pointerScalar(target: TargetInfo): Scalar {
  return sized(target.pointer.size, false)!;
}

/**
 * The scalar a type is stored as, or undefined for records, arrays, void and incomplete types. long double is
 * 'raw' (bytes only): JavaScript has no 80-bit or 128-bit float.
 */
export function scalarOf(ir: IrModule, type: CType, target: TargetInfo): Scalar | undefined {
  const t = resolveType(ir, type);
  if (!t) return undefined;
  switch (t.kind) {
    case 'int':
      return intScalar(t.int, target);
    case 'float':
      if (t.float === 'float') return { kind: 'f32', size: 4, ts: 'number', signed: true };
      if (t.float === 'double') return { kind: 'f64', size: 8, ts: 'number', signed: true };
      return { kind: 'raw', size: target.floats.longdouble.size, ts: 'number', signed: false };
    case 'pointer':
      return pointerScalar(target);
    case 'enum': {
      const e = enumDecl(ir, t.id);
      if (!e || !e.complete) return undefined;
      const s = intScalar(e.underlying, target);
      // Enums read as number (the contract); only a 64-bit underlying type forces bigint.
      return s && s.kind === 'bool' ? intScalar('uchar', target) : s;
    }
    default:
      return undefined;
  }
}

const DATAVIEW: Partial<Record<ScalarKind, string>> = {
  i8: 'Int8', u8: 'Uint8', i16: 'Int16', u16: 'Uint16', i32: 'Int32', u32: 'Uint32',
  i64: 'BigInt64', u64: 'BigUint64', f32: 'Float32', f64: 'Float64',
};

/** `this.view.getUint32(at, true)` and friends; at is an expression. */
export function readExpr(s: Scalar, at: string): string | undefined {
  if (s.kind === 'bool') return `this.view.getUint8(${at}) !== 0`;
  if (s.kind === 'i128' || s.kind === 'u128') return `getInt128(this.view, ${at}, ${s.signed})`;
  const m = DATAVIEW[s.kind];
  if (!m) return undefined;
  return s.size === 1 ? `this.view.get${m}(${at})` : `this.view.get${m}(${at}, true)`;
}

export function writeStmt(s: Scalar, at: string, value: string): string | undefined {
  if (s.kind === 'bool') return `this.view.setUint8(${at}, ${value} ? 1 : 0);`;
  if (s.kind === 'i128' || s.kind === 'u128') return `setInt128(this.view, ${at}, ${value});`;
  const m = DATAVIEW[s.kind];
  if (!m) return undefined;
  return s.size === 1 ? `this.view.set${m}(${at}, ${value});` : `this.view.set${m}(${at}, ${value}, true);`;
}

const TYPED_ARRAY: Partial<Record<ScalarKind, string>> = {
  i8: 'Int8Array', u8: 'Uint8Array', bool: 'Uint8Array', i16: 'Int16Array', u16: 'Uint16Array',
  i32: 'Int32Array', u32: 'Uint32Array', i64: 'BigInt64Array', u64: 'BigUint64Array',
  f32: 'Float32Array', f64: 'Float64Array',
};

export function typedArrayName(s: Scalar): string | undefined {
  return TYPED_ARRAY[s.kind];
}
