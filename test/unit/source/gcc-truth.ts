// Test helper: what gcc's preprocessor makes of in-memory files (written to a temp dir), as a token list.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tokenize } from '../../../generator/source/lexer.ts';

export function hasTool(cmd: string): boolean {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const HAS_GCC = hasTool('gcc');

/** Writes `files` under a fresh directory; returns it. */
export function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsb-pp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** gcc -E -P of `main` (relative to the tree), token texts only. */
export function gccTokens(files: Record<string, string>, main: string, args: string[] = []): string[] {
  const dir = writeTree(files);
  const out = execFileSync('gcc', ['-E', '-P', '-nostdinc', '-x', 'c', ...args, main], { cwd: dir, encoding: 'utf8' });
  return tokenize(out, 'gcc').map((t) => t.text);
}
