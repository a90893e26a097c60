// Expected golden .ts files and generated/ must type-check under the project's strict settings, the way a user's
// `tsc --strict --noEmit` would see them (the root `tsc -p .` covers them too; this keeps it inside `vitest run`).

import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'node_modules') walk(p);
      } else if (name.endsWith('.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

test('golden expected/ and generated/ type-check under strict settings', () => {
  const golden = readdirSync(join(ROOT, 'test/golden'))
    .filter((c) => statSync(join(ROOT, 'test/golden', c)).isDirectory())
    .map((c) => join(ROOT, 'test/golden', c, 'expected'))
    .filter((d) => statSync(d, { throwIfNoEntry: false })?.isDirectory());
  const files = [...golden.flatMap(tsFiles), ...tsFiles(join(ROOT, 'generated'))];
  expect(files.length).toBeGreaterThan(0);
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...parsed.options, strict: true, noEmit: true });
  const problems = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.slice(ROOT.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  expect(problems).toEqual([]);
}, 120_000);
