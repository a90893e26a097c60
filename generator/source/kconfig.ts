// A kernel `.config` turned into defines the way the kernel's autoconf.h does: `=y` → CONFIG_X 1,
// `=m` → CONFIG_X_MODULE 1, `=n` and `# CONFIG_X is not set` → nothing, strings and numbers verbatim.
// Diagnostic codes: kconfig-syntax, kconfig-duplicate.

import type { DiagnosticSink } from '../diagnostics.ts';

export interface ConfigDefine {
  name: string;
  value: string;
}

const VALUE = /^(?:y|m|n|"(?:[^"\\]|\\.)*"|-?(?:0[xX][0-9a-fA-F]+|[0-9]+))$/;

export function parseKconfig(text: string, file: string, sink: DiagnosticSink): ConfigDefine[] {
  const seen = new Map<string, number>();
  const values = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.trim();
    const loc = { file, line: k + 1, column: raw.length - raw.trimStart().length + 1 };
    if (line === '' || (line.startsWith('#') && !/^#\s*CONFIG_\w+\s+is not set\s*$/.test(line))) return;
    const unset = /^#\s*(CONFIG_\w+)\s+is not set\s*$/.exec(line);
    const m = unset ? null : /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/.exec(line);
    if (!unset && !m) {
      sink.error('kconfig-syntax', `expected CONFIG_NAME=value or "# CONFIG_NAME is not set", got "${line}"`, loc);
      return;
    }
    const name = unset ? unset[1] : m![1];
    const value = unset ? 'n' : m![2].trim();
    if (!VALUE.test(value)) {
      sink.error('kconfig-syntax', `invalid value "${value}" for ${name} (expected y, m, n, a number or a "string")`, {
        ...loc,
        column: loc.column + name.length + 1,
      });
      return;
    }
    if (seen.has(name)) sink.warning('kconfig-duplicate', `${name} set again (first set on line ${seen.get(name)}); the last value wins`, loc);
    seen.set(name, k + 1);
    values.delete(name);
    values.set(name, value);
  });
  const out: ConfigDefine[] = [];
  for (const [name, value] of values) {
    if (value === 'y') out.push({ name, value: '1' });
    else if (value === 'm') out.push({ name: `${name}_MODULE`, value: '1' });
    else if (value !== 'n') out.push({ name, value });
  }
  return out;
}
