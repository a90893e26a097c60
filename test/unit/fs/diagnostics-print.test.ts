import { describe, expect, test } from 'vitest';
import { formatWithSource, lineReader } from '../../../generator/diagnostics-print.ts';

const files: Record<string, string> = { 'a.h': 'int x;\n\tstruct s {\n' };
const reader = lineReader((f) => files[f]);

describe('diagnostics with source', () => {
  test('prints the compiler-style line, the source line and a caret under the column', () => {
    const d = { severity: 'error' as const, code: 'c', message: 'm', loc: { file: 'a.h', line: 1, column: 5 } };
    expect(formatWithSource(d, reader)).toBe('a.h:1:5: error c: m\n  int x;\n      ^');
  });

  test('keeps tabs before the caret so it lines up under any tab width', () => {
    const d = { severity: 'warning' as const, code: 'c', message: 'm', loc: { file: 'a.h', line: 2, column: 9 } };
    expect(formatWithSource(d, reader).split('\n')[2]).toBe('  \t       ^');
  });

  test('without a location or a readable file only the first line is printed', () => {
    expect(formatWithSource({ severity: 'error', code: 'c', message: 'm' }, reader)).toBe('tsbindgen: error c: m');
    expect(formatWithSource({ severity: 'error', code: 'c', message: 'm', loc: { file: 'gone.h', line: 1, column: 1 } }, reader)).toBe('gone.h:1:1: error c: m');
  });
});
