// Cost of GEM operations as the number of live objects grows: 100,000 dumb buffers created in one
// file through the ioctl ABI, then flink / map_dumb / export+import / close at that size, and
// 20,000 open files. Each rate is the best of several short batches (this machine is shared and
// noisy), at 1k live objects and at 100k; a flat model shows ratios near 1.
// Run: npm run bench:scale   (≈ 15-30 s)

import { System } from '../../runtime/system.ts';
import { Libdrm, DRM_RDWR } from '../../runtime/libdrm.ts';
import type { DumbBuffer } from '../../runtime/libdrm.ts';

const TOTAL = Number(process.argv[2] ?? 100_000);
const BATCH = 500;

const system = System.withVgem();
const proc = system.spawn(0);
const drm = new Libdrm(proc);
const fd = drm.drmOpen('card');
const fd2 = drm.drmOpen('card');
const handles: number[] = [];

function create(n: number): number {
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const bo = drm.drmModeCreateDumb(fd, 16, 16, 32);
    if (typeof bo === 'number') throw new Error(`create failed at ${handles.length} objects: errno ${-bo}`);
    handles.push((bo as DumbBuffer).handle);
  }
  return performance.now() - t;
}

/** ops/s of `op` over BATCH calls, best of `tries` batches; `undo` restores the state untimed. */
function rate(op: (i: number) => void, undo: (i: number) => void = () => {}, tries = 5): number {
  let best = Infinity;
  for (let t = 0; t < tries; t++) {
    const start = performance.now();
    for (let i = 0; i < BATCH; i++) op(i);
    best = Math.min(best, performance.now() - start);
    for (let i = 0; i < BATCH; i++) undo(i);
  }
  return (BATCH * 1000) / best;
}

/** The per-size measurements: create (then closed again), flink, map_dumb, export+import, close+recreate. */
function measure(): Record<string, number> {
  const base = handles.length;
  const r: Record<string, number> = {};
  r['create'] = rate(() => { create(1); }, () => { drm.drmCloseBufferHandle(fd, handles.pop()!); });
  r['flink'] = rate((i) => { drm.gemFlink(fd, handles[(i * 7919) % base]); });
  r['map_dumb'] = rate((i) => { drm.drmModeMapDumb(fd, handles[(i * 7919) % base]); });
  r['export+import+close'] = rate((i) => {
    const d = drm.drmPrimeHandleToFD(fd, handles[(i * 7919) % base], DRM_RDWR);
    const h = drm.drmPrimeFDToHandle(fd2, d);
    drm.drmCloseBufferHandle(fd2, h);
    drm.drmClose(d);
  });
  r['open+close file'] = rate(() => { drm.drmClose(drm.drmOpen('card')); });
  return r;
}

create(1000 - handles.length);
create(2000); // warm the JIT, then back to 1k
for (let i = 0; i < 2000; i++) drm.drmCloseBufferHandle(fd, handles.pop()!);
const at1k = measure();

const t0 = performance.now();
create(TOTAL - handles.length);
const createAllMs = performance.now() - t0;
const atN = measure();

const files: number[] = [];
const tf = performance.now();
for (let i = 0; i < 20_000; i++) {
  const f = drm.drmOpen(i % 2 ? 'card' : 'render');
  if (f < 0) throw new Error(`open failed at ${files.length} files: errno ${-f}`);
  files.push(f);
}
const openMs = performance.now() - tf;

console.log(`${TOTAL} objects created in ${(createAllMs / 1000).toFixed(1)} s (${Math.round(((TOTAL - 1000) * 1000) / createAllMs)} creates/s on average); ` +
  `kernel heap ${(system.heap.capacity / 2 ** 20).toFixed(0)} MiB after ${system.heap.growCount} growths, ${system.heap.liveObjects} live records`);
console.log(`20000 more files opened in ${(openMs / 1000).toFixed(1)} s (${files.length + 5} descriptors)`);
console.log('');
console.log(`| op (ops/s, best of 5 x ${BATCH}) | at 1k objects | at ${TOTAL / 1000}k objects | ratio |`);
console.log('| --- | ---: | ---: | ---: |');
for (const k of Object.keys(at1k)) {
  console.log(`| ${k} | ${Math.round(at1k[k])} | ${Math.round(atN[k])} | ${(atN[k] / at1k[k]).toFixed(2)} |`);
}
