// struct/union specifiers: tagged, anonymous (ids from their position), forward-declared and later completed.
// Diagnostic codes: record-redefined, tag-mismatch, nesting-too-deep.

import type { CType, DroppedMember, Field, RecordDecl } from './types.ts';
import { evalConstant } from './lower-const.ts';
import { alignasOf } from './lower-alignas.ts';
import { combineAlign, layoutAttrs, typeAlignMerge } from './lower-attributes.ts';
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

interface Members {
  fields: Field[];
  dropped: DroppedMember[];
}

const shortText = (node: SyntaxNode) => {
  const text = node.text.replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

function fieldsOf(body: SyntaxNode, ctx: LowerContext, parentId: string): Members {
  const out: Members = { fields: [], dropped: [] };
  const naming: AnonNaming = { parentPath: pathOf(parentId), parentId };
  for (const member of body.namedChildren) {
    if (member.type === 'comment') continue;
    // A syntax error inside the body (already reported) may have swallowed members; a lone `;` swallows none.
    if (member.type === 'ERROR') {
      if (member.text.replace(/[\s;]/g, '') !== '') out.dropped.push({ text: shortText(member), loc: locOf(ctx, member) });
      continue;
    }
    if (member.type !== 'field_declaration') {
      ctx.sink.error('unsupported-construct', `"${member.text}" inside a record is not supported by tsbindgen`, locOf(ctx, member));
      out.dropped.push({ text: shortText(member), loc: locOf(ctx, member) });
      continue;
    }
    const fields = fieldDeclaration(member, ctx, naming);
    if (fields) for (const f of fields) out.fields.push(f);
    else out.dropped.push({ text: shortText(member), loc: locOf(ctx, member) });
  }
  return out;
}

/** The fields one member declaration declares; undefined when an error (already reported) lost any of them. */
function fieldDeclaration(member: SyntaxNode, ctx: LowerContext, naming: AnonNaming): Field[] | undefined {
  const loc = locOf(ctx, member);
  const doc = docAt(ctx, loc);
  const base = lowerSpecifiers(member, ctx, naming);
  if (!base) return undefined;
  const alignas = alignasOf(member, ctx);
  if (alignas === null) return undefined;
  const declAttrs = declarationAttrs(member, ctx);
  const typeNode = member.childForFieldName('type');
  const declarators = declaratorsOf(member);
  if (declarators.length === 0) {
    // Only an anonymous struct/union declares members; `struct tag { … };` inside a record declares just the tag.
    const anonymous = base.kind === 'record' && !typeNode?.childForFieldName('name');
    if (!anonymous) return [];
    return [{ name: null, type: base, loc, ...(doc ? { doc } : {}), ...attrFields(declAttrs), ...(alignas ? { alignas } : {}) }];
  }
  const out: Field[] = [];
  let lost = false;
  for (const d of declarators) {
    const declared = applyDeclarator(base, d, ctx);
    if (!declared) {
      lost = true;
      continue;
    }
    const field: Field = { name: declared.name, type: declared.type, loc: locOf(ctx, d.isMissing ? member : d) };
    const clause = d.nextSibling?.type === 'bitfield_clause' ? d.nextSibling : null;
    if (clause) {
      const width = clause.namedChildren[0] ? evalConstant(clause.namedChildren[0], ctx) : undefined;
      if (width === undefined) {
        lost = true;
        continue;
      }
      // No type is that wide; said here, where the width is still exact (layout checks the rest).
      if (width > 1024n || width < 0n) {
        ctx.sink.error('bitfield-width', `bitfield "${declared.name ?? '(unnamed)'}" has width ${width}; no type allows it`, locOf(ctx, clause));
        lost = true;
        continue;
      }
      field.bitWidth = Number(width);
    }
    if (alignas) field.alignas = alignas;
    if (out.length === 0 && doc) field.doc = doc;
    // On a member gcc and clang both keep the largest aligned attribute, wherever each is written.
    const aligned = combineAlign(declAttrs.aligned, declared.attrs.aligned, 'max', ctx);
    Object.assign(field, attrFields({ packed: declAttrs.packed || declared.attrs.packed, aligned }));
    const atomic = declared.type.kind === 'pointer' ? undefined : atomicAlignment(member, declared.type, ctx);
    if (atomic !== undefined && !(typeof field.aligned === 'number' && field.aligned >= atomic)) field.aligned = atomic;
    out.push(field);
  }
  return lost ? undefined : out;
}

function attrFields(a: { packed?: boolean; aligned?: Field['aligned'] }): Pick<Field, 'packed' | 'aligned'> {
  return { ...(a.packed ? { packed: true } : {}), ...(a.aligned !== undefined ? { aligned: a.aligned } : {}) };
}

/** What makes two definitions of one tag the same (locations and comments may differ). */
function shape(r: Pick<RecordDecl, 'tag' | 'fields' | 'packed' | 'aligned'>): string {
  return JSON.stringify([r.tag, r.packed, r.aligned, r.fields], (k, v) => (k === 'loc' || k === 'doc' ? undefined : v));
}

/**
 * How deep record bodies may nest. Lowering (and layout after it) recurses once per level; past this a JS
 * stack overflow would be the answer. 256 is clang's default bracket depth, which rejects the same input.
 */
export const MAX_RECORD_NESTING = 256;
const nesting = new WeakMap<LowerContext, number>();

/** The `#pragma pack` cap where the compiler reads it for this definition (see pragma-pack.ts). */
function packCap(node: SyntaxNode, body: SyntaxNode, ctx: LowerContext): number | undefined {
  if (!ctx.pack) return undefined;
  return ctx.pack.at(node.tree.positionOf(ctx.pack.readAtClose ? body.endIndex - 1 : node.startIndex).row);
}

export function lowerRecordSpecifier(node: SyntaxNode, ctx: LowerContext, naming: AnonNaming): CType | undefined {
  const tag: Tag = node.type === 'union_specifier' ? 'union' : 'struct';
  const name = node.childForFieldName('name')?.text ?? null;
  const body = node.childForFieldName('body');
  if (!body) {
    if (name === null) return undefined; // tree-sitter already reported the broken specifier
    return declareIncomplete(tag, name, node, ctx);
  }
  const depth = (nesting.get(ctx) ?? 0) + 1;
  if (depth > MAX_RECORD_NESTING) {
    ctx.sink.error('nesting-too-deep', `struct/union bodies nested more than ${MAX_RECORD_NESTING} levels deep`, locOf(ctx, body));
    return undefined;
  }
  nesting.set(ctx, depth);
  try {
    return lowerRecordBody(node, body, tag, name, ctx, naming);
  } finally {
    nesting.set(ctx, depth - 1);
  }
}

function lowerRecordBody(node: SyntaxNode, body: SyntaxNode, tag: Tag, name: string | null, ctx: LowerContext, naming: AnonNaming): CType | undefined {
  const id = recordId(tag, name, naming, ctx);
  // Attributes before the tag come first in the source, so under gcc's last-wins rule they go in first.
  const merge = typeAlignMerge(ctx);
  const attrs = tag === 'union' ? hoistedTagAttributes(node, ctx, {}, merge) : {};
  layoutAttrs(node.namedChildren, ctx, attrs, merge);
  const loc = locOf(ctx, node);
  const doc = docAt(ctx, loc);
  const existing = ctx.ir.byId.get(id);
  // Regenerate the same anonymous member ids on a repeated definition, so equal bodies compare equal.
  ctx.anonCounters.delete(pathOf(id));
  if (existing?.kind === 'record' && existing.complete) {
    const again = { tag, packed: attrs.packed ?? false, aligned: attrs.aligned, fields: fieldsOf(body, ctx, id).fields };
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
  const cap = packCap(node, body, ctx);
  if (cap !== undefined) decl.maxFieldAlign = cap;
  else delete decl.maxFieldAlign;
  const members = fieldsOf(body, ctx, id);
  decl.fields = members.fields;
  if (members.dropped.length > 0) decl.dropped = members.dropped;
  else delete decl.dropped;
  decl.complete = true;
  return { kind: 'record', id };
}
