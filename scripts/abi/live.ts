// npm run abi:live — recompile every probe and compare the generator with the compilers (CI); exit 1 on a mismatch.
import { parseAbiArgs } from './args.ts';
import { runAbi } from './run.ts';

const args = parseAbiArgs(process.argv.slice(2));
if (typeof args === 'string') {
  process.stderr.write(`${args}\n`);
  process.exitCode = 2;
} else process.exitCode = await runAbi('live', process.cwd(), args.sets, args.targets);
