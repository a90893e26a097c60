// Lowering: the tree-sitter tree of one preprocessed translation unit → IrModule (declarations in source order).
// Diagnostic codes (this module and the lower-*.ts it uses): unknown-type, unsupported-construct, not-constant,
// bad-array-size, bad-alignment, record-redefined, tag-mismatch, enum-redefined, enumerator-redefined,
// typedef-redefined, function-redefined; warning: variable-ignored.
// Ids of anonymous tags: `struct PARENT::anonN` inside a record (N counts that parent's anonymous tags),
// `struct ::T` for the one a typedef T declares, `struct ::anonN` elsewhere at file scope (N per translation unit).

import type { CTree } from '../source/syntax-tree.ts';
import type { DiagnosticSink, SourceLoc } from '../diagnostics.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { originOf, staticAssertsOf } from '../source/parse.ts';
import type { PreprocessedSource } from '../source/types.ts';
import type { CType, FunctionDecl, IrModule, TypedefDecl } from './types.ts';
import { lazyLayout } from './lower-const.ts';
import { rememberVariable } from './lower-typeof.ts';
import { addDecl, declaratorsOf, docAt, locOf, type LowerContext, type SyntaxNode } from './lower-context.ts';
import { applyDeclarator, lowerSpecifiers, lowerTypeSpecifier, splitDeclarationAttrs, TOP_LEVEL, type AnonNaming } from './lower-types.ts';
import { combineAlign, layoutAttrs, typeAlignMerge } from './lower-attributes.ts';
import { rejectAlignas } from './lower-alignas.ts';
import { packState } from './pragma-pack.ts';

/** The name a declarator declares, found without lowering it (to name an anonymous record in a typedef). */
function declaredName(node: SyntaxNode | null): string | null {
  let cur = node;
  while (cur) {
    if (['identifier', 'type_identifier', 'field_identifier', 'primitive_type'].includes(cur.type)) return cur.text || null;
    cur = cur.childForFieldName('declarator') ?? cur.namedChildren.find((c) => c.type.endsWith('declarator')) ?? null;
  }
  return null;
}

const sameType = (a: CType, b: CType) => JSON.stringify(a) === JSON.stringify(b);

/** `/** doc *\/ typedef struct x {…} x_t;` documents the struct as much as the typedef. */
function shareDocWithDefinedTag(type: CType, loc: SourceLoc, doc: string | undefined, ctx: LowerContext): void {
  if (!doc || (type.kind !== 'record' && type.kind !== 'enum')) return;
  const decl = ctx.ir.byId.get(type.id);
  if (!decl || decl.doc || decl.loc.file !== loc.file || decl.loc.line !== loc.line) return;
  decl.doc = doc;
}

function lowerTypedef(node: SyntaxNode, ctx: LowerContext): void {
  const declarators = declaratorsOf(node);
  const first = declaredName(declarators[0] ?? null);
  const naming: AnonNaming = first ? { typedefName: first } : TOP_LEVEL;
  const loc = locOf(ctx, node);
  const doc = docAt(ctx, loc);
  const base = lowerSpecifiers(node, ctx, naming);
  if (!base) return;
  if (rejectAlignas(node, 'a typedef', ctx)) return;
  const merge = typeAlignMerge(ctx);
  const split = splitDeclarationAttrs(node, declarators);
  const prefix = layoutAttrs(split.prefix, ctx, {}, merge);
  shareDocWithDefinedTag(base, loc, doc, ctx);
  for (const [i, d] of declarators.entries()) {
    const declared = applyDeclarator(base, d, ctx);
    if (!declared?.name) continue;
    const { name } = declared;
    // gcc applies the attributes after the declarator first and the declaration specifiers' last.
    const postfix = layoutAttrs(split.postfix[i] ?? [], ctx, { ...declared.attrs }, merge);
    const packed = prefix.packed || postfix.packed;
    const aligned = combineAlign(postfix.aligned, prefix.aligned, merge, ctx);
    const decl: TypedefDecl = {
      kind: 'typedef', id: name, name, type: declared.type, loc, header: loc.file,
      ...(doc ? { doc } : {}), ...(aligned !== undefined ? { aligned } : {}), ...(packed ? { packed: true } : {}),
    };
    const existing = ctx.ir.byId.get(name);
    if (existing) {
      // C11 allows repeating a typedef with the same type.
      const same = existing.kind === 'typedef' && sameType(existing.type, decl.type) && existing.aligned === decl.aligned;
      if (!same) {
        ctx.sink.error('typedef-redefined', `"${name}" is redefined as a different type (first declared at ${existing.loc.file}:${existing.loc.line})`, loc);
      }
      continue;
    }
    addDecl(ctx, decl);
  }
}

function storageOf(node: SyntaxNode): Set<string> {
  const words = node.namedChildren.filter((c) => c.type === 'storage_class_specifier').map((c) => c.text.replace(/^__(inline)(__)?$/, '$1'));
  return new Set(words);
}

