// Hand-built IR and layouts (as the front end would produce them for x86_64) so the back end is testable alone.
// Layout numbers are what gcc reports for the equivalent C (checked with offsetof/sizeof when written).

import type { CType, Decl, IrModule, RecordDecl } from '../../../generator/ir/types.ts';
import type { FieldLayout, LayoutTable, RecordLayout } from '../../../generator/layout/types.ts';

const loc = (line: number) => ({ file: 'headers/uapi/drm/drm.h', line, column: 1 });
export const u32: CType = { kind: 'named', name: '__u32' };
export const u64: CType = { kind: 'named', name: '__u64' };

function ir(decls: Decl[]): IrModule {
  return { decls, byId: new Map(decls.map((d) => [d.id, d])), staticAsserts: [], skipped: [] };
}

function rec(id: string, fields: RecordDecl['fields'], extra: Partial<RecordDecl> = {}): RecordDecl {
  return {
    kind: 'record', id, tag: id.startsWith('union') ? 'union' : 'struct', name: id.split(' ')[1]!, complete: true,
    fields, packed: false, loc: loc(10), header: 'headers/uapi/drm/drm.h', ...extra,
  };
}

function field(name: string | null, type: CType, bitWidth?: number): RecordDecl['fields'][number] {
  return { name, type, loc: loc(11), ...(bitWidth !== undefined ? { bitWidth } : {}) };
}

function layout(id: string, size: number, align: number, fields: FieldLayout[]): [string, RecordLayout] {
  return [id, { id, kind: id.startsWith('union') ? 'union' : 'struct', size, align, fields }];
}

export function drmFixture(): { ir: IrModule; layout: LayoutTable } {
  const decls: Decl[] = [
    { kind: 'typedef', id: '__u32', name: '__u32', type: { kind: 'int', int: 'uint' }, loc: loc(1), header: 'headers/uapi/drm/drm.h' },
    { kind: 'typedef', id: '__u64', name: '__u64', type: { kind: 'int', int: 'ulonglong' }, loc: loc(2), header: 'headers/uapi/drm/drm.h' },
    rec('struct drm_gem_open', [field('handle', u32), field('name', u32), field('size', u64)], { doc: 'Open a flinked object.' }),
    rec('struct bits', [field('a', { kind: 'int', int: 'uint' }, 3), field('b', { kind: 'int', int: 'int' }, 5), field(null, { kind: 'int', int: 'int' }, 0), field('c', { kind: 'int', int: 'int' }, 4)]),
    rec('struct withanon', [
      field('kind', u32),
      field(null, { kind: 'record', id: 'union withanon::anon0' }),
      field('tag', { kind: 'array', element: { kind: 'int', int: 'char' }, length: 8 }),
      field('words', { kind: 'array', element: u32, length: 2 }),
      field('open', { kind: 'record', id: 'struct drm_gem_open' }),
      field('ptr', { kind: 'pointer', pointee: { kind: 'void' } }),
      field('data', { kind: 'array', element: u64, length: null }),
    ]),
    rec('union withanon::anon0', [field('x', u32), field('y', u64)], { name: null, parent: 'struct withanon' }),
    {
      kind: 'enum', id: 'enum drm_mode', name: 'drm_mode', complete: true, underlying: 'uint', packed: false,
      enumerators: [{ name: 'MODE_A', value: 0n, loc: loc(30) }, { name: 'MODE_B', value: 5n, loc: loc(31) }],
      loc: loc(29), header: 'headers/uapi/drm/drm.h',
    },
    { kind: 'constant', id: 'BIG', name: 'BIG', value: 1n << 60n, type: 'ulonglong', text: '(1ULL << 60)', loc: loc(40), header: 'headers/uapi/drm/drm.h' },
    {
      kind: 'constant', id: 'DRM_IOCTL_GEM_OPEN', name: 'DRM_IOCTL_GEM_OPEN', value: 3222299659n, type: 'uint',
      text: "DRM_IOWR(0x0b, struct drm_gem_open)", loc: loc(41), header: 'headers/uapi/drm/drm.h',
      ioctl: { dir: 3, type: 100, nr: 11, size: 16, argType: { kind: 'record', id: 'struct drm_gem_open' } },
    },
    {
      kind: 'function', id: 'gem_size', name: 'gem_size', ret: u64, variadic: false, isStatic: true, isInline: true,
      params: [{ name: 'obj', type: { kind: 'pointer', pointee: { kind: 'record', id: 'struct drm_gem_open' } } }],
      loc: loc(50), header: 'headers/uapi/drm/drm.h', body: '{ return obj->size; }',
    },
  ];
  const table: LayoutTable = {
    target: 'x86_64',
    records: new Map([
      layout('struct drm_gem_open', 16, 8, [
        { path: 'handle', offset: 0, size: 4, align: 4 },
        { path: 'name', offset: 4, size: 4, align: 4 },
        { path: 'size', offset: 8, size: 8, align: 8 },
      ]),
      layout('struct bits', 8, 4, [
        { path: 'a', offset: 0, size: 4, align: 4, bitOffset: 0, bitWidth: 3 },
        { path: 'b', offset: 0, size: 4, align: 4, bitOffset: 3, bitWidth: 5 },
        { path: 'c', offset: 4, size: 4, align: 4, bitOffset: 32, bitWidth: 4 },
      ]),
      layout('struct withanon', 56, 8, [
        { path: 'kind', offset: 0, size: 4, align: 4 },
        { path: 'x', offset: 8, size: 4, align: 4 },
        { path: 'y', offset: 8, size: 8, align: 8 },
        { path: 'tag', offset: 16, size: 8, align: 1 },
        { path: 'words', offset: 24, size: 8, align: 4 },
        { path: 'open', offset: 32, size: 16, align: 8 },
        { path: 'open.handle', offset: 32, size: 4, align: 4 },
        { path: 'open.name', offset: 36, size: 4, align: 4 },
        { path: 'open.size', offset: 40, size: 8, align: 8 },
        { path: 'ptr', offset: 48, size: 8, align: 8 },
        { path: 'data', offset: 56, size: 0, align: 8 },
      ]),
      layout('union withanon::anon0', 8, 8, [
        { path: 'x', offset: 0, size: 4, align: 4 },
        { path: 'y', offset: 0, size: 8, align: 8 },
      ]),
    ]),
  };
  return { ir: ir(decls), layout: table };
}
