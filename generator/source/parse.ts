// tree-sitter-c over the preprocessed text, and the syntax errors it finds, placed in the original headers.
// Diagnostic codes: syntax-error, syntax-missing, unsupported-construct.

import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type Parser from 'tree-sitter';
import type { DiagnosticSink, SourceLoc } from '../diagnostics.ts';
import { copyTree, type CNode, type CTree, type Point } from './syntax-tree.ts';
import { rewriteGnu, type ComplexBase, type GnuRewrite } from './gnu-rewrite.ts';
import type { PreprocessedSource } from './types.ts';
import { sharedWork } from './shared-work.ts';

let parser: Parser | undefined;

// Both native modules are loaded with require(), not import: node's ESM-to-CommonJS bridge first scans
// tree-sitter's index.js for its export names, ~8 ms of every run.
const require = createRequire(import.meta.url);

/**
 * The compiled C grammar, loaded the way tree-sitter-c's own entry loads it (node-gyp-build picks the
 * prebuilt or locally built addon) but without the node-types.json that entry attaches: given that file,
 * setLanguage builds a typed SyntaxNode subclass per node kind with `new Function`, about 27 ms of every
 * run, for field getters (`declaratorNode`…) this project never uses — it asks childForFieldName.
 */
function cGrammar(): Parser.Language {
  const load = require('node-gyp-build') as (dir: string) => unknown;
  return load(dirname(require.resolve('tree-sitter-c/package.json'))) as Parser.Language;
}

// tree-sitter-c cannot parse an attribute between `enum` or `union` and the tag (`enum __attribute__((packed)) e {`,
// `union __attribute__((aligned(8))) u {`): it is blanked out before parsing and kept aside, keyed by the offset
// of the keyword.
const TAG_ATTRIBUTE = /\b(enum|union)(\s+)(__attribute(?:__)?\s*\(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\))/g;
const enumAttributes = new WeakMap<CTree, Map<number, string>>();

function hoistEnumAttributes(text: string, into: Map<number, string>): string {
  return text.replace(TAG_ATTRIBUTE, (whole, keyword: string, space: string, attr: string, offset: number) => {
    into.set(offset, attr);
    return `${keyword}${space}${' '.repeat(attr.length)}`;
  });
}

/** The attribute text written right after the `enum` or `union` keyword at `offset`, which the tree does not hold. */
export function enumAttributeAt(tree: CTree, offset: number): string | undefined {
  return enumAttributes.get(tree)?.get(offset);
}

