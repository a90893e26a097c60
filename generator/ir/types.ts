// The IR: what the headers declare, independent of any target's layout rules.
// Preprocessing is per target (predefined macros differ), so one IrModule exists per (headers, target, config).

import type { SourceLoc } from '../diagnostics.ts';

export type IntKind =
  | 'bool'
  | 'char' // plain char: signedness is the target's
  | 'schar'
  | 'uchar'
  | 'short'
  | 'ushort'
  | 'int'
  | 'uint'
  | 'long'
  | 'ulong'
  | 'longlong'
  | 'ulonglong'
  | 'int128'
  | 'uint128';

export type FloatKind = 'float' | 'double' | 'longdouble';

export interface Qualifiers {
  const?: boolean;
  volatile?: boolean;
}

/** `aligned(N)` gives a number; a bare `aligned` means the target's biggest alignment. */
export type AlignAttr = number | 'max';

export type CType =
  | ({ kind: 'void' } & Qualifiers)
  | ({ kind: 'int'; int: IntKind } & Qualifiers)
  | ({ kind: 'float'; float: FloatKind } & Qualifiers)
  | ({ kind: 'pointer'; pointee: CType } & Qualifiers)
  /**
   * length null: flexible array member `[]`; 0: GNU zero-length array. A length above 2^53 is not exact as
   * a number: `lengthText` then holds it in decimal (layout refuses such arrays, see layout/limits.ts).
   */
  | ({ kind: 'array'; element: CType; length: number | null; lengthText?: string } & Qualifiers)
  /** A typedef name; resolve through IrModule.byId. */
  | ({ kind: 'named'; name: string } & Qualifiers)
  /** A struct/union by record id (see RecordDecl.id). */
  | ({ kind: 'record'; id: string } & Qualifiers)
  | ({ kind: 'enum'; id: string } & Qualifiers)
  /** A function type (what a function pointer points to). A function pointer is pointer → function. */
  | { kind: 'function'; ret: CType; params: Param[]; variadic: boolean };

export interface Param {
  name: string | null;
  type: CType;
}

export interface DeclBase {
  loc: SourceLoc;
  /** The comment block right before the declaration, with comment markers stripped. */
  doc?: string;
  /** The header the declaration came from, as it appears in loc.file. */
  header: string;
}

export interface Field {
  /** null for unnamed bitfields and anonymous struct/union members. */
  name: string | null;
  type: CType;
  /** Present for bitfields (0 for a zero-width bitfield). */
  bitWidth?: number;
  packed?: boolean;
  aligned?: AlignAttr;
  /** C11 `_Alignas` (the largest of several; `_Alignas(0)` is not recorded). */
  alignas?: number;
  loc: SourceLoc;
  doc?: string;
}

/** A member declaration lowering could not turn into fields: the record it was in has no layout. */
export interface DroppedMember {
  /** The member's declaration text, shortened. */
  text: string;
  loc: SourceLoc;
}

export interface RecordDecl extends DeclBase {
  kind: 'record';
  /**
   * `struct NAME` / `union NAME` for tagged records; anonymous records get a deterministic id from
   * their parent and position: `struct drm_foo::anon0` (first anonymous record inside struct drm_foo),
   * or for an anonymous record in a typedef `typedef struct { … } foo_t;` → `struct ::foo_t`.
   */
  id: string;
  tag: 'struct' | 'union';
  /** The C tag, null when anonymous. */
  name: string | null;
  /** false for a forward declaration that is never completed (opaque). */
  complete: boolean;
  fields: Field[];
  packed: boolean;
  aligned?: AlignAttr;
  /** Member declarations that were dropped because of an error: present means the record cannot be laid out. */
  dropped?: DroppedMember[];
  /** gcc's `#pragma pack` value in effect where the record was defined (max member alignment in bytes). */
  maxFieldAlign?: number;
  /** For an anonymous record: the id of the record or typedef it was declared in. */
  parent?: string;
}

export interface Enumerator {
  name: string;
  value: bigint;
  loc: SourceLoc;
  doc?: string;
}

export interface EnumDecl extends DeclBase {
  kind: 'enum';
  /** `enum NAME`, or `enum PARENT::anonN` like records. */
  id: string;
  name: string | null;
  complete: boolean;
  enumerators: Enumerator[];
  /** The integer type GCC picks for it (int/uint unless values need more, or a smaller one when packed). */
  underlying: IntKind;
  packed: boolean;
}

export interface TypedefDecl extends DeclBase {
  kind: 'typedef';
  /** The typedef name (ids of typedefs are their names). */
  id: string;
  name: string;
  type: CType;
  aligned?: AlignAttr;
  packed?: boolean;
}

export interface FunctionDecl extends DeclBase {
  kind: 'function';
  id: string;
  name: string;
  ret: CType;
  params: Param[];
  variadic: boolean;
  isStatic: boolean;
  isInline: boolean;
  /** Body text of a definition (static inline functions), braces included. */
  body?: string;
}

export type IntegerTypeName = IntKind;

export interface ConstantDecl extends DeclBase {
  kind: 'constant';
  /** The macro name. */
  id: string;
  name: string;
  value: bigint;
  /** The C type of the expression after the usual conversions (int, unsigned int, long, …). */
  type: IntKind;
  /** The macro's replacement text as written. */
  text: string;
  /** Set when the value came from an `_IOC(dir, type, nr, size)` expansion (ioctl request numbers). */
  ioctl?: IoctlInfo;
}

export interface IoctlInfo {
  /** _IOC_NONE 0, _IOC_WRITE 1, _IOC_READ 2 (bit values as in asm-generic/ioctl.h), or 3 for read|write. */
  dir: number;
  type: number;
  nr: number;
  size: number;
  /** The argument type when the size came from `sizeof(T)` (as `_IOWR(…, struct x)` does). */
  argType?: CType;
}

/** A macro that is a string or floating constant rather than an integer one (see ir/literal-macros.ts). */
export interface LiteralDecl extends DeclBase {
  kind: 'literal';
  /** The macro name. */
  id: string;
  name: string;
  value: LiteralValue;
  /** The macro's replacement text as written. */
  text: string;
}

export type LiteralValue = { kind: 'string'; value: string } | { kind: 'float'; type: 'float' | 'double'; value: number };

export type Decl = RecordDecl | EnumDecl | TypedefDecl | FunctionDecl | ConstantDecl | LiteralDecl;

export interface SkippedMacro {
  name: string;
  reason: string;
  loc: SourceLoc;
  header: string;
}

export interface StaticAssertDecl {
  /** Expression text, evaluated once layout is known (sizeof/offsetof). */
  expr: string;
  message?: string;
  loc: SourceLoc;
}

export interface IrModule {
  /** In declaration order. Constants come after lowering, from resolveConstants. */
  decls: Decl[];
  byId: Map<string, Decl>;
  staticAsserts: StaticAssertDecl[];
  skipped: SkippedMacro[];
}
