// Builds IrModule values by hand (the lowering stage is someone else's and may not exist yet) and prints
// the same declarations back as C, so one description feeds both computeLayout and the real compilers.

import type { AlignAttr, CType, Decl, EnumDecl, Field, FloatKind, IntKind, IrModule, RecordDecl } from '../../../generator/ir/types.ts';
import type { SourceLoc } from '../../../generator/diagnostics.ts';

export const int = (k: IntKind): CType => ({ kind: 'int', int: k });
export const float = (k: FloatKind): CType => ({ kind: 'float', float: k });
export const ptr = (pointee: CType): CType => ({ kind: 'pointer', pointee });
export const arr = (element: CType, length: number | null): CType => ({ kind: 'array', element, length });
export const named = (name: string): CType => ({ kind: 'named', name });
export const struct = (name: string): CType => ({ kind: 'record', id: `struct ${name}` });
export const union = (name: string): CType => ({ kind: 'record', id: `union ${name}` });
export const enumT = (name: string): CType => ({ kind: 'enum', id: `enum ${name}` });
export const voidT: CType = { kind: 'void' };
export const fn = (ret: CType, params: CType[]): CType => ({
  kind: 'function',
  ret,
  params: params.map((type) => ({ name: null, type })),
  variadic: false,
});

export interface FieldOpts {
  bits?: number;
  packed?: boolean;
  aligned?: AlignAttr;
}

export interface RecordOpts {
  packed?: boolean;
  aligned?: AlignAttr;
}

/** A member: a named/unnamed field, or an anonymous struct/union defined in place. */
export type MemberSpec =
  | { kind: 'field'; name: string | null; type: CType; opts: FieldOpts }
  | { kind: 'anon'; tag: 'struct' | 'union'; members: MemberSpec[]; opts: RecordOpts; fieldOpts: FieldOpts };

export const f = (name: string | null, type: CType, opts: FieldOpts = {}): MemberSpec => ({ kind: 'field', name, type, opts });
export const bf = (name: string | null, type: CType, bits: number, opts: FieldOpts = {}): MemberSpec => ({
  kind: 'field',
  name,
  type,
  opts: { ...opts, bits },
});
export const anon = (tag: 'struct' | 'union', members: MemberSpec[], opts: RecordOpts = {}, fieldOpts: FieldOpts = {}): MemberSpec => ({
  kind: 'anon',
  tag,
  members,
  opts,
  fieldOpts,
});

const FILE = 'probe.h';

export class IrBuilder {
  readonly decls: Decl[] = [];
  private readonly c: string[] = [];
  private line = 1;

  private loc(): SourceLoc {
    return { file: FILE, line: this.line++, column: 1 };
  }

  typedef(name: string, type: CType, aligned?: AlignAttr): this {
    this.decls.push({ kind: 'typedef', id: name, name, type, aligned, loc: this.loc(), header: FILE });
    this.c.push(`typedef ${declare(type, name)}${attrs({ aligned })};`);
    return this;
  }

  enum(name: string, values: [string, bigint][], underlying: IntKind, packed = false): this {
    const decl: EnumDecl = {
      kind: 'enum',
      id: `enum ${name}`,
      name,
      complete: true,
      enumerators: values.map(([n, value]) => ({ name: n, value, loc: this.loc() })),
      underlying,
      packed,
      loc: this.loc(),
      header: FILE,
    };
    this.decls.push(decl);
    this.c.push(`enum ${name} { ${values.map(([n, v]) => `${n} = ${v}`).join(', ')} }${attrs({ packed })};`);
    return this;
  }

  opaque(tag: 'struct' | 'union', name: string): this {
    this.decls.push({ kind: 'record', id: `${tag} ${name}`, tag, name, complete: false, fields: [], packed: false, loc: this.loc(), header: FILE });
    this.c.push(`${tag} ${name};`);
    return this;
  }

  struct(name: string, members: MemberSpec[], opts: RecordOpts = {}): this {
    return this.record('struct', name, members, opts);
  }

  union(name: string, members: MemberSpec[], opts: RecordOpts = {}): this {
    return this.record('union', name, members, opts);
  }

  private record(tag: 'struct' | 'union', name: string, members: MemberSpec[], opts: RecordOpts): this {
    const id = `${tag} ${name}`;
    const { decl, body } = this.buildRecord(id, tag, name, members, opts, undefined);
    this.decls.push(decl);
    this.c.push(`${tag} ${name} ${body}${attrs(opts)};`);
    return this;
  }

