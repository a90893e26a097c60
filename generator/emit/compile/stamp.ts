// A compiled file ends with a stamp: a hash of the compiler, the .ts it came from and its own text. The next
// `generate` reuses a file whose stamp still matches instead of compiling it again (compiling every module is
// seconds; hashing them is milliseconds), and a hand-edited or stale file fails the match and is recompiled,
// so what `generate` writes and what `--check` expects never depend on whether a cache was used.

import { createHash } from 'node:crypto';

const PREFIX = '// tsbindgen-stamp: ';

function digest(compiler: string, source: string, body: string): string {
  return createHash('sha256').update(compiler).update('\0').update(source).update('\0').update(body).digest('hex').slice(0, 32);
}

export function stamped(compiler: string, source: string, body: string): string {
  return `${body}${PREFIX}${digest(compiler, source, body)}\n`;
}

/** The compiled file again when `previous` is still the output of `compiler` over `source`. */
export function reusable(compiler: string, source: string, previous: string | undefined): string | undefined {
  if (previous === undefined || !previous.endsWith('\n')) return undefined;
  const at = previous.lastIndexOf(PREFIX, previous.length - 2);
  if (at < 0 || previous.indexOf('\n', at) !== previous.length - 1) return undefined;
  const body = previous.slice(0, at);
  return previous.slice(at + PREFIX.length, -1) === digest(compiler, source, body) ? previous : undefined;
}
