import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { parseKconfig } from '../../../generator/source/kconfig.ts';

function parse(text: string) {
  const sink = new DiagnosticSink();
  return { defines: parseKconfig(text, '.config', sink), sink };
}

describe('parseKconfig', () => {
  it('turns =y into CONFIG_X 1', () => {
    expect(parse('CONFIG_DRM=y\n').defines).toEqual([{ name: 'CONFIG_DRM', value: '1' }]);
  });

  it('turns =m into CONFIG_X_MODULE 1 and defines no CONFIG_X', () => {
    expect(parse('CONFIG_DRM_VGEM=m\n').defines).toEqual([{ name: 'CONFIG_DRM_VGEM_MODULE', value: '1' }]);
  });

  it('defines nothing for =n and for "is not set"', () => {
    expect(parse('CONFIG_A=n\n# CONFIG_B is not set\n').defines).toEqual([]);
  });

  it('keeps strings and numbers verbatim', () => {
    expect(parse('CONFIG_S="hello \\"x\\""\nCONFIG_N=0x10\nCONFIG_M=-3\n').defines).toEqual([
      { name: 'CONFIG_S', value: '"hello \\"x\\""' },
      { name: 'CONFIG_N', value: '0x10' },
      { name: 'CONFIG_M', value: '-3' },
    ]);
  });

  it('ignores comments and blank lines', () => {
    const r = parse('#\n# Automatically generated\n\nCONFIG_A=y\n');
    expect(r.defines).toEqual([{ name: 'CONFIG_A', value: '1' }]);
    expect(r.sink.items).toEqual([]);
  });

  it('reports a malformed line at its line', () => {
    const r = parse('CONFIG_A=y\nDRM=y\n');
    expect(r.sink.items.map((d) => [d.code, d.loc?.line, d.loc?.column])).toEqual([['kconfig-syntax', 2, 1]]);
  });

  it('reports an invalid value at the value', () => {
    const r = parse('CONFIG_A=yes\n');
    expect(r.sink.items.map((d) => [d.code, d.loc?.line, d.loc?.column])).toEqual([['kconfig-syntax', 1, 10]]);
  });

  it('lets a later line win and warns about the repeat', () => {
    const r = parse('CONFIG_A=y\n# CONFIG_A is not set\n');
    expect(r.defines).toEqual([]);
    expect(r.sink.items.map((d) => d.code)).toEqual(['kconfig-duplicate']);
  });
});
