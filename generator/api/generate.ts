// The library's `generate`: the project config → the output tree as values; the disk is written only with
// `write`, compared only with `check`. The CLI's `generate` runs this same function and prints its outcome.

import { generateProject } from '../generate.ts';
import type { GenerateRequest, GenerateResult } from './types.ts';

export function generate(req: GenerateRequest = {}): GenerateResult {
  const r = generateProject({
    cwd: req.cwd ?? process.cwd(),
    configFile: req.config,
    configText: req.configText,
    out: req.out,
    check: req.check,
    write: req.write && !req.check,
  });
  const result: GenerateResult = { ok: r.ok, diagnostics: r.diagnostics, files: r.files, outDir: r.outDir, generated: r.generated, written: r.written };
  if (r.stale) result.stale = { missing: r.stale.missing, extra: r.stale.extra, different: r.stale.different, patch: r.stale.patch };
  return result;
}
