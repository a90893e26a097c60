// The "allowlist" object of the project config (top level and per subsystem): the SelectSpec's keys, each an
// array of names, /regexes/ or (for "headers") globs.

import { patternProblem, SELECT_KEYS, emptySpec, type SelectSpec } from './spec.ts';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** The spec, or the problems found (each with the JSON pointer below `base` it concerns). */
export function parseAllowlist(v: Json | undefined, base: string): { spec?: SelectSpec; problems: { pointer: string; message: string }[] } {
  const problems: { pointer: string; message: string }[] = [];
  if (v === undefined) return { problems };
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { problems: [{ pointer: base, message: '"allowlist" must be an object' }] };
  const spec = emptySpec();
  for (const [k, list] of Object.entries(v)) {
    if (k === '$comment') continue;
    if (!(SELECT_KEYS as readonly string[]).includes(k)) {
      problems.push({ pointer: `${base}/${k}`, message: `unknown key "${k}" in an allowlist (known: ${SELECT_KEYS.join(', ')})` });
      continue;
    }
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x === '')) {
      problems.push({ pointer: `${base}/${k}`, message: `allowlist "${k}" must be an array of non-empty strings` });
      continue;
    }
    (list as string[]).forEach((p, i) => {
      const problem = k === 'headers' ? undefined : patternProblem(p);
      if (problem) problems.push({ pointer: `${base}/${k}/${i}`, message: problem });
    });
    spec[k as keyof SelectSpec].push(...(list as string[]));
  }
  return { spec, problems };
}
