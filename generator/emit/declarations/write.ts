// The .d.ts of a generated module, written straight from its text: declarations kept, bodies and initializers
// dropped, `as const` literals turned into their types, and everything printed the way tsc's declaration emit
// prints it (4-space indent, one member per line, JSDoc re-indented, unused imports elided) — so the output is
// byte for byte what `ts.transpileDeclaration` gives, at a fraction of its cost (test/unit/emit/declarations
// compares the two over every module the repository generates). It knows the TypeScript the templates write;
// anything else throws Unsupported, and the compile stage then asks tsc.

import { bigintText, numberText, stringText } from './literals.ts';
import { scan, Unsupported, type Token } from './scan.ts';

const IND = '    ';

class Cursor {
  i = 0;
  constructor(readonly toks: Token[]) {}
  get tok(): Token {
    return this.toks[this.i]!;
  }
  peek(k = 1): Token {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)]!;
  }
  is(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t.text === text && (t.kind === 'punct' || t.kind === 'ident');
  }
  next(): Token {
    const t = this.tok;
    if (t.kind !== 'eof') this.i++;
    return t;
  }
  eat(text: string): boolean {
    if (!this.is(text)) return false;
    this.i++;
    return true;
  }
  expect(text: string): Token {
    if (!this.is(text)) this.fail(`expected "${text}"`);
    return this.next();
  }
  ident(): string {
    if (this.tok.kind !== 'ident') this.fail('expected a name');
    return this.next().text;
  }
  fail(what: string): never {
    throw new Unsupported(`${what}, found "${this.tok.text}"`, this.tok.start);
  }
  /** Skips a balanced (), [], {} or <> group starting at the current token. */
  skipGroup(): void {
    const open = this.tok.text;
    const close = ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[open];
    if (!close) this.fail('expected a bracket');
    let depth = 0;
    do {
      const t = this.next();
      if (t.kind === 'eof') this.fail('unbalanced brackets');
      if (t.kind !== 'punct') continue;
      if (t.text === open) depth++;
      else if (t.text === close) depth--;
    } while (depth > 0);
  }
  /** Skips an expression up to (not including) a `;` or `,` or closer at depth 0. */
  skipExpression(): void {
    for (;;) {
      const t = this.tok;
      if (t.kind === 'eof') this.fail('unterminated expression');
      if (t.kind === 'punct' && (t.text === ';' || t.text === ',' || t.text === ')' || t.text === ']' || t.text === '}')) return;
      if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) this.skipGroup();
      else this.next();
    }
  }
}

/** JSDoc comments re-indented to `indent`, each on its own lines, as tsc moves them with their declaration. */
function docsOf(t: Token, indent: string): string {
  let out = '';
  for (const d of t.docs) {
    const lines = d.text.split('\n');
    out += `${indent}${lines[0]}\n`;
    for (const line of lines.slice(1)) {
      const lead = /^[ \t]*/.exec(line)![0].length;
      out += `${indent}${' '.repeat(Math.max(0, lead - d.column))}${line.slice(lead).trimEnd()}\n`;
    }
  }
  return out;
}

interface Ctx {
  /** Every identifier a printed type mentions: what decides which imports the .d.ts keeps. */
  used: Set<string>;
}

// ---- types -------------------------------------------------------------------------------------------------

function typeOf(c: Cursor, ctx: Ctx, indent: string): string {
  if (c.is('(') && looksLikeParams(c)) {
    const params = paramList(c, ctx, indent);
    c.expect('=>');
    return `${params} => ${typeOf(c, ctx, indent)}`;
  }
  c.eat('|');
  const parts = [intersection(c, ctx, indent)];
  while (c.eat('|')) parts.push(intersection(c, ctx, indent));
  return parts.join(' | ');
}

/** After `(`: a parameter list (`()`, `(a:`, `(a?`, `(a,`, `(...`) rather than a parenthesized type. */
function looksLikeParams(c: Cursor): boolean {
  const a = c.peek(1);
  if (a.text === ')' || a.text === '...') return true;
  const b = c.peek(2);
  return a.kind === 'ident' && (b.text === ':' || b.text === '?' || b.text === ',' || (b.text === ')' && c.peek(3).text === '=>'));
}

function intersection(c: Cursor, ctx: Ctx, indent: string): string {
  const parts = [operator(c, ctx, indent)];
  while (c.eat('&')) parts.push(operator(c, ctx, indent));
  return parts.join(' & ');
}

