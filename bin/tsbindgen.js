#!/usr/bin/env node
// The package's bin. Runs the prebuilt bundle when it is up to date with the sources (see fresh-bundle.js),
// else loads the TypeScript CLI through tsx, so `npx tsbindgen` works straight after `npm ci` and while
// the generator is being edited. TSBINDGEN_DEBUG_BIN=1 says which it chose and why.
import { chooseBundle } from './fresh-bundle.js';
import { tuneV8 } from './v8-tuning.js';

const flags = tuneV8(process.argv.slice(2));
const choice = chooseBundle(new URL('../', import.meta.url));
if (process.env.TSBINDGEN_DEBUG_BIN === '1') {
  const what = 'bundle' in choice ? 'prebuilt bundle' : `sources through tsx (${choice.reason})`;
  process.stderr.write(`tsbindgen bin: ${what}; V8 flags: ${flags.join(' ') || 'defaults'}\n`);
}
if ('bundle' in choice) {
  await import(choice.bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../generator/cli.ts');
}
