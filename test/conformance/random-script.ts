// Writes a random oracle script that touches every op kind over a few slots, for recording on the
// real kernel (the 2N-random-N.* scripts were made this way, from an equivalent generator).
// Usage: npx tsx test/conformance/random-script.ts SEED [OPS] [busy] > scripts/NN-random.txt
// `busy` opens f0/f1 first and picks existing files and small handles most of the time, so most
// ops succeed and state piles up (29-random-9); without it every slot and handle is equally likely.

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

export function randomScript(seed: number, ops = 200, busy = false): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo));
  const files = ['f0', 'f1', 'f2', 'r0'];
  const bufs = ['d0', 'd1', 'd2', 'd3'];
  const maps = ['m0', 'm1', 'm2', 'm3'];
  const lines = [`# random script (seed ${seed}${busy ? ', busy' : ''})`, 'open f0 card', 'open r0 render'];
  if (busy) lines.push('open f1 card');
  for (let i = 0; i < ops; i++) {
    const f = busy && r() < 0.8 ? pick(['f0', 'f1']) : pick(files);
    const h = busy && r() < 0.8 ? int(1, 4) : int(0, 6);
    const choices: Array<() => string> = [
      () => `open ${pick(['f0', 'f1', 'f2'])} ${pick(['card', 'card', 'render'])}`,
      () => `close ${pick([...files, ...bufs])}`,
      () => `dup ${f} ${pick(['f1', 'f2'])}`,
      () => `create_dumb ${f} ${int(1, 80)} ${int(1, 80)} ${pick([8, 16, 24, 32])}`,
      () => `gem_close ${f} ${h}`,
      () => `flink ${f} ${h}`,
      () => `gem_open ${f} ${h}`,
      () => `prime_export ${f} ${h} ${pick(['0', 'rdwr', 'cloexec', 'rdwr|cloexec'])} ${pick(bufs)}`,
      () => `prime_import ${f} ${pick(bufs)}`,
      () => `map_dumb ${f} ${h}`,
      () => `mmap ${pick(bufs)} ${pick([0, 0, 4096])} ${pick([4096, 8192])} ${pick(maps)} ${pick(['rw', 'r'])}`,
      () => `mmap ${f} ${4294967296 + 4096 * int(0, 12)} 4096 ${pick(maps)}`,
      () => `munmap ${pick(maps)}`,
      () => `write ${pick(maps)} ${pick([0, 5, 4090, 4096])} w${i}`,
      () => `read ${pick(maps)} ${pick([0, 5, 4090])} 8`,
      () => `fence_attach ${f} ${h} ${pick(['0', 'write'])}`,
      () => `fence_signal ${f} ${int(0, 5)}`,
      () => `${pick(['set_master', 'drop_master', 'get_magic'])} ${f}`,
      () => `fdinfo ${pick(bufs)}`,
      () => `same_file ${pick([...files, ...bufs])} ${pick([...files, ...bufs])}`,
      () => `auth_magic ${f} ${int(0, 3)}`,
    ];
    lines.push(pick(choices)());
    if (i === Math.floor((ops * 2) / 3)) lines.push('setuid 1000');
  }
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(randomScript(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 200), process.argv[4] === 'busy'));
}
