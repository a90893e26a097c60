// tsbindgen's own compiler-provided headers (builtin-include/): found where gcc finds its own, whatever SourceFs
// the front end is given, turned off by -nostdinc, shadowed by -I, and reachable by #include_next. Their values
// are checked against the compilers by the ABI set `builtin` (test/abi/truth/builtin/).

import { describe, expect, it } from 'vitest';
import { buildLayoutDump } from '../../../generator/commands/layout.ts';
import { TARGET_NAMES, type TargetName } from '../../../generator/layout/targets.ts';
import { BUILTIN_HEADER_NAMES, builtinIncludeDir } from '../../../generator/source/builtin-headers.ts';
import { memorySourceFs } from '../../../generator/source/source-fs.ts';
import { pp } from './pp-helpers.ts';

function dump(files: Record<string, string>, target: TargetName = 'x86_64', extra: { nostdinc?: boolean; includeDirs?: string[] } = {}) {
  return buildLayoutDump(
    { headers: ['/p/user.h'], target, includeDirs: extra.includeDirs ?? [], defines: [], undefines: [], nostdinc: extra.nostdinc },
    memorySourceFs(files),
  ).dump;
}

describe('builtin headers', () => {
  it('ships every header the issue names, as files of builtin-include/', () => {
    const found = pp({ 'main.h': BUILTIN_HEADER_NAMES.map((h) => `#include <${h}>`).join('\n') }, 'main.h', {
      systemIncludeDirs: [builtinIncludeDir()],
    });
    expect(found.codes).toEqual([]);
    expect(found.result.includes.filter((f) => f.startsWith(builtinIncludeDir())).length).toBe(BUILTIN_HEADER_NAMES.length);
  });

  for (const target of TARGET_NAMES)
    it(`lets a user's header in memory include <stddef.h>, <stdbool.h> and <stdarg.h> on ${target} with no system headers present`, () => {
      const d = dump({ '/p/user.h': '#include <stddef.h>\n#include <stdbool.h>\n#include <stdarg.h>\nstruct s { size_t n; bool b; va_list ap; };\n' }, target);
      expect(d.diagnostics).toEqual([]);
      expect(d.records['struct s'].fields.map((f) => f.path).slice(0, 3)).toEqual(['n', 'b', 'ap']);
    });

  it('is turned off by -nostdinc, as gcc turns off its own directory', () => {
    const d = dump({ '/p/user.h': '#include <stddef.h>\n' }, 'x86_64', { nostdinc: true });
    expect(d.diagnostics.map((x) => x.code)).toEqual(['include-not-found']);
  });

  it('comes after -I: a project stddef.h found through -I wins', () => {
    const d = dump({ '/p/user.h': '#include <stddef.h>\n', '/p/inc/stddef.h': '#define MINE 7\n' }, 'x86_64', { includeDirs: ['/p/inc'] });
    expect(d.constants.MINE).toBe('7');
    expect(d.skipped.NULL).toBeUndefined();
  });

  it('is what an -I header reaches with #include_next, and __has_include_next sees it', () => {
    const d = dump(
      {
        '/p/user.h': '#include <stddef.h>\n',
        '/p/inc/stddef.h': '#if __has_include_next(<stddef.h>)\n#define NEXT_FOUND 1\n#include_next <stddef.h>\n#endif\n#if __has_include_next(<no-such.h>)\n#define BOGUS 1\n#endif\n',
      },
      'x86_64',
      { includeDirs: ['/p/inc'] },
    );
    expect(d.constants.NEXT_FOUND).toBe('1');
    expect(d.constants.BOGUS).toBeUndefined();
    expect(d.skipped.offsetof).toBeDefined();
  });

  it('gives wasm32 the freestanding answers clang gives without a libc', () => {
    const d = dump({ '/p/user.h': '#include <stdint.h>\n#include <limits.h>\n' }, 'wasm32');
    expect(d.diagnostics).toEqual([]);
    // clang --target=wasm32: int_fast16_t is short, wint_t is int, and no libc raises MB_LEN_MAX.
    expect([d.constants.INT_FAST16_MAX, d.constants.WINT_MIN, d.constants.MB_LEN_MAX]).toEqual(['32767', '-2147483648', '1']);
  });
});