function addFunction(node: SyntaxNode, name: string, type: Extract<CType, { kind: 'function' }>, body: SyntaxNode | null, ctx: LowerContext): void {
  const storage = storageOf(node);
  const loc = locOf(ctx, node);
  const doc = docAt(ctx, loc);
  const decl: FunctionDecl = {
    kind: 'function', id: name, name, ret: type.ret, params: type.params, variadic: type.variadic,
    isStatic: storage.has('static'), isInline: storage.has('inline'), loc, header: loc.file,
    ...(doc ? { doc } : {}),
    ...(body ? { body: ctx.pp.text.slice(body.startIndex, body.endIndex) } : {}),
  };
  const existing = ctx.ir.byId.get(name);
  if (!existing) {
    addDecl(ctx, decl);
    return;
  }
  if (existing.kind !== 'function') {
    ctx.sink.error('function-redefined', `"${name}" is already declared as a ${existing.kind} at ${existing.loc.file}:${existing.loc.line}`, loc);
  } else if (body && existing.body) {
    ctx.sink.error('function-redefined', `function "${name}" is defined twice (first at ${existing.loc.file}:${existing.loc.line})`, loc);
  } else if (body) {
    // A prototype followed by the definition: the definition carries the body and the storage class.
    Object.assign(existing, { ...decl, doc: decl.doc ?? existing.doc });
  }
}

function lowerDeclaration(node: SyntaxNode, ctx: LowerContext): void {
  const base = lowerSpecifiers(node, ctx, TOP_LEVEL);
  if (!base) return;
  for (const d of declaratorsOf(node)) {
    if (d.isMissing) continue; // a declaration of a tag only
    const target = d.type === 'init_declarator' ? d.childForFieldName('declarator') : d;
    const declared = applyDeclarator(base, target, ctx);
    if (!declared?.name) continue;
    if (declared.type.kind === 'function') {
      addFunction(node, declared.name, declared.type, null, ctx);
    } else {
      rememberVariable(ctx, declared.name, declared.type);
      ctx.sink.warning('variable-ignored', `the variable "${declared.name}" is not bound (only types, constants and functions are)`, locOf(ctx, d));
    }
  }
}

function lowerFunctionDefinition(node: SyntaxNode, ctx: LowerContext): void {
  const base = lowerSpecifiers(node, ctx, TOP_LEVEL);
  const declared = base && applyDeclarator(base, node.childForFieldName('declarator'), ctx);
  if (!declared?.name || declared.type.kind !== 'function') return;
  addFunction(node, declared.name, declared.type, node.childForFieldName('body'), ctx);
}

/** Split at commas outside parentheses and literals. */
function topLevelArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === '"' || c === "'") {
      for (i++; i < args.length && args[i] !== c; i++) if (args[i] === '\\') i++;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(args.slice(start, i));
      start = i + 1;
    }
  }
  out.push(args.slice(start));
  return out.map((a) => a.trim());
}

/** Static assertions (file scope or inside records) keep their expression text for the checker that runs after layout. */
function lowerStaticAsserts(tree: CTree, ctx: LowerContext): void {
  const hoisted = staticAssertsOf(tree);
  if (hoisted.length === 0) return;
  for (const { offset, args } of hoisted) {
    // The parsed text keeps every newline of pp.text, so its rows and columns are pp.text's.
    const { row, column } = tree.positionOf(offset);
    const loc = originOf(ctx.pp, row, column);
    const [expr, ...rest] = topLevelArgs(args);
    if (!expr) {
      ctx.sink.error('unsupported-construct', 'a static assertion needs an expression', loc);
      continue;
    }
    const literals = rest.join(',').match(/"(?:[^"\\]|\\.)*"/g);
    const message = literals?.map((l) => l.slice(1, -1)).join('');
    ctx.ir.staticAsserts.push({ expr, loc, ...(message !== undefined ? { message } : {}) });
  }
}

function lowerTopLevel(node: SyntaxNode, ctx: LowerContext): void {
  switch (node.type) {
    case 'comment':
    case 'ERROR':
      return; // comments come from pp.comments; syntax errors were reported by syntaxDiagnostics
    case 'type_definition':
      return lowerTypedef(node, ctx);
    case 'declaration':
      return lowerDeclaration(node, ctx);
    case 'function_definition':
      return lowerFunctionDefinition(node, ctx);
    case 'struct_specifier':
    case 'union_specifier':
    case 'enum_specifier':
      lowerTypeSpecifier(node, ctx, TOP_LEVEL);
      return;
    case 'expression_statement':
      if (node.namedChildren.length === 0) return; // a stray `;`
      break;
  }
  if (node.type === ';') return;
  ctx.sink.error('unsupported-construct', `"${node.text.slice(0, 60)}" is not a declaration tsbindgen can bind`, locOf(ctx, node));
}

export function lower(tree: CTree, pp: PreprocessedSource, target: TargetInfo, sink: DiagnosticSink): IrModule {
  const ir: IrModule = { decls: [], byId: new Map(), staticAsserts: [], skipped: [] };
  const ctx: LowerContext = {
    pp, target, sink, ir,
    enumerators: new Map(),
    anonCounters: new Map(),
    docsTaken: new Set(),
    layout: lazyLayout(ir, target, sink),
    pack: packState(pp.packPragmas, target, sink),
  };
  for (const node of tree.rootNode.children) lowerTopLevel(node, ctx);
  lowerStaticAsserts(tree, ctx);
  return ir;
}
