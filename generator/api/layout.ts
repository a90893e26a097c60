// The library's `layout`: a request of plain values → the front end → the dump `tsbindgen layout` prints.

import { buildLayoutDump } from '../commands/layout.ts';
import { nodeSourceFs } from '../fs/source-fs.ts';
import { cwdSourceFs } from '../generate.ts';
import type { CommandLineMacro } from '../source/preprocess.ts';
import { memorySourceFs, type SourceFs } from '../source/source-fs.ts';
import type { LayoutRequest, LayoutResult } from './types.ts';

export function sourceFsOf(req: { cwd?: string; files?: Record<string, string> }): SourceFs {
  if (req.files) return memorySourceFs(req.files);
  return req.cwd === undefined ? nodeSourceFs : cwdSourceFs(req.cwd);
}

function commandLine(macros: LayoutRequest['macros']): CommandLineMacro[] {
  return (macros ?? []).map((m) => {
    if (typeof m !== 'string') return { kind: 'undefine', name: m.undef };
    const eq = m.indexOf('=');
    return eq < 0 ? { kind: 'define', name: m } : { kind: 'define', name: m.slice(0, eq), value: m.slice(eq + 1) };
  });
}

export function layout(req: LayoutRequest): LayoutResult {
  const macros = commandLine(req.macros);
  const { dump, diagnostics, ok } = buildLayoutDump(
    {
      headers: req.headers,
      target: req.target ?? 'x86_64',
      kconfigFile: req.kconfig,
      includeDirs: req.includeDirs ?? [],
      systemIncludeDirs: req.systemIncludeDirs ?? [],
      defines: [],
      undefines: [],
      commandLine: macros,
      sysroot: req.sysroot,
      nostdinc: req.nostdinc ?? false,
    },
    sourceFsOf(req),
  );
  return { dump, diagnostics, ok };
}
