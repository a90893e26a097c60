// One record's members as TypeScript getters/setters, every line precomputed for the template.
// Members of anonymous structs/unions are lifted onto the enclosing view, as C lets you name them directly.
//
// Diagnostic codes: emit-missing-layout, emit-field-renamed, emit-field-skipped.

import type { DiagnosticSink } from '../diagnostics.ts';
import type { CType, Field, IrModule, RecordDecl } from '../ir/types.ts';
import type { FieldLayout, RecordLayout } from '../layout/types.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { memberDoc } from './doc.ts';
import { memberRename } from './names.ts';
import { pointerMember } from './pointers.ts';
import { recordDecl, resolveType } from './resolve.ts';
import { readExpr, scalarOf, typedArrayName, writeStmt, type Scalar } from './scalars.ts';

export interface AccessorContext {
  ir: IrModule;
  target: TargetInfo;
  /** The TypeScript class for a record id (imported if another subsystem owns it), undefined when none is generated. */
  classFor(recordId: string): string | undefined;
  /** The TypeScript type of a named enum (imported if another subsystem owns it), undefined when none is generated. */
  enumTypeFor(enumId: string): string | undefined;
  /** Marks a name from `@tsbindgen/abi` as used so the module imports it. */
  useAbi(name: string): void;
  sink: DiagnosticSink;
}

export interface MemberView {
  /** Name as the C field (or renamed when it clashes with the base class). */
  name: string;
  offset: number;
  /** The getter/setter/method text, indented for the class body. */
  code: string;
}

interface Placed {
  field: Field;
  name: string;
  layout: FieldLayout;
  /** Alignment of the record the view is over: a typed array needs its elements aligned in absolute terms. */
  recordAlign: number;
}

const IND = '  ';

/** Named members at this record's top level, including those reached through anonymous members. */
function placedFields(ctx: AccessorContext, rec: RecordDecl, layout: RecordLayout): Placed[] {
  const byPath = new Map(layout.fields.map((f) => [f.path, f]));
  const out: Placed[] = [];
  const walk = (r: RecordDecl): void => {
    for (const field of r.fields) {
      if (field.name !== null) {
        const fl = byPath.get(field.name);
        if (fl) out.push({ field, name: field.name, layout: fl, recordAlign: layout.align });
        else
          ctx.sink.error('emit-missing-layout', `no layout for field "${field.name}" of ${rec.id} on ${ctx.target.name}`, field.loc);
        continue;
      }
      if (field.bitWidth !== undefined) continue; // unnamed bitfield: padding only
      const t = resolveType(ctx.ir, field.type);
      const inner = t && t.kind === 'record' ? recordDecl(ctx.ir, t.id) : undefined;
      if (inner) walk(inner);
    }
  };
  walk(rec);
  return out;
}

export function recordMembers(ctx: AccessorContext, rec: RecordDecl, layout: RecordLayout): MemberView[] {
  const members: MemberView[] = [];
  for (const p of placedFields(ctx, rec, layout)) {
    const renamed = memberRename(p.name);
    if (renamed)
      ctx.sink.warning('emit-field-renamed', `field "${p.name}" of ${rec.id} is exposed as "${renamed}": the view base class uses that name`, p.field.loc);
    const name = renamed ?? p.name;
    const code = memberCode(ctx, rec, p, name);
    if (code !== undefined) members.push({ name, offset: p.layout.offset, code: memberDoc(p.field.doc, IND) + code });
  }
  return members;
}

function at(offset: number): string {
  return offset === 0 ? 'this.byteOffset' : `this.byteOffset + ${offset}`;
}

/** `setTs` is the setter's parameter type when it takes more than the getter returns (a string for `char[N]`). */
function getterSetter(name: string, ts: string, get: string, set: string | undefined, setTs = ts): string {
  const lines = [`${IND}get ${name}(): ${ts} {`, `${IND}${IND}return ${get};`, `${IND}}`];
  if (set !== undefined) lines.push(`${IND}set ${name}(value: ${setTs}) {`, `${IND}${IND}${set}`, `${IND}}`);
  return lines.join('\n');
}

