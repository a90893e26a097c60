// npm run abi:refresh — recompute test/abi/truth/<set>/<target>.json with the real compilers.
import { parseAbiArgs } from './args.ts';
import { runAbi } from './run.ts';

const args = parseAbiArgs(process.argv.slice(2));
if (typeof args === 'string') {
  process.stderr.write(`${args}\n`);
  process.exitCode = 2;
} else process.exitCode = await runAbi('refresh', process.cwd(), args.sets, args.targets);
