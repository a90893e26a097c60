// Which runs get the one-shot V8 flags: every command but --watch, unless the user asks for the defaults.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without declarations (the bin runs before any TypeScript tooling)
import { tuneV8 } from '../../../bin/v8-tuning.js';

type Tune = (argv: string[], env: Record<string, string>, set: (flag: string) => void) => readonly string[];

/** The flags a run would set, recorded instead of set: V8 flags are process-wide and would slow other tests. */
function tune(argv: string[], env: Record<string, string>): string[] {
  const set: string[] = [];
  const returned = (tuneV8 as Tune)(argv, env, (f) => set.push(f));
  expect(returned).toEqual(set);
  return set;
}

describe('tuneV8', () => {
  it('tunes a one-shot generate', () => {
    expect(tune(['generate', '--check'], {})).toEqual(['--no-opt', '--semi-space-growth-factor=1']);
  });
  it('leaves --watch on the defaults', () => {
    expect(tune(['generate', '--watch'], {})).toEqual([]);
  });
  it('leaves everything on the defaults with TSBINDGEN_V8_DEFAULTS=1', () => {
    expect(tune(['layout', 'x.h'], { TSBINDGEN_V8_DEFAULTS: '1' })).toEqual([]);
  });
});