function memberCode(ctx: AccessorContext, rec: RecordDecl, p: Placed, name: string): string | undefined {
  if (p.field.bitWidth !== undefined) return bitfieldCode(ctx, rec, p, name);
  const t = resolveType(ctx.ir, p.field.type);
  if (!t) return unsupported(ctx, rec, p, 'its type is an unknown typedef');
  if (t.kind === 'array') return arrayCode(ctx, rec, p, name, t);
  if (t.kind === 'record') {
    const cls = ctx.classFor(t.id);
    if (!cls) return unsupported(ctx, rec, p, `no view is generated for ${t.id}`);
    return getterSetter(name, cls, `new ${cls}(this.view, ${at(p.layout.offset)})`, undefined);
  }
  const s = scalarOf(ctx.ir, t, ctx.target);
  if (!s) return unsupported(ctx, rec, p, 'its type has no storage on this target');
  if (t.kind === 'pointer') {
    const typed = pointerMember(ctx, t);
    if (typed) {
      for (const name of typed.abi) ctx.useAbi(name);
      const set = writeStmt(s, at(p.layout.offset), `${typed.abi[0]}.addressOf(value)`);
      return getterSetter(name, typed.ts, typed.wrap(readExpr(s, at(p.layout.offset))!), set, `${typed.ts} | ${s.ts}`);
    }
  }
  if (s.kind === 'raw') return rawBytes(ctx, name, p.layout.offset, s.size);
  noteWide(ctx, s);
  // An enum-typed field reads as the enum's own type; C lets it hold any value of the underlying type.
  const enumTs = t.kind === 'enum' && s.ts === 'number' ? ctx.enumTypeFor(t.id) : undefined;
  const get = readExpr(s, at(p.layout.offset))!;
  if (enumTs) return getterSetter(name, enumTs, `${get} as ${enumTs}`, writeStmt(s, at(p.layout.offset), 'value'));
  return getterSetter(name, s.ts, get, writeStmt(s, at(p.layout.offset), 'value'));
}

function noteWide(ctx: AccessorContext, s: Scalar): void {
  if (s.kind === 'i128' || s.kind === 'u128') {
    ctx.useAbi('getInt128');
    ctx.useAbi('setInt128');
  }
}

function rawBytes(ctx: AccessorContext, name: string, offset: number, size: number): string {
  ctx.useAbi('bytesAt');
  return getterSetter(name, 'Uint8Array', `bytesAt(Uint8Array, this.view, ${at(offset)}, ${size})`, undefined);
}

function unsupported(ctx: AccessorContext, rec: RecordDecl, p: Placed, why: string): undefined {
  ctx.sink.warning('emit-field-skipped', `field "${p.name}" of ${rec.id} has no accessor: ${why}`, p.field.loc);
  return undefined;
}

function bitfieldCode(ctx: AccessorContext, rec: RecordDecl, p: Placed, name: string): string | undefined {
  const s = scalarOf(ctx.ir, p.field.type, ctx.target);
  const bitOffset = p.layout.bitOffset;
  const width = p.layout.bitWidth ?? p.field.bitWidth!;
  if (!s || bitOffset === undefined) return unsupported(ctx, rec, p, 'its bitfield layout is unknown');
  const byte = Math.floor(bitOffset / 8);
  const args = `this.view, ${at(byte)}, ${bitOffset % 8}, ${width}`;
  if (s.kind === 'bool') {
    ctx.useAbi('getBits');
    ctx.useAbi('setBits');
    return getterSetter(name, 'boolean', `getBits(${args}, false) !== 0`, `setBits(${args}, value ? 1 : 0);`);
  }
  if (width > 32) {
    ctx.useAbi('getBitsBig');
    ctx.useAbi('setBitsBig');
    return getterSetter(name, 'bigint', `getBitsBig(${args}, ${s.signed})`, `setBitsBig(${args}, value);`);
  }
  ctx.useAbi('getBits');
  ctx.useAbi('setBits');
  return getterSetter(name, 'number', `getBits(${args}, ${s.signed})`, `setBits(${args}, value);`);
}