// `_Static_assert(e, "m");` is valid at file scope and inside a record body, but tree-sitter-c only knows it as a
// call at file scope. Every one is blanked out before parsing (newlines kept) and handed to lowering from here.
const STATIC_ASSERT = /\b(?:_Static_assert|static_assert)\s*\(/g;

export interface HoistedStaticAssert {
  /** Offset of the keyword in the text given to parseC. */
  offset: number;
  /** The text between the parentheses. */
  args: string;
}

const staticAsserts = new WeakMap<CTree, HoistedStaticAssert[]>();

/** Index just past the `)` matching the `(` at `open`, skipping string and character literals; -1 when unbalanced. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function hoistStaticAsserts(text: string, original: string, into: HoistedStaticAssert[]): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(STATIC_ASSERT)) {
    const offset = m.index ?? 0;
    if (offset < last) continue;
    const open = offset + m[0].length - 1;
    const close = closingParen(text, open);
    if (close < 0) continue;
    const semi = /^\s*;/.exec(text.slice(close))?.[0].length ?? 0;
    const end = close + semi;
    into.push({ offset, args: original.slice(open + 1, close - 1) });
    out += text.slice(last, offset) + text.slice(offset, end).replace(/[^\n]/g, ' ');
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** The static assertions parseC took out of the text, in order. */
export function staticAssertsOf(tree: CTree): readonly HoistedStaticAssert[] {
  return staticAsserts.get(tree) ?? [];
}

function cParser(): Parser {
  if (!parser) {
    const TreeSitter = require('tree-sitter') as typeof Parser;
    parser = new TreeSitter();
    parser.setLanguage(cGrammar());
  }
  return parser;
}

// The default 32 KiB buffer makes tree-sitter's node binding reject long inputs; size it to the text.
const bufferSize = (input: string): number => Math.max(32 * 1024, input.length * 2 + 1024);

/** tree-sitter-c's own tree for `input`, exactly as given (parseC rewrites the text first, then copies the tree). */
export function treeSitterParse(input: string): Parser.Tree {
  return cParser().parse(input, undefined, { bufferSize: bufferSize(input) });
}

/**
 * tree-sitter's error recovery is superlinear in the length of some unparseable runs (a 30k-element
 * initializer inside a record body: ~13 s; `int int … int x;`, designators in an enum), while valid C
 * parses at 2–4 MB/s. A parse using more CPU than this budget is stopped; the declaration it was in is
 * then a syntax error of its own. The budget allows ~250 kB/s, an order of magnitude below any valid
 * input's rate, so it never decides an answer on valid C; CPU time, not wall time, so a loaded machine
 * does not shrink it.
 */
export const PARSE_BUDGET = { baseMs: 2000, msPerMegabyte: 4000 };

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The tree, or — when the budget ran out — the offset (UTF-16 units) the parser had reached. */
function parseWithinBudget(input: string, budgetMs: number): Parser.Tree | { stoppedAt: number } {
  const start = cpuMs();
  let reached = 0;
  let calls = 0;
  const tree = cParser().parse(input, undefined, {
    bufferSize: bufferSize(input),
    // Called every ~100 parser operations with the byte offset reached in the UTF-16 input; the clock
    // is read every 32nd call (~4 kB of valid C).
    progressCallback: (byte: number) => {
      reached = byte >> 1;
      return ++calls % 32 === 0 && cpuMs() - start > budgetMs;
    },
  });
  if (tree) return tree;
  // A stopped parse would otherwise resume on the next call, whatever its text.
  cParser().reset();
  return { stoppedAt: Math.min(reached, input.length) };
}

const rewrites = new WeakMap<CTree, GnuRewrite>();
const dropped = new WeakMap<CTree, CNode[]>();

/** The operand text of the `typeof(…)` written at `offset` (gnu-rewrite.ts made it one identifier). */
export function typeofAt(tree: CTree, offset: number): string | undefined {
  return rewrites.get(tree)?.typeofs.get(offset);
}

/** The real type of the `_Complex` type written at `offset`. */
export function complexAt(tree: CTree, offset: number): ComplexBase | undefined {
  return rewrites.get(tree)?.complexes.get(offset);
}

const MAX_REPARSES = 4;

/** A declaration blanked because parsing it ran past the budget: where it starts in the parsed text. */
interface Stall extends Point {
  chars: number;
  budgetMs: number;
}
const stalled = new WeakMap<CTree, Stall[]>();

function firstNonBlank(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i < to ? i : from;
}

function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** Parse preprocessed C into plain nodes (syntax-tree.ts). Node offsets index `text` itself (use them to slice the original text). */
export function parseC(text: string): CTree {
  // Pure in the text, and nothing changes a tree once built: targets that preprocess alike share one.
  const shared = sharedWork();
  const known = shared?.trees.get(text);
  if (known !== undefined) return known;
  const tree = parseFresh(text);
  shared?.trees.set(text, tree);
  return tree;
}

function parseFresh(text: string): CTree {
  const hoisted = new Map<number, string>();
  const asserts: HoistedStaticAssert[] = [];
  const gnu = rewriteGnu(text);
  let input = hoistStaticAsserts(hoistEnumAttributes(gnu.text, hoisted), text, asserts);
  const budgetMs = PARSE_BUDGET.baseMs + (PARSE_BUDGET.msPerMegabyte * input.length) / 1e6;
  const stalls: Stall[] = [];
  // A parse stopped by the budget: the declaration it was in is blanked and the text parsed again, as
  // many times as it takes; every declaration blanked costs at most one budget.
  let parsed = parseWithinBudget(input, budgetMs);
  while (!('rootNode' in parsed)) {
    const [from, to] = declarationSpan(gnu.boundaries, parsed.stoppedAt, input.length);
    stalls.push({ ...pointAt(input, firstNonBlank(input, from, to)), chars: to - from, budgetMs });
    input = input.slice(0, from) + input.slice(from, to).replace(/[^\n]/g, ' ') + input.slice(to);
    parsed = parseWithinBudget(input, budgetMs);
  }
  let tree = copyTree(parsed, input, gnu.source);
  // A declaration tree-sitter cannot parse can take the rest of the text into its error recovery. Each broken
  // top-level declaration is blanked (its errors kept for syntaxDiagnostics) and the text parsed again, so one
  // bad declaration costs only itself.
  const errors: CNode[] = [];
  for (let round = 0; round < MAX_REPARSES && tree.rootNode.hasError; round++) {
    const found = syntaxErrorNodes(tree);
    const spans = found.map((n) => declarationSpan(gnu.boundaries, n.startIndex, input.length));
    errors.push(...found);
    let next = '';
    let last = 0;
    for (const [from, to] of mergeSpans(spans)) {
      next += input.slice(last, from) + input.slice(from, to).replace(/[^\n]/g, ' ');
      last = to;
    }
    if (last === 0) break;
    input = next + input.slice(last);
    tree = copyTree(treeSitterParse(input), input, gnu.source);
  }
  rewrites.set(tree, gnu);
  if (errors.length > 0) dropped.set(tree, errors);
  if (stalls.length > 0) stalled.set(tree, stalls);
  if (hoisted.size > 0) enumAttributes.set(tree, hoisted);
  if (asserts.length > 0) staticAsserts.set(tree, asserts);
  return tree;
}

/** The top-level declaration around `at`: from the boundary before it to the next one. */
function declarationSpan(boundaries: number[], at: number, end: number): [number, number] {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? boundaries[lo - 1] : 0, lo < boundaries.length ? boundaries[lo] : end];
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s[0] <= prev[1]) prev[1] = Math.max(prev[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** Where a point of the preprocessed text came from (tree-sitter columns are UTF-16 units, as SourceLoc's). */
export function originOf(pp: PreprocessedSource, row: number, column: number): SourceLoc {
  const origin = pp.lineMap[row] ?? pp.lineMap[pp.lineMap.length - 1];
  if (!origin) return { file: pp.mainFiles[0] ?? '<input>', line: row + 1, column: column + 1 };
  return { file: origin.file, line: origin.line, column: column + 1 };
}

export function nodeLoc(node: CNode, pp: PreprocessedSource): SourceLoc {
  return originOf(pp, node.startPosition.row, node.startPosition.column);
}

/**
 * tree-sitter-c marks two valid C forms as MISSING: an unnamed bitfield (`int :3;`, no declarator before
 * the colon) and a declaration that only declares a tag (`__attribute__((x)) struct s {…};`).
 */
function isValidMissing(node: CNode): boolean {
  if (node.type === 'field_identifier') return node.nextSibling?.type === 'bitfield_clause';
  if (node.type === 'identifier' && node.parent?.type === 'declaration') {
    const type = node.parent.childForFieldName('type')?.type;
    return type === 'struct_specifier' || type === 'union_specifier' || type === 'enum_specifier';
  }
  return false;
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

const GNU_UNSUPPORTED = /\b(__typeof__|__typeof|typeof|__auto_type|_Generic|asm|__asm__|__asm)\b/;

function reportError(node: CNode, pp: PreprocessedSource, sink: DiagnosticSink): void {
  const loc = nodeLoc(node, pp);
  // An ERROR covering a construct tree-sitter-c does not know is better named for what it is.
  const around = `${node.parent?.text ?? ''}`;
  const gnu = GNU_UNSUPPORTED.exec(node.text) ?? GNU_UNSUPPORTED.exec(around);
  if (gnu) {
    sink.error('unsupported-construct', `"${gnu[1]}" is not supported by tsbindgen (near "${excerpt(node.text)}")`, loc);
    return;
  }
  const text = excerpt(node.text);
  sink.error(
    'syntax-error',
    text ? `cannot parse "${text}"; check this declaration for a typo or a macro that did not expand` : 'cannot parse the text here',
    loc,
  );
}

/** Every ERROR and (genuinely) MISSING node, outermost only: an ERROR's own children are not reported again. */
function syntaxErrorNodes(tree: CTree): CNode[] {
  const out: CNode[] = [];
  const visit = (node: CNode): void => {
    if (node.type === 'ERROR' || (node.isMissing && !isValidMissing(node))) {
      out.push(node);
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) visit(child);
  };
  visit(tree.rootNode);
  return out;
}

/**
 * Every syntax error becomes one diagnostic: those of the declarations parseC blanked out, then any left.
 * Function bodies are never parsed (gnu-rewrite.ts blanks them), so nothing in a body is reported.
 */
export function syntaxDiagnostics(tree: CTree, pp: PreprocessedSource, sink: DiagnosticSink): void {
  for (const s of stalled.get(tree) ?? []) {
    sink.error(
      'syntax-error',
      `cannot parse this declaration: tree-sitter's error recovery over its ${s.chars} characters ran past ${Math.round(s.budgetMs)} ms; check it for a typo or a macro that did not expand`,
      originOf(pp, s.row, s.column),
    );
  }
  const nodes = [...(dropped.get(tree) ?? []), ...syntaxErrorNodes(tree)].sort((a, b) => a.startIndex - b.startIndex);
  for (const node of nodes) {
    if (node.type === 'ERROR') {
      reportError(node, pp, sink);
    } else {
      const expected = node.isNamed ? `a ${node.type.replace(/_/g, ' ')}` : `"${node.type}"`;
      sink.error('syntax-missing', `expected ${expected} here`, nodeLoc(node, pp));
    }
  }
}