  /** Anonymous records are pushed before their parent, as a lowering would find them. */
  private buildRecord(id: string, tag: 'struct' | 'union', name: string | null, members: MemberSpec[], opts: RecordOpts, parent: string | undefined) {
    let anonCount = 0;
    const fields: Field[] = [];
    const lines: string[] = [];
    for (const m of members) {
      if (m.kind === 'field') {
        fields.push({ name: m.name, type: m.type, bitWidth: m.opts.bits, packed: m.opts.packed, aligned: m.opts.aligned, loc: this.loc() });
        const bits = m.opts.bits !== undefined ? ` : ${m.opts.bits}` : '';
        lines.push(`${declare(m.type, m.name ?? '')}${bits}${attrs(m.opts)};`);
        continue;
      }
      const childId = `${id}::anon${anonCount++}`;
      const child = this.buildRecord(childId, m.tag, null, m.members, m.opts, id);
      this.decls.push(child.decl);
      fields.push({ name: null, type: { kind: 'record', id: childId }, packed: m.fieldOpts.packed, aligned: m.fieldOpts.aligned, loc: this.loc() });
      lines.push(`${m.tag} ${child.body}${attrs(m.opts)}${attrs(m.fieldOpts)};`);
    }
    const decl: RecordDecl = {
      kind: 'record',
      id,
      tag,
      name,
      complete: true,
      fields,
      packed: opts.packed ?? false,
      aligned: opts.aligned,
      parent,
      loc: this.loc(),
      header: FILE,
    };
    return { decl, body: `{ ${lines.join(' ')} }` };
  }

  /** Every file-scope name the declarations introduce (tags, typedefs, enumerators). */
  names(): string[] {
    const out = new Set<string>();
    for (const d of this.decls) {
      if (d.kind === 'record' || d.kind === 'enum') {
        if (d.name) out.add(d.name);
      } else if (d.kind === 'typedef') out.add(d.name);
      if (d.kind === 'enum') for (const e of d.enumerators) out.add(e.name);
    }
    return [...out];
  }

  build(): IrModule {
    const byId = new Map<string, Decl>();
    for (const d of this.decls) byId.set(d.id, d);
    return { decls: [...this.decls], byId, staticAsserts: [], skipped: [] };
  }

  toC(): string {
    return this.c.join('\n') + '\n';
  }
}

function attrs(o: { packed?: boolean; aligned?: AlignAttr }): string {
  const parts: string[] = [];
  if (o.packed) parts.push('packed');
  if (o.aligned !== undefined) parts.push(o.aligned === 'max' ? 'aligned' : `aligned(${o.aligned})`);
  return parts.length ? ` __attribute__((${parts.join(', ')}))` : '';
}

/** The C spelling of every IntKind (for writing C, and for asking the compiler whether a type is that type). */
export const INT_SPELLING: Record<IntKind, string> = {
  bool: '_Bool',
  char: 'char',
  schar: 'signed char',
  uchar: 'unsigned char',
  short: 'short',
  ushort: 'unsigned short',
  int: 'int',
  uint: 'unsigned int',
  long: 'long',
  ulong: 'unsigned long',
  longlong: 'long long',
  ulonglong: 'unsigned long long',
  int128: '__int128',
  uint128: 'unsigned __int128',
};

const FLOAT_SPELLING: Record<FloatKind, string> = { float: 'float', double: 'double', longdouble: 'long double' };

/** C declarator for `name` of `type` (inside-out, as C spells pointers to arrays and functions). */
export function declare(type: CType, inner: string): string {
  const sp = inner ? ` ${inner}` : '';
  switch (type.kind) {
    case 'void':
      return `void${sp}`;
    case 'int':
      return `${INT_SPELLING[type.int]}${sp}`;
    case 'float':
      return `${FLOAT_SPELLING[type.float]}${sp}`;
    case 'named':
      return `${type.name}${sp}`;
    case 'record':
    case 'enum':
      return `${type.id}${sp}`;
    case 'pointer':
      return type.pointee.kind === 'array' || type.pointee.kind === 'function'
        ? declare(type.pointee, `(*${inner})`)
        : declare(type.pointee, `*${inner}`);
    case 'array':
      return declare(type.element, `${inner}[${type.length ?? ''}]`);
    case 'function':
      return declare(type.ret, `${inner}(${type.params.map((p) => declare(p.type, '')).join(', ') || 'void'})`);
  }
}
