// tsbindgen's own version, for `--version` and for the range of @tsbindgen/abi that generated packages depend
// on: the support package is released in lockstep with the generator (test/unit/version.test.ts checks it).
// The bundle inlines the JSON, so an installed tsbindgen needs no package.json lookup at run time.

import pkg from '../package.json' with { type: 'json' };

export const TSBINDGEN_VERSION: string = pkg.version;
