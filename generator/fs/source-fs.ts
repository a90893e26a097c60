// The front end's only disk access: the SourceFs the CLI hands to the preprocessor.

import { readFileSync, statSync } from 'node:fs';
import type { SourceFs } from '../source/source-fs.ts';

export const nodeSourceFs: SourceFs = {
  readFile(path: string): string | undefined {
    try {
      return statSync(path, { throwIfNoEntry: false })?.isFile() ? readFileSync(path, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  isFile(path: string): boolean {
    try {
      // Most include-path probes miss: without throwIfNoEntry each miss built and threw an ENOENT error.
      return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
    } catch {
      return false;
    }
  },
};
