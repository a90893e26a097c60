// Throughput of the ioctl ABI (argument bytes encoded and decoded with the generated views,
// drm_ioctl's size/permission rules, copy-in/out) next to the same work done by calling the
// runtime's kernel functions directly, in the same run. Prints ops/s and the ratio.
// Run: npx tsx bench/ioctl/bench.ts

import { System } from '../../runtime/system.ts';
import { Libdrm, DRM_RDWR } from '../../runtime/libdrm.ts';
import type { DumbBuffer } from '../../runtime/libdrm.ts';
import { kfileToDrm, drm_gem_mmap } from '../../runtime/drm-fops.ts';
import type { DrmFile } from '../../runtime/drm-file.ts';
import { drm_getcap_value } from '../../runtime/ioctl/core-handlers.ts';
import { shmemDumbCreate } from '../../runtime/gem/dumb.ts';
import { vgemObjectType } from '../../runtime/drivers/vgem/object.ts';
import { drm_gem_prime_fd_to_handle, drm_gem_prime_handle_to_fd } from '../../runtime/prime/prime.ts';
import type { KFile } from '../../runtime/vfs.ts';

function opsPerSecond(fn: () => void, minMs = 400): number {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

function setup() {
  const system = System.withVgem(64 << 20);
  const proc = system.spawn(0);
  const drm = new Libdrm(proc);
  const fd = drm.drmOpen('card');
  const fd2 = drm.drmOpen('card');
  const file = kfileToDrm(proc.fileOf(fd) as KFile) as DrmFile;
  const file2 = kfileToDrm(proc.fileOf(fd2) as KFile) as DrmFile;
  return { proc, drm, fd, fd2, file, file2 };
}

const s = setup();
const bo = s.drm.drmModeCreateDumb(s.fd, 64, 64, 32) as DumbBuffer;
const offset = s.drm.drmModeMapDumb(s.fd, bo.handle) as bigint;
const text = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);

const cases: Array<[string, () => void, () => void]> = [
  ['GET_CAP', () => { s.drm.drmGetCap(s.fd, 5); }, () => { drm_getcap_value(s.file, 5n); }],
  ['create+close', () => {
    const b = s.drm.drmModeCreateDumb(s.fd, 32, 32, 32) as DumbBuffer;
    s.drm.drmCloseBufferHandle(s.fd, b.handle);
  }, () => {
    const args = { width: 32, height: 32, bpp: 32, handle: 0, pitch: 0, size: 0n };
    shmemDumbCreate(s.file, args, vgemObjectType);
    s.file.dev.gem.handleDelete(s.file, args.handle);
  }],
  ['export+import', () => {
    const d = s.drm.drmPrimeHandleToFD(s.fd, bo.handle, DRM_RDWR);
    const h = s.drm.drmPrimeFDToHandle(s.fd2, d);
    s.drm.drmCloseBufferHandle(s.fd2, h);
    s.drm.drmClose(d);
  }, () => {
    const d = drm_gem_prime_handle_to_fd(s.file, bo.handle, DRM_RDWR, (f, c) => s.proc.install(f, c));
    const h = drm_gem_prime_fd_to_handle(s.file2, () => s.proc.fileOf(d));
    s.file2.dev.gem.handleDelete(s.file2, h);
    s.proc.close(d);
  }],
  ['mmap+write', () => {
    const p = s.drm.mmap(s.fd, offset, 4096) as Uint8Array;
    p.set(text);
    s.drm.munmap(p);
  }, () => {
    const r = drm_gem_mmap(s.file, { pgoff: Number(offset >> 12n), pages: 1, prot: 3 });
    if (typeof r !== 'number') {
      r.bytes.set(text);
      r.close();
    }
  }],
];

console.log('op              ioctl ABI ops/s   direct ops/s   direct/ioctl');
for (const [name, viaIoctl, direct] of cases) {
  const a = opsPerSecond(viaIoctl);
  const b = opsPerSecond(direct);
  console.log(`${name.padEnd(15)} ${a.toFixed(0).padStart(15)} ${b.toFixed(0).padStart(14)} ${(b / a).toFixed(2).padStart(14)}x`);
}
