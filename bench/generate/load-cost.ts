// What starting the CLI costs before any header is read, and what the prebuilt bundle saves: CPU time
// (user + system, GNU time) of `--help` and of the benchmark's `generate`, through the bin running the
// prebuilt bundle and running the sources through tsx (TSBINDGEN_FROM_SOURCE=1), next to bare `node -e 0`.
// Medians of interleaved repetitions, so a load spike hits every row alike.
//   npx tsx bench/generate/load-cost.ts [--reps N]

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureOnce, type Command } from './measure.ts';
import { createStage } from './stage.ts';
import { median } from './stats.ts';
import { ensureBundle, nodeEnv } from './tools.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<number> {
  const i = process.argv.indexOf('--reps');
  const reps = i >= 0 ? Number(process.argv[i + 1]) : 7;
  const stage = createStage();
  try {
    const bundle = await ensureBundle(ROOT);
    if (!('file' in bundle)) {
      console.error(bundle.problem);
      return 1;
    }
    const bin = join(ROOT, 'bin/tsbindgen.js');
    const generate = ['generate', '--config', stage.config, '--out', stage.tsbindgenOut];
    // The same environments as run.ts's rows (see nodeEnv).
    const source = nodeEnv({ TSBINDGEN_FROM_SOURCE: '1' });
    const bundled = nodeEnv();
    const rows: [string, Command][] = [
      ['node -e 0', { argv: [process.execPath, '-e', '0'], env: bundled }],
      ['bin --help (sources, tsx)', { argv: [process.execPath, bin, '--help'], cwd: ROOT, env: source }],
      ['bin --help (bundle)', { argv: [process.execPath, bin, '--help'], cwd: ROOT, env: bundled }],
      ['bin generate (sources, tsx)', { argv: [process.execPath, bin, ...generate], cwd: ROOT, env: source }],
      ['bin generate (bundle)', { argv: [process.execPath, bin, ...generate], cwd: ROOT, env: bundled }],
    ];
    const cpu = new Map<string, number[]>(rows.map(([label]) => [label, []]));
    for (let r = 0; r < reps; r++) {
      for (const [label, cmd] of rows) {
        const s = await measureOnce(cmd);
        if (s.status !== 0) {
          console.error(`${label} failed: ${s.stderr.slice(0, 400)}`);
          return 1;
        }
        cpu.get(label)!.push(s.cpuMs);
      }
    }
    console.log(`CPU ms (user + system), median of ${reps} interleaved runs`);
    for (const [label] of rows) console.log(`${label.padEnd(28)} ${median(cpu.get(label)!).toFixed(0).padStart(6)}`);
    return 0;
  } finally {
    rmSync(stage.dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
