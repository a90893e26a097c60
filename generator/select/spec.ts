// What an allowlist says, as bindgen's --allowlist-*/--blocklist-*/--opaque-type and ffigen's include/exclude
// have it: names or regexes per kind of declaration, and header globs. A pattern written `/…/` is a regular
// expression that must match the whole name; any other string is an exact name.

import picomatch from 'picomatch';

export interface SelectSpec {
  /** Records, unions, enums and typedefs: `struct drm_gem_object`, `drm_gem_object`, `refcount_t`, `/drm_.*_ops/`. */
  types: string[];
  functions: string[];
  /** Variables are never bound (only types, constants and functions are); accepted so one allowlist serves both tools. */
  vars: string[];
  macros: string[];
  /** Everything declared in headers matching these globs (`drm/drm_gem.h`, `drm/**`). */
  headers: string[];
  /** Never generated, whatever needs them (a by-value use of a blocked type is an error). */
  block: string[];
  /** Generated with size and alignment only; their members (and what only they need) are left out. */
  opaque: string[];
}

export const SELECT_KEYS = ['types', 'functions', 'vars', 'macros', 'headers', 'block', 'opaque'] as const;

export function emptySpec(): SelectSpec {
  return { types: [], functions: [], vars: [], macros: [], headers: [], block: [], opaque: [] };
}

/** Whether any allow list is non-empty: without one nothing is selected and the stage does not run. */
export function selects(spec: SelectSpec | undefined): spec is SelectSpec {
  return spec !== undefined && (spec.types.length + spec.functions.length + spec.vars.length + spec.macros.length + spec.headers.length > 0);
}

export function mergeSpecs(...specs: (SelectSpec | undefined)[]): SelectSpec {
  const out = emptySpec();
  for (const s of specs) if (s) for (const k of SELECT_KEYS) out[k].push(...s[k]);
  return out;
}

/** A problem with a pattern, or undefined. */
export function patternProblem(p: string): string | undefined {
  if (!isRegex(p)) return p.trim() === '' ? 'an empty name matches nothing' : undefined;
  try {
    new RegExp(p.slice(1, -1));
    return undefined;
  } catch (e) {
    return `invalid regular expression ${p}: ${(e as Error).message}`;
  }
}

function isRegex(p: string): boolean {
  return p.length >= 2 && p.startsWith('/') && p.endsWith('/');
}

export interface NameMatcher {
  /** Index of the first pattern matching any of the names, or -1. */
  match(names: readonly string[]): number;
}

export function nameMatcher(patterns: readonly string[]): NameMatcher {
  const exact = new Map<string, number>();
  const regexes: { re: RegExp; index: number }[] = [];
  patterns.forEach((p, index) => {
    if (patternProblem(p) !== undefined) return;
    if (isRegex(p)) regexes.push({ re: new RegExp(`^(?:${p.slice(1, -1)})$`), index });
    else if (!exact.has(p)) exact.set(p, index);
  });
  return {
    match(names) {
      let best = -1;
      for (const n of names) {
        const e = exact.get(n);
        if (e !== undefined && (best < 0 || e < best)) best = e;
        for (const r of regexes) if ((best < 0 || r.index < best) && r.re.test(n)) best = r.index;
      }
      return best;
    },
  };
}

/**
 * Header globs match the header's path or any tail of it that starts after a `/`, so `drm/drm_gem.h` matches
 * `/usr/src/linux-headers-6.1.0-57-common/include/drm/drm_gem.h` as an include name would.
 */
export function headerMatcher(globs: readonly string[]): (header: string) => number {
  const ms = globs.map((g) => picomatch(g, { dot: true }));
  const memo = new Map<string, number>();
  return (header) => {
    let hit = memo.get(header);
    if (hit !== undefined) return hit;
    hit = -1;
    const tails = [header];
    for (let k = header.indexOf('/'); k >= 0; k = header.indexOf('/', k + 1)) tails.push(header.slice(k + 1));
    for (let i = 0; i < ms.length && hit < 0; i++) if (tails.some((t) => ms[i]!(t))) hit = i;
    memo.set(header, hit);
    return hit;
  };
}
