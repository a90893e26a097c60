import { describe, expect, it } from 'vitest';
import { helpText, isDiagnostic, OPTIONS, parseArgs, type CliOptions } from '../../generator/options.ts';

function ok(argv: string[]): CliOptions {
  const r = parseArgs(argv);
  if (r === 'help' || isDiagnostic(r)) throw new Error(`expected options, got ${JSON.stringify(r)}`);
  return r;
}

describe('parseArgs', () => {
  it('reads separate and glued -I/-D/-U in command-line order', () => {
    const o = ok(['layout', '-Ia', '-I', 'b', '-DX', '-D', 'Y=2', '-UZ', 'h.h']);
    expect(o.includeDirs).toEqual(['a', 'b']);
    expect(o.defines).toEqual([{ name: 'X' }, { name: 'Y', value: '2' }]);
    expect(o.undefines).toEqual(['Z']);
    expect(o.headers).toEqual(['h.h']);
  });

  it('defaults the target to x86_64 and accepts --target=T', () => {
    expect(ok(['layout', 'h.h']).target).toBe('x86_64');
    expect(ok(['layout', '--target=armhf', 'h.h']).target).toBe('armhf');
  });

  it('rejects an unknown target naming the known ones', () => {
    const r = parseArgs(['layout', '--target', 'mips', 'h.h']);
    expect(isDiagnostic(r) && r.message).toMatch(/unknown target "mips".*x86_64, i386, aarch64, armhf, wasm32/);
  });

  it('gives --config the Kconfig meaning for layout and the manifest meaning for generate', () => {
    expect(ok(['layout', '--config', 'k', 'h.h']).kconfig).toBe('k');
    expect(ok(['generate', '--config', 'p.json']).projectConfig).toBe('p.json');
  });

  it('rejects an option that belongs to another command', () => {
    const r = parseArgs(['layout', '--check', 'h.h']);
    expect(isDiagnostic(r) && r.code).toBe('cli-usage');
  });

  it('requires a header for layout and refuses headers for generate', () => {
    expect(isDiagnostic(parseArgs(['layout']))).toBe(true);
    expect(isDiagnostic(parseArgs(['generate', 'x.h']))).toBe(true);
  });

  it('reports a missing option argument', () => {
    const r = parseArgs(['layout', 'h.h', '-I']);
    expect(isDiagnostic(r) && r.message).toMatch(/needs DIR/);
  });

  it('parses two targets for abi-diff', () => {
    expect(ok(['abi-diff', '--targets', 'armhf,aarch64', 'h.h']).targets).toEqual(['armhf', 'aarch64']);
  });

  it('documents every option in --help', () => {
    const text = helpText();
    for (const spec of OPTIONS) for (const flag of spec.flags) expect(text).toContain(flag);
  });
});

describe('-D and -U order', () => {
  it('keeps -D and -U in command-line order for the preprocessor', () => {
    const o = ok(['layout', '-UX', '-DX=2', '-UY', 'h.h']);
    expect(o.commandLine).toEqual([
      { kind: 'undefine', name: 'X' },
      { kind: 'define', name: 'X', value: '2' },
      { kind: 'undefine', name: 'Y' },
    ]);
  });
});
