// tsbindgen's own .d.ts writer against TypeScript's transpileDeclaration, which is the truth: for every module
// the repository generates and for snippets of each construct, the two outputs must be the same bytes; what the
// writer does not know must be refused (Unsupported), never written differently.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { Unsupported } from '../../../generator/emit/declarations/scan.ts';
import { declarationsOf } from '../../../generator/emit/declarations/write.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function tsc(source: string): string {
  return ts.transpileDeclaration(source, {
    fileName: 'module.ts',
    compilerOptions: { declaration: true, isolatedDeclarations: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

function modulesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...modulesUnder(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const MODULES = [
  ...modulesUnder(join(ROOT, 'generated')),
  ...modulesUnder(join(ROOT, 'examples', 'linux-6.1', 'generated')),
  ...readdirSync(join(ROOT, 'test', 'golden'))
    .map((c) => join(ROOT, 'test', 'golden', c, 'expected'))
    .filter((d) => existsSync(d) && statSync(d).isDirectory())
    .flatMap(modulesUnder),
];

describe('the .d.ts of every generated module equals tsc’s', () => {
  test('there are modules to compare (generated/, the kernel example, the golden cases)', () => {
    expect(MODULES.length).toBeGreaterThan(100);
  });
  test.each(MODULES.map((m) => relative(ROOT, m)))('%s', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    expect(declarationsOf(source)).toBe(tsc(source));
  });
});

const SNIPPETS: Record<string, string> = {
  'literal constants, in the canonical form tsc prints values in':
    [
      'export const A = 1;',
      'export const B = -2;',
      'export const C = 0x10n;',
      'export const D = "s";',
      'export const E = 1.5e-3;',
      'export const F = true;',
      'export const G = 0x10;',
      'export const H = 1e21;',
      'export const I = 0b11;',
      'export const J = 1_000;',
      'export const K = -0x10n;',
      'export const L = .5;',
      'export const M = 1.50;',
      "export const N = 'single';",
      'export const O = "tab\\t nl\\n quote\\" back\\\\ nul\\0 nul-digit\\x001 hex\\x41 u\\u00e9 é € 𝄞 \\u{1F600} ctl\\x01";',
      'export const P = { a: 0x10, b: 1e-3, c: 0x10n, d: \'é\' } as const;',
      "export const Q: 0x10 | 'a' | 1_0n = 0x10;",
    ].join('\n'),
  'an as-const object with nesting, null, negatives, bigints and `x as T`':
    'export class k {}\nexport const t = {\n  a: { n: 1, m: -1, b: 2n, s: "x", z: null, c: k as typeof k },\n  "q r": [1, 2],\n} as const;\n',
  'annotated constants keep their annotation, not their value':
    'export interface L { readonly f: readonly { readonly p?: string }[] }\nexport const x: { readonly [t: string]: { readonly [id: string]: L } } = { a: {} };\n',
  'a class with statics, declared fields, a defaulted constructor, accessors, methods and generics':
    [
      "import { type B, R, unused } from 'lib';",
      '/** doc */',
      'export class v extends R {',
      '  static readonly SIZE: number = 8;',
      '  static readonly OFFSETS = { a: 0, b: 4 } as const;',
      '  declare readonly view: DataView;',
      '  constructor(buffer: B, byteOffset = 0, name = "x") {',
      '    super();',
      '    if (byteOffset > 0) { throw new Error(`no`); }',
      '  }',
      '  /**',
      '   * Two lines.',
      '   */',
      '  protected override get size(): number {',
      '    return 8;',
      '  }',
      '  get a(): number { return 1; }',
      '  set a(value: number | bigint) { void value; }',
      '  static alloc(): v { return new v(new ArrayBuffer(8)); }',
      '  items<T extends object = {}>(count: number, ...rest: T[]): Map<string, T[]> { return new Map(); }',
      '}',
      '',
    ].join('\n'),
  'function types, unions, keyof, indexed access and tuples':
    [
      'export const E = { X: 0, Y: 1 } as const;',
      'export type E = (typeof E)[keyof typeof E];',
      'export type F = (a: number, b?: string, ...c: unknown[]) => void;',
      'export type G = [number, string] | null | readonly number[];',
      'export interface H {',
      '  f(x: E): E;',
      '  g: (y: H) => H | undefined;',
      '  readonly [k: number]: unknown;',
      '}',
      'export interface Empty {}',
      'export function f(x: number): number { return x; }',
    ].join('\n'),
  'a re-export under another name (a typedef of a record)': 'export class refcount_struct {}\nexport { refcount_struct as refcount_t };\n',
};

describe('constructs, each against tsc', () => {
  test.each(Object.entries(SNIPPETS))('%s', (_name, source) => {
    expect(declarationsOf(source)).toBe(tsc(source));
  });
});

describe('what the writer does not know is refused, for tsc to handle', () => {
  test.each([
    ['an unannotated non-literal constant', 'export const a = Math.max(1, 2);\n'],
    ['a getter without a return type', 'export class c { get x() { return 1; } }\n'],
    ['a template literal with a substitution', 'export const a = `x${1}`;\n'],
    ['an object constant without `as const`', 'export const o = { a: 1 };\n'],
    ['an unterminated comment', 'export const a = 1; /*'],
    ['a statement that is not an export', 'class local {}\n'],
  ])('%s', (_name, source) => {
    expect(() => declarationsOf(source)).toThrow(Unsupported);
  });
});
