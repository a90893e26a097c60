// tsbindgen as a library: `import { layout, generate } from 'tsbindgen'`. Values in, values out — the dump,
// the files, the diagnostics — with no printing, no process.exit and no disk writes unless asked (`write`).
// The CLI runs these same functions and is the only part that prints.

export { layout } from './api/layout.ts';
export { generate } from './api/generate.ts';
export { formatDiagnostic } from './diagnostics.ts';
export { TSBINDGEN_VERSION as version } from './version.ts';
export type {
  Diagnostic,
  GenerateRequest,
  GenerateResult,
  HeaderSource,
  LayoutDump,
  LayoutRequest,
  LayoutResult,
  OutputFile,
  TargetName,
} from './api/types.ts';