function operator(c: Cursor, ctx: Ctx, indent: string): string {
  for (const op of ['keyof', 'readonly', 'unique']) {
    if (c.is(op) && !(c.is(':', 1) || c.is('?', 1))) {
      c.next();
      return `${op} ${operator(c, ctx, indent)}`;
    }
  }
  let t = primary(c, ctx, indent);
  for (;;) {
    if (c.is('[') && c.is(']', 1)) {
      c.next();
      c.next();
      t += '[]';
    } else if (c.is('[')) {
      c.next();
      t += `[${typeOf(c, ctx, indent)}]`;
      c.expect(']');
    } else return t;
  }
}

function primary(c: Cursor, ctx: Ctx, indent: string): string {
  const t = c.tok;
  const literal = (text: string) => (text.endsWith('n') ? bigintText(text) : text);
  if (t.kind === 'number') return literal(c.next().text);
  if (t.kind === 'string') return c.next().text;
  if (t.kind === 'template') c.fail('template literal types are not written by the templates');
  if (c.is('-') && c.peek(1).kind === 'number') {
    c.next();
    return `-${literal(c.next().text)}`;
  }
  if (c.eat('(')) {
    const inner = typeOf(c, ctx, indent);
    c.expect(')');
    return `(${inner})`;
  }
  if (c.is('{')) return typeLiteral(c, ctx, indent);
  if (c.eat('[')) {
    const items: string[] = [];
    while (!c.is(']')) {
      items.push(typeOf(c, ctx, indent));
      if (!c.eat(',')) break;
    }
    c.expect(']');
    return `[${items.join(', ')}]`;
  }
  if (c.eat('typeof')) return `typeof ${entity(c, ctx)}`;
  if (t.kind === 'ident') {
    let name = entity(c, ctx);
    if (c.is('<')) name += typeArgs(c, ctx, indent);
    return name;
  }
  return c.fail('expected a type');
}

function entity(c: Cursor, ctx: Ctx): string {
  const first = c.ident();
  ctx.used.add(first);
  let name = first;
  while (c.is('.') && c.peek(1).kind === 'ident') {
    c.next();
    name += `.${c.next().text}`;
  }
  return name;
}

function typeArgs(c: Cursor, ctx: Ctx, indent: string): string {
  c.expect('<');
  const args: string[] = [];
  for (;;) {
    args.push(typeOf(c, ctx, indent));
    if (!c.eat(',')) break;
  }
  c.expect('>');
  return `<${args.join(', ')}>`;
}

function typeLiteral(c: Cursor, ctx: Ctx, indent: string): string {
  c.expect('{');
  const inner = indent + IND;
  let body = '';
  while (!c.is('}')) {
    const doc = docsOf(c.tok, inner);
    body += `${doc}${inner}${signatureMember(c, ctx, inner)};\n`;
    if (!c.eat(';')) c.eat(',');
  }
  c.expect('}');
  return body === '' ? '{}' : `{\n${body}${indent}}`;
}

/** One member of a type literal or interface: property, index or method signature, printed without its `;`. */
function signatureMember(c: Cursor, ctx: Ctx, indent: string): string {
  let mods = '';
  if (c.is('readonly') && !(c.is(':', 1) || c.is('?', 1) || c.is('(', 1))) {
    c.next();
    mods = 'readonly ';
  }
  if (c.is('[')) {
    c.next();
    const key = c.ident();
    c.expect(':');
    const keyType = typeOf(c, ctx, indent);
    c.expect(']');
    c.expect(':');
    return `${mods}[${key}: ${keyType}]: ${typeOf(c, ctx, indent)}`;
  }
  const name = propertyName(c);
  const opt = c.eat('?') ? '?' : '';
  if (c.is('(') || c.is('<')) {
    const generics = c.is('<') ? typeParams(c, ctx, indent) : '';
    const params = paramList(c, ctx, indent);
    c.expect(':');
    return `${mods}${name}${opt}${generics}${params}: ${typeOf(c, ctx, indent)}`;
  }
  c.expect(':');
  return `${mods}${name}${opt}: ${typeOf(c, ctx, indent)}`;
}

function propertyName(c: Cursor): string {
  const t = c.tok;
  if (t.kind === 'ident' || t.kind === 'string' || t.kind === 'number') return c.next().text;
  return c.fail('expected a property name');
}

