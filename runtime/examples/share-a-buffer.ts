// A short program against the libdrm-style API: one process creates a dumb buffer, shares it with
// a second DRM file through a dma-buf, and both see the same pixels. Run: npx tsx runtime/examples/share-a-buffer.ts

import { System } from '../system.ts';
import { Libdrm, DRM_CLOEXEC, DRM_RDWR } from '../libdrm.ts';

export function shareABuffer(): string[] {
  const drm = new Libdrm(System.withVgem().spawn());
  const log: string[] = [];

  const card = drm.drmOpen('card');
  const render = drm.drmOpen('render');
  const version = drm.drmGetVersion(card);
  if (typeof version === 'number') throw new Error(`VERSION failed: ${version}`);
  log.push(`${version.name} ${version.major}.${version.minor}.${version.patchlevel} (${version.desc})`);

  const bo = drm.drmModeCreateDumb(card, 64, 64, 32);
  if (typeof bo === 'number') throw new Error(`CREATE_DUMB failed: ${bo}`);
  log.push(`dumb buffer: handle ${bo.handle}, pitch ${bo.pitch}, size ${bo.size}`);

  const offset = drm.drmModeMapDumb(card, bo.handle) as bigint;
  const pixels = drm.mmap(card, offset, bo.size) as Uint8Array;
  pixels.set([0xde, 0xad, 0xbe, 0xef]);

  const dmabuf = drm.drmPrimeHandleToFD(card, bo.handle, DRM_CLOEXEC | DRM_RDWR);
  const imported = drm.drmPrimeFDToHandle(render, dmabuf);
  log.push(`imported into the render node as handle ${imported}`);

  const shared = drm.mmap(dmabuf, 0, bo.size) as Uint8Array;
  log.push(`first pixel through the dma-buf: ${[...shared.subarray(0, 4)].map((b) => b.toString(16)).join('')}`);

  drm.munmap(pixels);
  drm.munmap(shared);
  [dmabuf, render, card].forEach((fd) => drm.drmClose(fd));
  return log;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(shareABuffer().join('\n'));
