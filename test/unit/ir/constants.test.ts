// Which macros become constants, which are skipped and why, and what a constant records.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { runFrontEnd } from '../../../generator/frontend.ts';
import type { ConstantDecl } from '../../../generator/ir/types.ts';
import { memorySourceFs } from '../../../generator/source/source-fs.ts';
import { compilerValues, hasCompiler } from '../source/compiler-truth.ts';
import { writeTree } from '../source/gcc-truth.ts';

const IOCTL_H = [
  '#define _IOC(dir,type,nr,size) (((dir) << 30) | ((type) << 8) | (nr) | ((size) << 16))',
  '#define _IOWR(type,nr,size) _IOC(3U,(type),(nr),(sizeof(size)))',
  '',
].join('\n');

const MAIN_H = [
  '#ifndef MAIN_H',
  '#define MAIN_H',
  '#include "ioctl.h"',
  'struct flink { unsigned int handle; unsigned int name; };',
  'enum color { RED = 1, GREEN = 5 };',
  '/** The base. */',
  "#define BASE 'd'",
  '#define FLINK _IOWR(BASE, 0x0A, struct flink)',
  '#define GREENISH (GREEN + 1)',
  '#define NAME "drm"',
  '#define TWICE(x) ((x) * 2)',
  '#define TYPE unsigned long',
  '#define MISSING (O_RDWR | 1)',
  '#define BIG 0xffffffffffffffffULL',
  '#define NEG (-1L)',
  '#define SIZE sizeof(struct flink)',
  '#define CODE do { } while (0)',
  'struct opaque;',
  'typedef unsigned char u8;',
  '#define OFF __builtin_offsetof(struct flink, name)',
  '#define ALIGN _Alignof(struct flink)',
  '#define TRUNC ((u8)0x1ff + 0)',
  '#define NEG_ENUM (-RED)',
  '#define OPAQUE_SIZE sizeof(struct opaque)',
  '#endif',
  '',
].join('\n');

function run(defines: { name: string; value?: string }[] = []) {
  const sink = new DiagnosticSink();
  const r = runFrontEnd(
    { headers: ['main.h'], target: 'x86_64', includeDirs: [], defines, undefines: [], nostdinc: true },
    memorySourceFs({ 'main.h': MAIN_H, 'ioctl.h': IOCTL_H }),
    sink,
  );
  const constants = new Map(r.ir.decls.filter((d): d is ConstantDecl => d.kind === 'constant').map((c) => [c.name, c]));
  const skipped = new Map(r.ir.skipped.map((s) => [s.name, s.reason]));
  return { constants, skipped, sink };
}

describe('resolveConstants', () => {
  it.skipIf(!hasCompiler('x86_64'))('gives gcc\'s value and type for each constant', () => {
    const { constants } = run();
    const names = ['BASE', 'FLINK', 'GREENISH', 'BIG', 'NEG', 'SIZE', 'OFF', 'ALIGN', 'TRUNC', 'NEG_ENUM'];
    const dir = writeTree({ 'main.h': MAIN_H, 'ioctl.h': IOCTL_H });
    const truth = compilerValues('x86_64', `#include "${dir}/main.h"`, names);
    expect(names.map((n) => [n, BigInt.asUintN(64, constants.get(n)!.value), constants.get(n)!.type])).toEqual(
      names.map((n, k) => [n, truth[k].value, truth[k].type]),
    );
  });

  it('records the _IOC fields and the sizeof argument type of an ioctl number', () => {
    expect(run().constants.get('FLINK')!.ioctl).toEqual({ dir: 3, type: 100, nr: 10, size: 8, argType: { kind: 'record', id: 'struct flink' } });
  });

  it('keeps the replacement text, doc comment, location and header', () => {
    const c = run().constants.get('BASE')!;
    expect([c.text, c.doc, c.loc, c.header]).toEqual(["'d'", 'The base.', { file: 'main.h', line: 7, column: 9 }, 'main.h']);
  });

  it('skips each non-constant macro with the reason', () => {
    const { skipped } = run();
    // NAME, a string literal, is not skipped: the literal-macros stage makes a string constant of it.
    expect(Object.fromEntries(['MAIN_H', 'NAME', 'TWICE', 'TYPE', 'MISSING', 'CODE', '_IOC'].map((n) => [n, skipped.get(n)]))).toEqual({
      MAIN_H: 'empty',
      NAME: undefined,
      TWICE: 'function-like macro',
      TYPE: 'expands to a type name',
      MISSING: 'uses undefined identifier O_RDWR',
      CODE: 'expands to code, not an expression',
      _IOC: 'function-like macro',
    });
  });

  it('leaves out built-in and command-line macros', () => {
    const { constants, skipped } = run([{ name: 'FROM_CLI', value: '3' }]);
    expect(constants.has('FROM_CLI') || skipped.has('FROM_CLI')).toBe(false);
    expect(constants.has('__INT_MAX__') || skipped.has('__INT_MAX__')).toBe(false);
  });

  it('skips sizeof of an incomplete type with the layout\'s reason', () => {
    expect(run().skipped.get('OPAQUE_SIZE')).toMatch(/^not an integer constant expression: .+/);
  });

  it('produces no diagnostics for skipped macros', () => {
    expect(run().sink.items).toEqual([]);
  });
});