function typeParams(c: Cursor, ctx: Ctx, indent: string): string {
  c.expect('<');
  const ps: string[] = [];
  for (;;) {
    let p = c.ident();
    if (c.eat('extends')) p += ` extends ${typeOf(c, ctx, indent)}`;
    if (c.eat('=')) p += ` = ${typeOf(c, ctx, indent)}`;
    ps.push(p);
    if (!c.eat(',')) break;
  }
  c.expect('>');
  return `<${ps.join(', ')}>`;
}

/** `(a: T, b = 0, ...r: U[])` as a declaration prints it: defaults become optional parameters of the literal's type. */
function paramList(c: Cursor, ctx: Ctx, indent: string): string {
  c.expect('(');
  const ps: string[] = [];
  while (!c.is(')')) {
    const rest = c.eat('...') ? '...' : '';
    const name = c.ident();
    let opt = c.eat('?') ? '?' : '';
    let type = c.eat(':') ? typeOf(c, ctx, indent) : undefined;
    if (c.eat('=')) {
      const init = c.tok;
      type ??= literalWidened(c);
      if (type === undefined) throw new Unsupported('a default value whose type is not a literal', init.start);
      c.skipExpression();
      opt = '?';
    }
    if (type === undefined) c.fail(`parameter ${name} has no type`);
    ps.push(`${rest}${name}${opt}: ${type}`);
    if (!c.eat(',')) break;
  }
  c.expect(')');
  return `(${ps.join(', ')})`;
}

/** The widened type of a literal default value (`0` → number), read without moving the cursor. */
function literalWidened(c: Cursor): string | undefined {
  const t = c.is('-') ? c.peek(1) : c.tok;
  if (t.kind === 'number') return t.text.endsWith('n') ? 'bigint' : 'number';
  if (t.kind === 'string' || t.kind === 'template') return 'string';
  if (t.text === 'true' || t.text === 'false') return 'boolean';
  return undefined;
}

// ---- values whose type the declaration states ------------------------------------------------------------

/** A literal value as tsc prints it into a .d.ts. */
function valueText(t: Token, asType: boolean): string {
  if (t.kind === 'number') return numberText(t.text);
  if (t.kind === 'string') return stringText(t.text, !asType);
  return t.text;
}

/** A literal initializer as tsc keeps it on a `declare const` (`= 5`, `= -1`, `= "x"`, `= 5n`), or undefined. */
function keptLiteral(c: Cursor): string | undefined {
  const neg = c.is('-') ? 1 : 0;
  const t = c.peek(neg);
  const after = c.peek(neg + 1);
  if (!(after.text === ';' || after.kind === 'eof')) return undefined;
  if (t.kind === 'number' || (!neg && t.kind === 'string') || (!neg && (t.text === 'true' || t.text === 'false'))) {
    c.i += neg + 1;
    return `${neg ? '-' : ''}${valueText(t, false)}`;
  }
  return undefined;
}

/** The type of an expression under `as const` (or of an `X as T` inside one). */
function constType(c: Cursor, ctx: Ctx, indent: string): string {
  let type: string;
  const t = c.tok;
  if (c.is('{')) {
    c.next();
    const inner = indent + IND;
    let body = '';
    while (!c.is('}')) {
      const doc = docsOf(c.tok, inner);
      const key = propertyName(c);
      c.expect(':');
      body += `${doc}${inner}readonly ${key}: ${constType(c, ctx, inner)};\n`;
      if (!c.eat(',')) break;
    }
    c.expect('}');
    type = body === '' ? '{}' : `{\n${body}${indent}}`;
  } else if (c.is('[')) {
    c.next();
    const items: string[] = [];
    while (!c.is(']')) {
      items.push(constType(c, ctx, indent));
      if (!c.eat(',')) break;
    }
    c.expect(']');
    type = `readonly [${items.join(', ')}]`;
  } else if (c.is('-') && c.peek(1).kind === 'number') {
    c.next();
    type = `-${valueText(c.next(), true)}`;
  } else if (t.kind === 'number' || t.kind === 'string') {
    type = valueText(c.next(), true);
  } else if (t.text === 'null' || t.text === 'true' || t.text === 'false') {
    type = c.next().text;
  } else if (t.kind === 'ident' && c.is('as', 1) && !c.is('const', 2)) {
    c.next(); // `x as T`: the type is T, whatever x is
    type = '';
  } else {
    throw new Unsupported('a value under `as const` that is not a literal, an object or `x as T`', t.start);
  }
  if (c.eat('as')) {
    if (c.eat('const')) return type;
    return typeOf(c, ctx, indent);
  }
  return type;
}

