// Writes a random oracle script over ONE object with many handles in two files: GEM_OPEN of its
// name, exports of any handle, imports of any dma-buf fd, closes of handles and fds, fdinfo. One
// object has one dma-buf at a time, so every member of a file's prime cache has the same key and
// the answers depend only on the rbtree's shape (several dma-bufs would compare by kernel address,
// which slab randomisation changes from boot to boot).
// Usage: npx tsx test/conformance/prime-handles-script.ts SEED [OPS] > scripts/NN-prime-handles-S.txt

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

export function primeHandlesScript(seed: number, ops = 250): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo));
  const files = ['f0', 'f1'];
  const bufs = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5'];
  const lines = [
    `# random PRIME traffic over one object's handles (seed ${seed})`,
    'open f0 card', 'open f1 card', 'create_dumb f0 16 16 32', 'flink f0 1',
  ];
  for (let i = 0; i < ops; i++) {
    const f = pick(files);
    const h = int(1, 7);
    const d = pick(bufs);
    const choices: Array<[number, () => string]> = [
      [5, () => `gem_open ${f} 1`],
      [5, () => `prime_export ${f} ${h} 0 ${d}`],
      [6, () => `prime_import ${f} ${d}`],
      [4, () => `gem_close ${f} ${h}`],
      [4, () => `close ${d}`],
      [2, () => `fdinfo ${d}`],
    ];
    let w = r() * choices.reduce((n, [k]) => n + k, 0);
    for (const [k, make] of choices) {
      if ((w -= k) < 0) {
        lines.push(make());
        break;
      }
    }
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  process.stdout.write(primeHandlesScript(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 250)));
}
