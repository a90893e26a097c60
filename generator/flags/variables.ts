// `${NAME}` in the config's paths and cflags, so a config can point at headers outside the repository
// (/usr/src/linux-headers-…) without baking in one machine's layout. A name is looked up in the environment
// first, then in the config's own "variables" (whose values may use other variables). Output never shows the
// expanded value: generated banners keep the `${NAME}` spelling.

export type Env = Readonly<Record<string, string | undefined>>;

const REF = /\$\{([A-Za-z_]\w*)\}/g;

export interface Expander {
  /** The expanded string, or a message naming the variable that has no value. */
  expand(s: string): { value: string } | { problem: string };
}

export function variableExpander(variables: Readonly<Record<string, string>>, env: Env): Expander {
  const resolving = new Set<string>();
  const valueOf = (name: string): string | undefined => {
    const fromEnv = env[name];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const raw = variables[name];
    if (raw === undefined || resolving.has(name)) return undefined;
    resolving.add(name);
    const r = expandWith(raw, valueOf);
    resolving.delete(name);
    return 'value' in r ? r.value : undefined;
  };
  return { expand: (s) => expandWith(s, valueOf) };
}

function expandWith(s: string, valueOf: (name: string) => string | undefined): { value: string } | { problem: string } {
  let problem: string | undefined;
  const value = s.replace(REF, (_, name: string) => {
    const v = valueOf(name);
    if (v === undefined) problem ??= `\${${name}} has no value (set it in the environment or in "variables"; a variable may not refer to itself)`;
    return v ?? '';
  });
  return problem === undefined ? { value } : { problem };
}
