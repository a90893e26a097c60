#!/usr/bin/env node
// The package's bin: loads the TypeScript CLI through tsx so `npx tsbindgen` works straight after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../generator/cli.ts');