/** `= <initializer>` of an unannotated const or property: `= literal` kept, `{…} as const` as its type. */
function initializerDecl(c: Cursor, ctx: Ctx, indent: string): string {
  const kept = keptLiteral(c);
  if (kept !== undefined) return ` = ${kept}`;
  const start = c.tok.start;
  if (!(c.is('{') || c.is('['))) throw new Unsupported('an initializer that is neither a literal nor `{…} as const`', start);
  const probe = c.i;
  c.skipGroup();
  const isConst = c.is('as') && c.is('const', 1);
  c.i = probe;
  if (!isConst) throw new Unsupported('an object initializer without `as const`', start);
  return `: ${constType(c, ctx, indent)}`;
}

// ---- declarations ----------------------------------------------------------------------------------------

function classDecl(c: Cursor, ctx: Ctx, head: string): string {
  c.expect('class');
  const name = c.ident();
  let out = `${head}declare class ${name}`;
  if (c.is('<')) out += typeParams(c, ctx, '');
  if (c.eat('extends')) {
    out += ` extends ${entity(c, ctx)}`;
    if (c.is('<')) out += typeArgs(c, ctx, '');
  }
  if (c.eat('implements')) c.fail('implements clauses are not written by the templates');
  c.expect('{');
  out += ' {\n';
  while (!c.is('}')) {
    if (c.eat(';')) continue;
    out += classMember(c, ctx);
  }
  c.expect('}');
  return `${out}}\n`;
}

const MODIFIERS = ['public', 'protected', 'private', 'static', 'readonly', 'declare', 'override', 'abstract', 'accessor'];

function classMember(c: Cursor, ctx: Ctx): string {
  const doc = docsOf(c.tok, IND);
  const mods: string[] = [];
  while (MODIFIERS.includes(c.tok.text) && c.tok.kind === 'ident' && !(c.is('(', 1) || c.is(':', 1) || c.is('=', 1) || c.is(';', 1) || c.is('?', 1))) {
    const m = c.next().text;
    if (m === 'private') c.fail('private members are not written by the templates');
    if (m !== 'declare' && m !== 'override') mods.push(m);
  }
  if (c.is('static') && c.is('{', 1)) c.fail('static blocks are not written by the templates');
  let accessor = '';
  if ((c.is('get') || c.is('set')) && c.peek(1).kind === 'ident' && !c.is('(', 1)) accessor = `${c.next().text} `;
  const name = c.is('constructor') ? c.next().text : propertyName(c);
  const pre = `${doc}${IND}${mods.map((m) => `${m} `).join('')}${accessor}`;
  if (c.is('(') || c.is('<')) {
    const generics = c.is('<') ? typeParams(c, ctx, IND) : '';
    const params = paramList(c, ctx, IND);
    let ret = '';
    if (c.eat(':')) ret = `: ${typeOf(c, ctx, IND)}`;
    else if (name !== 'constructor' && accessor !== 'set ') c.fail(`${name}() has no return type`);
    if (c.is('{')) c.skipGroup();
    else c.expect(';');
    return `${pre}${name}${generics}${params}${ret};\n`;
  }
  const opt = c.eat('?') ? '?' : '';
  c.eat('!'); // a definite-assignment `!` does not appear in a declaration
  let decl: string;
  if (c.eat(':')) {
    decl = `${name}${opt}: ${typeOf(c, ctx, IND)}`;
    if (c.eat('=')) c.skipExpression();
  } else if (c.eat('=')) {
    decl = `${name}${opt}${initializerDecl(c, ctx, IND)}`;
  } else return c.fail(`property ${name} has no type`);
  c.expect(';');
  return `${pre}${decl};\n`;
}

function interfaceDecl(c: Cursor, ctx: Ctx, head: string): string {
  c.expect('interface');
  const name = c.ident();
  let out = `${head}interface ${name}`;
  if (c.is('<')) out += typeParams(c, ctx, '');
  if (c.eat('extends')) {
    const bases: string[] = [];
    for (;;) {
      let b = entity(c, ctx);
      if (c.is('<')) b += typeArgs(c, ctx, '');
      bases.push(b);
      if (!c.eat(',')) break;
    }
    out += ` extends ${bases.join(', ')}`;
  }
  const members = typeLiteral(c, ctx, '');
  // An empty interface keeps its braces on two lines, unlike an empty type literal.
  return `${out} ${members === '{}' ? '{\n}' : members}\n`;
}

