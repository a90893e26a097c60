// Fields the back end cannot give an accessor, and names it must change, are reported rather than emitted wrongly.

import { describe, expect, test } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { recordMembers } from '../../../generator/emit/accessors.ts';
import type { RecordDecl } from '../../../generator/ir/types.ts';
import { TARGETS } from '../../../generator/layout/targets.ts';

const loc = { file: 'x.h', line: 3, column: 2 };
const rec: RecordDecl = {
  kind: 'record', id: 'struct outer', tag: 'struct', name: 'outer', complete: true, packed: false, header: 'x.h', loc,
  fields: [
    { name: 'inner', type: { kind: 'record', id: 'struct elsewhere' }, loc },
    { name: 'bytes', type: { kind: 'int', int: 'uint' }, loc },
  ],
};
const layout = {
  id: 'struct outer', kind: 'struct' as const, size: 8, align: 4,
  fields: [{ path: 'inner', offset: 0, size: 4, align: 4 }, { path: 'bytes', offset: 4, size: 4, align: 4 }],
};

function members() {
  const sink = new DiagnosticSink();
  const out = recordMembers(
    { ir: { decls: [rec], byId: new Map([[rec.id, rec]]), staticAsserts: [], skipped: [] }, target: TARGETS.x86_64, classFor: () => undefined,
    enumTypeFor: () => undefined, useAbi: () => undefined, sink },
    rec,
    layout,
  );
  return { out, sink };
}

describe('record members', () => {
  test('a nested record without a generated view is skipped with emit-field-skipped at the field', () => {
    const { out, sink } = members();
    expect(out.map((m) => m.name)).not.toContain('inner');
    expect(sink.items[0]).toMatchObject({ severity: 'warning', code: 'emit-field-skipped', loc });
  });

  test('a field named like a base-class member is exposed with a trailing underscore', () => {
    const { out, sink } = members();
    expect(out.map((m) => m.name)).toEqual(['bytes_']);
    expect(sink.items.map((d) => d.code)).toContain('emit-field-renamed');
  });
});
