// The allowlist stage: what is generated for an allowlist, and which errors still fail the run.
// Sizes asserted here are gcc's for x86_64 (checked by hand with gcc -c on the same text: int 4, pointer 8).

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { runFrontEnd } from '../../../generator/frontend.ts';
import { emptySpec, type SelectSpec } from '../../../generator/select/spec.ts';
import { memorySourceFs } from '../../../generator/source/source-fs.ts';

const HEADER = `
struct inner { int a; };
struct other { long x; };
struct leaf { char c; };
struct outer { struct inner in; struct other *p; union { int u; short s; }; };
typedef struct outer outer_t;
struct handle { int id; struct leaf l; };
static inline int handle_id(struct handle *h, outer_t o) { return h->id; }
int unrelated_fn(struct other *o);
#define ANSWER 42
#define OTHER_ANSWER 43
`;

function run(spec: Partial<SelectSpec>, text = HEADER) {
  const sink = new DiagnosticSink();
  const r = runFrontEnd(
    { headers: ['x/main.h'], target: 'x86_64', includeDirs: [], defines: [], undefines: [], nostdinc: true, select: { ...emptySpec(), ...spec } },
    memorySourceFs({ 'x/main.h': text }),
    sink,
  );
  const ids = r.ir.decls.filter((d) => !d.id.includes('::')).map((d) => d.id).sort();
  return { r, sink, ids, codes: sink.items.map((d) => `${d.severity} ${d.code}`) };
}

describe('allowlisted closure', () => {
  it('generates an allowed record and what it holds by value, not what it only points to', () => {
    const { ids, r, codes } = run({ types: ['struct outer'] });
    expect(ids).toEqual(['struct inner', 'struct outer']);
    expect(r.layout.records.get('struct outer')?.fields.map((f) => f.path)).toEqual(['in', 'in.a', 'p', 'u', 's']);
    expect(codes).toEqual([]);
  });

  it('matches a record by its tag alone and a typedef by its name, following the typedef to its record', () => {
    expect(run({ types: ['outer_t'] }).ids).toEqual(['outer_t', 'struct inner', 'struct outer']);
    expect(run({ types: ['inner'] }).ids).toEqual(['struct inner']);
  });

  it('takes whole-name regexes', () => {
    expect(run({ types: ['/struct (in|oth)\\w+/'] }).ids).toEqual(['struct inner', 'struct other']);
    expect(run({ types: ['/inn/'] }).codes).toEqual(['warning select-pattern-unmatched']);
  });

  it('makes what a helper takes by pointer opaque: size and align, no members', () => {
    const { ids, r } = run({ functions: ['handle_id'] });
    expect(ids).toEqual(['handle_id', 'outer_t', 'struct handle', 'struct inner', 'struct outer']);
    const h = r.layout.records.get('struct handle')!;
    expect([h.size, h.align, h.fields]).toEqual([8, 4, []]);
  });

  it('selects macros by name and everything declared in headers matching a glob', () => {
    expect(run({ macros: ['ANSWER'] }).ids).toEqual(['ANSWER']);
    expect(run({ headers: ['main.h'] }).ids).toContain('unrelated_fn');
  });

  it('keeps an opaque type to size and align, without what its members need', () => {
    const { ids, r } = run({ types: ['struct outer'], opaque: ['struct outer'] });
    expect(ids).toEqual(['struct outer']);
    expect([r.layout.records.get('struct outer')?.size, r.layout.records.get('struct outer')?.fields]).toEqual([24, []]);
  });

  it('reports a by-value use of a blocked type, and leaves blocked roots out', () => {
    expect(run({ types: ['struct outer'], block: ['struct inner'] }).codes).toEqual(['error select-needs-blocked']);
    expect(run({ types: ['/struct \\w+/'], block: ['struct leaf', 'struct handle'] }).ids).toEqual(['struct inner', 'struct other', 'struct outer']);
  });

  it('turns errors outside the closure into one note with a count', () => {
    const text = `${HEADER}\nstruct broken { unknown_t x; };\n`;
    const { codes, sink } = run({ types: ['struct outer'] }, text);
    expect(codes).toEqual(['note select-outside-closure']);
    expect(sink.items[0]!.message).toMatch(/^[1-9]\d* errors?, /);
  });

  it('fails when an allowed declaration needs a declaration that failed', () => {
    const text = `struct broken { unknown_t x; };\nstruct user { struct broken b; };\n`;
    const { codes } = run({ types: ['struct user'] }, text);
    // Either the failed member's own error (struct broken is in the closure) or select-needs-failed: never silence.
    expect(codes.filter((c) => c.startsWith('error')).length).toBeGreaterThan(0);
    expect(codes).not.toContain('note select-outside-closure');
  });

  it('fails when an allowed declaration itself failed, keeping its error', () => {
    const text = `struct user { int ok; };\nstatic inline int f(missing_t v) { return 0; }\n`;
    expect(run({ functions: ['f'] }, text).codes).toEqual(['error select-allowed-failed', 'error unknown-type']);
  });

  it('keeps errors inside an allowed declaration', () => {
    const text = `struct user { int ok; unknown_t x; };\n`;
    const { codes } = run({ types: ['struct user'] }, text);
    expect(codes.some((c) => c.startsWith('error') && !c.includes('select'))).toBe(true);
  });
});
