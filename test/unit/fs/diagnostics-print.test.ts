import { describe, expect, test } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { formatWithSource, lineReader, MAX_EXCERPT } from '../../../generator/diagnostics-print.ts';

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

describe('long lines and floods', () => {
  const long = `${'a'.repeat(1000)}X${'b'.repeat(1000)}`;
  const longReader = lineReader(() => `${long}\n`);

  test('a long line is cut to a window around the column, marked with …, the caret still under the column', () => {
    const d = { severity: 'error' as const, code: 'c', message: 'm', loc: { file: 'l.h', line: 1, column: 1001 } };
    const [, shown, caret] = formatWithSource(d, longReader).split('\n');
    expect(shown.length).toBeLessThanOrEqual(2 + MAX_EXCERPT + 2);
    expect(shown.startsWith('  …') && shown.endsWith('…')).toBe(true);
    expect(shown[caret.length - 1]).toBe('X');
  });

  test('a column at the very end of a long line keeps the caret on the line', () => {
    const d = { severity: 'error' as const, code: 'c', message: 'm', loc: { file: 'l.h', line: 1, column: long.length } };
    const [, shown, caret] = formatWithSource(d, longReader).split('\n');
    expect(shown.endsWith('b')).toBe(true);
    expect(caret.length).toBe(shown.length);
  });

  test('the sink keeps 100 errors in all, repeats do not count, and the note counts what it dropped', () => {
    const sink = new DiagnosticSink();
    for (let i = 1; i <= 150; i++) for (let copy = 0; copy < 5; copy++) sink.error('c', 'm', { file: 'f.h', line: i, column: 1 });
    expect(sink.items.filter((d) => d.severity === 'error')).toHaveLength(500);
    expect(new Set(sink.items.filter((d) => d.severity === 'error').map((d) => d.loc!.line)).size).toBe(100);
    expect(sink.items.at(-1)!.message).toMatch(/^50 more diagnostics \(50 errors\) not shown/);
    expect(sink.hasErrors).toBe(true);
  });
});