/**
 * Multi-dimensional arrays are flattened to their innermost element, row-major as C stores them. `declared` is
 * that element as written (a typedef stays a typedef), which decides whether `char` means text.
 */
function flatten(
  ctx: AccessorContext,
  t: CType & { kind: 'array' },
): { element: CType; declared: CType; count: number | null } | undefined {
  let count: number | null = t.length === null || t.length === 0 ? null : t.length;
  let declared = t.element;
  let element = resolveType(ctx.ir, declared);
  while (element && element.kind === 'array') {
    if (element.length === null) return undefined;
    if (count !== null) count *= element.length;
    declared = element.element;
    element = resolveType(ctx.ir, declared);
  }
  return element ? { element, declared, count } : undefined;
}

function arrayCode(ctx: AccessorContext, rec: RecordDecl, p: Placed, name: string, t: CType & { kind: 'array' }): string | undefined {
  const flat = flatten(ctx, t);
  if (!flat) return unsupported(ctx, rec, p, 'its array type cannot be flattened');
  const { element, declared, count } = flat;
  const view = elementView(ctx, rec, p, element, declared);
  if (!view) return undefined;
  if (count === null) {
    // Flexible array: the length lives elsewhere (often a sibling count field), so the caller supplies it.
    return [`${IND}${name}(length: number): ${view.ts} {`, `${IND}${IND}return ${view.make('length')};`, `${IND}}`].join('\n');
  }
  if (view.isString) {
    ctx.useAbi('setCString');
    return getterSetter(name, view.ts, view.make(String(count)), `setCString(this.view, ${at(p.layout.offset)}, ${count}, value);`, 'string');
  }
  return getterSetter(name, view.ts, view.make(String(count)), undefined);
}

interface ElementView {
  ts: string;
  make(length: string): string;
  /** A C `char[N]`: the field's setter takes a string. */
  isString?: boolean;
}

function elementView(ctx: AccessorContext, rec: RecordDecl, p: Placed, element: CType, declared: CType): ElementView | undefined {
  const off = p.layout.offset;
  if (element.kind === 'record') {
    const cls = ctx.classFor(element.id);
    if (!cls) return unsupported(ctx, rec, p, `no view is generated for ${element.id}`);
    ctx.useAbi('RecordArray');
    return { ts: `RecordArray<${cls}>`, make: (n) => `new RecordArray(this.view, ${at(off)}, ${n}, ${cls})` };
  }
  const s = scalarOf(ctx.ir, element, ctx.target);
  if (!s) return unsupported(ctx, rec, p, 'its element type has no storage on this target');
  if (s.size === 1 && isPlainChar(declared)) {
    ctx.useAbi('CharArray');
    return { ts: 'CharArray', make: (n) => `CharArray.over(this.view, ${at(off)}, ${n})`, isString: true };
  }
  const typed = typedArrayName(s);
  if (s.size === 1 && typed) {
    // Byte arrays are always aligned, so a real typed array (indexable with []) serves at any offset.
    ctx.useAbi('bytesAt');
    return { ts: typed, make: (n) => `bytesAt(${typed}, this.view, ${at(off)}, ${n})` };
  }
  if (!typed) {
    // long double / __int128 elements: the raw bytes.
    ctx.useAbi('bytesAt');
    return { ts: 'Uint8Array', make: (n) => `bytesAt(Uint8Array, this.view, ${at(off)}, ${n} * ${s.size})` };
  }
  // Wider elements go through a DataView: a typed array would need its absolute offset aligned, which a packed
  // record or a record placed at an odd offset does not give, and one type serves every target.
  ctx.useAbi('ScalarArray');
  return { ts: `ScalarArray<'${s.kind}'>`, make: (n) => `new ScalarArray(this.view, ${at(off)}, ${n}, '${s.kind}')` };
}

/** `char` as written (not `signed`/`unsigned char`, not a typedef such as __u8 or int8_t): C's string element. */
function isPlainChar(declared: CType): boolean {
  return declared.kind === 'int' && declared.int === 'char';
}
