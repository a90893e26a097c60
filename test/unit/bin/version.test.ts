// `tsbindgen --version` / `-V` print the installed version and exit 0, whichever CLI the bin runs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const BIN = new URL('../../../bin/tsbindgen.js', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('tsbindgen --version', () => {
  for (const flag of ['--version', '-V']) {
    test(`${flag} prints "tsbindgen ${version}"`, () => {
      expect(execFileSync(process.execPath, [BIN, flag], { encoding: 'utf8' })).toBe(`tsbindgen ${version}\n`);
    });
  }
});
