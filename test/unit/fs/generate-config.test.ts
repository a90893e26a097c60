// The config keys a new project needs, through the real generate path on a temp project: only name + headers per
// subsystem, `exclude`, absolute include folders, `perTarget` defines, diagnostics naming their targets, and
// warnings from system headers off unless asked for.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { mergeTargetDiagnostics, runGenerate } from '../../../generator/generate.ts';
import { defaultOptions, type CliOptions } from '../../../generator/options.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(config: Record<string, unknown>, headers: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsbindgen-cfg-'));
  dirs.push(dir);
  for (const [p, text] of Object.entries(headers)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  writeFileSync(join(dir, 'tsbindgen.config.json'), JSON.stringify(config));
  return dir;
}

async function generate(dir: string, extra: Partial<CliOptions> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runGenerate({ ...defaultOptions('generate'), ...extra }, {
    cwd: dir,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

describe('generate with a new project config', () => {
  test('name + headers, an absolute include folder, exclude and perTarget defines are all honoured', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'tsbindgen-abs-'));
    dirs.push(outside);
    writeFileSync(join(outside, 'abs.h'), '#define FROM_ABS 5\n');
    const dir = project(
      {
        headersRoot: 'headers',
        includeDirs: ['headers', outside],
        exclude: ['broken/*.h'],
        targets: ['x86_64', 'i386'],
        perTarget: { i386: { defines: ['BITS=32'] }, x86_64: { defines: ['BITS=64'] } },
        subsystems: [{ name: 'mine', headers: ['*.h'] }],
      },
      {
        'headers/a.h': '#include <stddef.h>\n#include <abs.h>\nstruct a { size_t n; };\n#define A_VAL FROM_ABS\n#define A_BITS BITS\n',
        'headers/broken/b.h': '#error excluded headers are never read\n',
      },
    );
    const r = await generate(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const x64 = readFileSync(join(dir, 'generated/mine/x86_64.ts'), 'utf8');
    const i386 = readFileSync(join(dir, 'generated/mine/i386.ts'), 'utf8');
    expect(x64).toContain('export const A_VAL = 5;');
    expect(x64).toContain('export const A_BITS = 64;');
    expect(i386).toContain('export const A_BITS = 32;');
    expect(existsSync(join(dir, 'generated/broken'))).toBe(false);
  });

  test('a diagnostic only some targets report names them; one every target reports is printed once, untagged', async () => {
    const dir = project(
      { headersRoot: 'h', targets: ['x86_64', 'i386'], subsystems: [{ name: 'mine', headers: ['*.h'] }] },
      { 'h/a.h': '#ifdef __x86_64__\n#warning wide\n#endif\n#warning everywhere\nstruct a { int x; };\n' },
    );
    const r = await generate(dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning-directive: #warning wide [x86_64]');
    expect(r.stderr.match(/#warning everywhere/g)?.length).toBe(2); // the message line and the quoted source line
    expect(r.stderr).not.toContain('everywhere [');
  });

  test('mergeTargetDiagnostics lists every target that reported a finding', () => {
    const d = { severity: 'warning' as const, code: 'x', message: 'm', loc: { file: 'a.h', line: 1, column: 1 } };
    expect(mergeTargetDiagnostics(['x86_64', 'i386', 'armhf'], [[d], [], [d]]).map((x) => x.message)).toEqual(['m [x86_64, armhf]']);
    expect(mergeTargetDiagnostics(['x86_64', 'i386'], [[d], [d]]).map((x) => x.message)).toEqual(['m']);
  });

  test.skipIf(!existsSync('/usr/include/time.h'))('warnings located in system headers are off by default and on with systemHeaderWarnings or -Wsystem-headers', async () => {
    const files = { 'h/a.h': '#include <time.h>\nstruct a { int x; };\n' };
    const quiet = await generate(project({ headersRoot: 'h', subsystems: [{ name: 'mine', headers: ['*.h'] }] }, files));
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain('/usr/include/');
    const loud = await generate(project({ headersRoot: 'h', systemHeaderWarnings: true, subsystems: [{ name: 'mine', headers: ['*.h'] }] }, files));
    expect(loud.stderr).toMatch(/\/usr\/include\/time\.h:\d+:\d+: warning variable-ignored/);
    const flag = await generate(project({ headersRoot: 'h', subsystems: [{ name: 'mine', headers: ['*.h'] }] }, files), { systemHeaderWarnings: true });
    expect(flag.stderr).toMatch(/\/usr\/include\/time\.h:\d+:\d+: warning variable-ignored/);
  });
});
