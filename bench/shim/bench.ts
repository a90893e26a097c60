// Round trips through the preload shim (a native program's ioctls served by the model in the
// server) next to the same operations through the TypeScript API in one process, in the same
// run. Cases: GET_CAP (one round trip: the floor), GEM create+close (2 ioctls), PRIME export+import (3 ioctls and a close).
// Run: npm run bench:shim   (needs gcc and libdrm-dev's headers)

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { System } from '../../runtime/system.ts';
import { Libdrm, DRM_RDWR } from '../../runtime/libdrm.ts';
import type { DumbBuffer } from '../../runtime/libdrm.ts';
import { runUnderShim } from '../../runtime/shim/run.ts';

const MS = 500;
const out = join(import.meta.dirname, '../../.tmp/bench-shim');
mkdirSync(out, { recursive: true });
const loop = join(out, 'ioctl-loop');
execFileSync('gcc', ['-O2', '-I/usr/include/libdrm', '-o', loop, join(import.meta.dirname, 'ioctl-loop.c')], { stdio: 'inherit' });

type Mode = 'cap' | 'create' | 'prime';

function inProcess(mode: Mode): number {
  const drm = new Libdrm(System.withVgem().spawn(0)) // the machine the shim server boots;
  const fd = drm.drmOpen('card');
  const fd2 = drm.drmOpen('card');
  const bo = drm.drmModeCreateDumb(fd, 64, 64, 32) as DumbBuffer;
  const op = mode === 'cap'
    ? () => drm.drmGetCap(fd, 5)
    : mode === 'create'
    ? () => drm.drmCloseBufferHandle(fd, (drm.drmModeCreateDumb(fd, 32, 32, 32) as DumbBuffer).handle)
    : () => {
      const d = drm.drmPrimeHandleToFD(fd, bo.handle, DRM_RDWR);
      drm.drmCloseBufferHandle(fd2, drm.drmPrimeFDToHandle(fd2, d));
      drm.drmClose(d);
    };
  for (let i = 0; i < 200; i++) op();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < MS) {
    for (let i = 0; i < 100; i++) op();
    n += 100;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

async function throughShim(mode: Mode): Promise<number> {
  const r = await runUnderShim(loop, [mode, String(MS)]);
  if (r.status !== 0) throw new Error(`ioctl-loop ${mode} failed: ${r.stderr}`);
  const [ops, ns] = r.stdout.trim().split(' ').map(Number);
  return (ops * 1e9) / ns;
}

const rows: Array<[string, Mode, number]> = [['GET_CAP', 'cap', 1], ['GEM create+close', 'create', 2], ['PRIME export+import', 'prime', 4]];
console.log('op                    shim ops/s (round trips/s)   in-process ops/s   shim/in-process');
for (const [name, mode, trips] of rows) {
  const shim = await throughShim(mode);
  const local = inProcess(mode);
  console.log(`${name.padEnd(22)}${`${shim.toFixed(0)} (${(shim * trips).toFixed(0)})`.padEnd(29)}${local.toFixed(0).padEnd(19)}${(shim / local).toFixed(3)}×`);
}
