// struct/union specifiers: tagged, anonymous (ids from their position), forward-declared and later completed.
// Diagnostic codes: record-redefined, tag-mismatch.

import type { CType, Field, RecordDecl } from './types.ts';
import { evalConstant } from './lower-const.ts';
import { layoutAttrs } from './lower-attributes.ts';
import { hoistedTagAttributes } from './hoisted-attributes.ts';
import { atomicAlignment } from './atomic.ts';
import { addDecl, declaratorsOf, docAt, locOf, nextAnonId, type LowerContext, type SyntaxNode } from './lower-context.ts';
import { applyDeclarator, declarationAttrs, lowerSpecifiers, type AnonNaming } from './lower-types.ts';

type Tag = 'struct' | 'union';

function recordId(tag: Tag, name: string | null, naming: AnonNaming, ctx: LowerContext): string {
  if (name !== null) return `${tag} ${name}`;
  if ('typedefName' in naming) return `${tag} ::${naming.typedefName}`;
  return nextAnonId(ctx, tag, naming.parentPath);
}

/** The id without its tag: the prefix anonymous members' ids are built on. */
const pathOf = (id: string) => id.slice(id.indexOf(' ') + 1);

/** A `struct x` mentioned before (or without) its definition: an opaque record until a body comes. */
function declareIncomplete(tag: Tag, name: string, node: SyntaxNode, ctx: LowerContext): CType {
  const id = `${tag} ${name}`;
  const existing = ctx.ir.byId.get(id);
  if (!existing) {
    const other = ctx.ir.byId.get(`${tag === 'struct' ? 'union' : 'struct'} ${name}`);
    if (other) ctx.sink.error('tag-mismatch', `"${name}" was declared as a ${other.id.split(' ')[0]}, not a ${tag}`, locOf(ctx, node));
    const loc = locOf(ctx, node);
    const decl: RecordDecl = { kind: 'record', id, tag, name, complete: false, fields: [], packed: false, loc, header: loc.file };
    addDecl(ctx, decl);
  }
  return { kind: 'record', id };
}

function fieldsOf(body: SyntaxNode, ctx: LowerContext, parentId: string): Field[] {
  const fields: Field[] = [];
  const naming: AnonNaming = { parentPath: pathOf(parentId), parentId };
  for (const member of body.namedChildren) {
    if (member.type === 'comment' || member.type === 'ERROR') continue;
    if (member.type !== 'field_declaration') {
      ctx.sink.error('unsupported-construct', `"${member.text}" inside a record is not supported by tsbindgen`, locOf(ctx, member));
      continue;
    }
    fields.push(...fieldDeclaration(member, ctx, naming));
  }
  return fields;
}

function fieldDeclaration(member: SyntaxNode, ctx: LowerContext, naming: AnonNaming): Field[] {
  const loc = locOf(ctx, member);
  const doc = docAt(ctx, loc);
  const base = lowerSpecifiers(member, ctx, naming);
  if (!base) return [];
  const declAttrs = declarationAttrs(member, ctx);
  const typeNode = member.childForFieldName('type');
  const declarators = declaratorsOf(member);
  if (declarators.length === 0) {
    // Only an anonymous struct/union declares members; `struct tag { … };` inside a record declares just the tag.
    const anonymous = base.kind === 'record' && !typeNode?.childForFieldName('name');
    if (!anonymous) return [];
    return [{ name: null, type: base, loc, ...(doc ? { doc } : {}), ...attrFields(declAttrs) }];
  }
  const out: Field[] = [];
  for (const d of declarators) {
    const declared = applyDeclarator(base, d, ctx);
    if (!declared) continue;
    const field: Field = { name: declared.name, type: declared.type, loc: locOf(ctx, d.isMissing ? member : d) };
    const clause = d.nextSibling?.type === 'bitfield_clause' ? d.nextSibling : null;
    if (clause) {
      const width = clause.namedChildren[0] ? evalConstant(clause.namedChildren[0], ctx) : undefined;
      if (width === undefined) continue;
      field.bitWidth = Number(width);
    }
    if (out.length === 0 && doc) field.doc = doc;
    Object.assign(field, attrFields({ ...declAttrs, ...definedOnly(declared.attrs) }));
    const atomic = declared.type.kind === 'pointer' ? undefined : atomicAlignment(member, declared.type, ctx);
    if (atomic !== undefined && !(typeof field.aligned === 'number' && field.aligned >= atomic)) field.aligned = atomic;
    out.push(field);
  }
  return out;
}

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function attrFields(a: { packed?: boolean; aligned?: Field['aligned'] }): Pick<Field, 'packed' | 'aligned'> {
  return { ...(a.packed ? { packed: true } : {}), ...(a.aligned !== undefined ? { aligned: a.aligned } : {}) };
}

/** What makes two definitions of one tag the same (locations and comments may differ). */
function shape(r: Pick<RecordDecl, 'tag' | 'fields' | 'packed' | 'aligned'>): string {
  return JSON.stringify([r.tag, r.packed, r.aligned, r.fields], (k, v) => (k === 'loc' || k === 'doc' ? undefined : v));
}

export function lowerRecordSpecifier(node: SyntaxNode, ctx: LowerContext, naming: AnonNaming): CType | undefined {
  const tag: Tag = node.type === 'union_specifier' ? 'union' : 'struct';
  const name = node.childForFieldName('name')?.text ?? null;
  const body = node.childForFieldName('body');
  if (!body) {
    if (name === null) return undefined; // tree-sitter already reported the broken specifier
    return declareIncomplete(tag, name, node, ctx);
  }
  const id = recordId(tag, name, naming, ctx);
  const attrs = layoutAttrs(node.namedChildren, ctx);
  if (tag === 'union') hoistedTagAttributes(node, ctx, attrs);
  const loc = locOf(ctx, node);
  const doc = docAt(ctx, loc);
  const existing = ctx.ir.byId.get(id);
  // Regenerate the same anonymous member ids on a repeated definition, so equal bodies compare equal.
  ctx.anonCounters.delete(pathOf(id));
  if (existing?.kind === 'record' && existing.complete) {
    const again = { tag, packed: attrs.packed ?? false, aligned: attrs.aligned, fields: fieldsOf(body, ctx, id) };
    if (shape(again) !== shape(existing)) {
      const first = existing.loc;
      ctx.sink.error('record-redefined', `${id} is defined again with different members (first defined at ${first.file}:${first.line})`, loc);
    }
    return { kind: 'record', id };
  }
  const decl: RecordDecl =
    existing?.kind === 'record' ? existing : { kind: 'record', id, tag, name, complete: false, fields: [], packed: false, loc, header: loc.file };
  if (!existing) addDecl(ctx, decl);
  Object.assign(decl, { loc, header: loc.file });
  if (doc) decl.doc = doc;
  if (name === null) decl.parent = 'typedefName' in naming ? naming.typedefName : naming.parentId;
  if (decl.parent === undefined) delete decl.parent;
  decl.packed = attrs.packed ?? false;
  if (attrs.aligned !== undefined) decl.aligned = attrs.aligned;
  decl.fields = fieldsOf(body, ctx, id);
  decl.complete = true;
  return { kind: 'record', id };
}