function constDecl(c: Cursor, ctx: Ctx, head: string): string {
  c.expect('const');
  const name = c.ident();
  let out: string;
  if (c.eat(':')) {
    out = `${head}declare const ${name}: ${typeOf(c, ctx, '')}`;
    c.expect('=');
    c.skipExpression();
  } else {
    c.expect('=');
    out = `${head}declare const ${name}${initializerDecl(c, ctx, '')}`;
  }
  if (c.is(',')) c.fail('one const per statement');
  c.expect(';');
  return `${out};\n`;
}

function typeAlias(c: Cursor, ctx: Ctx, head: string): string {
  c.expect('type');
  const name = c.ident();
  const generics = c.is('<') ? typeParams(c, ctx, '') : '';
  c.expect('=');
  const t = typeOf(c, ctx, '');
  c.expect(';');
  return `${head}type ${name}${generics} = ${t};\n`;
}

function functionDecl(c: Cursor, ctx: Ctx, head: string): string {
  c.expect('function');
  const name = c.ident();
  const generics = c.is('<') ? typeParams(c, ctx, '') : '';
  const params = paramList(c, ctx, '');
  if (!c.eat(':')) c.fail(`${name}() has no return type`);
  const ret = typeOf(c, ctx, '');
  if (c.is('{')) c.skipGroup();
  else c.expect(';');
  return `${head}declare function ${name}${generics}${params}: ${ret};\n`;
}

/** `export { a, b as c };`: a re-export of local names, which counts as using them. */
function exportList(c: Cursor, ctx: Ctx, head: string): string {
  c.expect('{');
  const items: string[] = [];
  while (!c.is('}')) {
    const local = c.ident();
    ctx.used.add(local);
    items.push(c.eat('as') ? `${local} as ${c.ident()}` : local);
    if (!c.eat(',')) break;
  }
  c.expect('}');
  if (c.is('from')) c.fail('re-exports from another module are not written by the templates');
  c.expect(';');
  return `${head}{ ${items.join(', ')} };\n`;
}

interface ImportDecl {
  doc: string;
  /** `import { ` … `} from '…';` around the specifiers, which are kept only when the .d.ts uses them. */
  specifiers: { text: string; local: string }[];
  from: string;
}

function importDecl(c: Cursor): ImportDecl {
  const doc = docsOf(c.tok, '');
  c.expect('import');
  if (c.is('type') && c.is('{', 1)) c.fail('import type { … } is not written by the templates');
  c.expect('{');
  const specifiers: ImportDecl['specifiers'] = [];
  while (!c.is('}')) {
    const isType = c.is('type') && c.peek(1).kind === 'ident' && !c.is(',', 1) && !c.is('}', 1);
    if (isType) c.next();
    const imported = c.ident();
    const local = c.eat('as') ? c.ident() : imported;
    specifiers.push({ text: `${isType ? 'type ' : ''}${imported}${local !== imported ? ` as ${local}` : ''}`, local });
    if (!c.eat(',')) break;
  }
  c.expect('}');
  c.expect('from');
  if (c.tok.kind !== 'string') c.fail('expected a module name');
  const from = c.next().text;
  c.expect(';');
  return { doc, specifiers, from };
}

/** The .d.ts body of a generated module (without its banner), or Unsupported. */
export function declarationsOf(source: string): string {
  const c = new Cursor(scan(source));
  const ctx: Ctx = { used: new Set() };
  const imports: ImportDecl[] = [];
  let body = '';
  while (c.tok.kind !== 'eof') {
    if (c.eat(';')) continue;
    if (c.is('import')) {
      imports.push(importDecl(c));
      continue;
    }
    const doc = docsOf(c.tok, '');
    if (!c.eat('export')) c.fail('a top-level statement that is not an export or an import');
    const head = `${doc}export `;
    if (c.is('class')) body += classDecl(c, ctx, head);
    else if (c.is('interface')) body += interfaceDecl(c, ctx, head);
    else if (c.is('const')) body += constDecl(c, ctx, head);
    else if (c.is('type')) body += typeAlias(c, ctx, head);
    else if (c.is('function')) body += functionDecl(c, ctx, head);
    else if (c.is('{')) body += exportList(c, ctx, head);
    else c.fail('an export tsbindgen does not write');
  }
  let head = '';
  for (const imp of imports) {
    const kept = imp.specifiers.filter((s) => ctx.used.has(s.local));
    if (kept.length) head += `${imp.doc}import { ${kept.map((s) => s.text).join(', ')} } from ${imp.from};\n`;
  }
  return head + body;
}
