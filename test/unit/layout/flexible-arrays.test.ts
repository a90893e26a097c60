// Where gcc accepts a flexible array member and where it refuses one: the layout must refuse the same
// records (with a located error) rather than lay out something gcc would never compile.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { runFrontEnd } from '../../../generator/frontend.ts';
import { memorySourceFs } from '../../../generator/source/source-fs.ts';
import { compilerAvailable } from './compilers.ts';

const CASES: Record<string, string> = {
  'in a union': 'union u { int n; int a[]; };',
  'not last': 'struct v { int n; int a[]; int z; };',
  'the only named member': 'struct t { int a[]; };',
  'after an anonymous struct with a named member': 'struct w { struct { int n; }; int a[]; };',
  'last, after a named member': 'struct x { int n; char a[]; };',
  'through a typedef, not last': 'typedef int arr_t[]; struct y { int n; arr_t a; int z; };',
};

function gccAccepts(source: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'flex-'));
  writeFileSync(join(dir, 'c.h'), `${source}\n`);
  try {
    execFileSync('gcc', ['-fsyntax-only', '-x', 'c', join(dir, 'c.h')], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

function oursAccepts(source: string): { ok: boolean; codes: string[] } {
  const sink = new DiagnosticSink();
  runFrontEnd(
    { headers: ['c.h'], target: 'x86_64', includeDirs: [], defines: [], undefines: [], nostdinc: true },
    memorySourceFs({ 'c.h': `${source}\n` }),
    sink,
  );
  return { ok: !sink.hasErrors, codes: sink.items.filter((d) => d.severity === 'error').map((d) => d.code) };
}

describe.skipIf(!compilerAvailable('x86_64'))('flexible array members are accepted exactly where gcc accepts them', () => {
  for (const [name, source] of Object.entries(CASES)) {
    it(name, () => {
      const ours = oursAccepts(source);
      expect(ours.ok).toBe(gccAccepts(source));
      if (!ours.ok) expect(ours.codes).toEqual(['flexible-array-position']);
    });
  }
});
