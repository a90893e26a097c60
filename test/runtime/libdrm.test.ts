// The libdrm-style API on the model, in the situations IGT's vgem and prime tests check on real
// kernels (expectations from IGT vgem_basic, prime_self_import, gem_flink_basic, core_auth).

import { describe, expect, it } from 'vitest';
import { System } from '../../runtime/system.ts';
import { Libdrm, DRM_CLOEXEC, DRM_RDWR } from '../../runtime/libdrm.ts';
import type { DumbBuffer } from '../../runtime/libdrm.ts';

function open() {
  const system = System.withVgem();
  const drm = new Libdrm(system.spawn(0));
  return { system, drm, fd: drm.drmOpen('card') };
}

describe('libdrm-style API', () => {
  it('drmGetVersion names vgem with its date and description', () => {
    const { drm, fd } = open();
    expect(drm.drmGetVersion(fd)).toEqual({ major: 1, minor: 0, patchlevel: 0, name: 'vgem', date: '20120112', desc: 'Virtual GEM provider' });
  });

  it('drmGetCap reports PRIME import and export', () => {
    const { drm, fd } = open();
    expect(drm.drmGetCap(fd, 5)).toBe(3n);
  });

  it('a mapping keeps the object writable after its handle is closed (vgem_basic mmap)', () => {
    const { drm, fd } = open();
    const bo = drm.drmModeCreateDumb(fd, 1024, 1024, 32) as DumbBuffer;
    const ptr = drm.mmap(fd, drm.drmModeMapDumb(fd, bo.handle) as bigint, bo.size) as Uint8Array;
    expect(drm.drmCloseBufferHandle(fd, bo.handle)).toBe(0);
    for (let page = 0; page < ptr.length; page += 4096) ptr[page] = page >> 12;
    expect(ptr[4096 * 1023]).toBe(1023 & 0xff);
  });

  it('writes through a dma-buf mapping are seen through the DRM mapping (vgem_basic dmabuf-mmap)', () => {
    const { drm, fd } = open();
    const bo = drm.drmModeCreateDumb(fd, 64, 64, 32) as DumbBuffer;
    const dmabuf = drm.drmPrimeHandleToFD(fd, bo.handle, DRM_CLOEXEC | DRM_RDWR);
    const viaBuf = drm.mmap(dmabuf, 0, bo.size) as Uint8Array;
    viaBuf.set([1, 2, 3], 8192);
    const viaDrm = drm.mmap(fd, drm.drmModeMapDumb(fd, bo.handle) as bigint, bo.size) as Uint8Array;
    expect([...viaDrm.subarray(8192, 8195)]).toEqual([1, 2, 3]);
  });

  it('re-importing a dma-buf gives the same handle, and the exporter gets its own back (prime_self_import)', () => {
    const { drm, fd } = open();
    const fd2 = drm.drmOpen('card');
    const bo = drm.drmModeCreateDumb(fd, 16, 16, 32) as DumbBuffer;
    const dmabuf = drm.drmPrimeHandleToFD(fd, bo.handle, DRM_CLOEXEC);
    const h1 = drm.drmPrimeFDToHandle(fd2, dmabuf);
    expect([drm.drmPrimeFDToHandle(fd2, dmabuf), drm.drmPrimeFDToHandle(fd, dmabuf)]).toEqual([h1, bo.handle]);
  });

  it('flink names survive their creator while another file holds a handle (gem_flink_basic flink-lifetime)', () => {
    const { drm, fd } = open();
    const fd2 = drm.drmOpen('card');
    const bo = drm.drmModeCreateDumb(fd, 16, 16, 32) as DumbBuffer;
    const name = drm.gemFlink(fd, bo.handle);
    drm.gemOpen(fd2, name);
    drm.drmClose(fd);
    expect(drm.gemOpen(fd2, name)).toEqual({ handle: 2, size: 4096n });
  });

  it('authenticates a second client exactly once (core_auth basic-auth)', () => {
    const system = System.withVgem();
    const proc = system.spawn(1000);
    const drm = new Libdrm(proc);
    const master = drm.drmOpen('card');
    const client = drm.drmOpen('card');
    const magic = drm.drmGetMagic(client);
    expect([drm.drmAuthMagic(client, magic), drm.drmAuthMagic(master, magic), drm.drmAuthMagic(master, magic)]).toEqual([-13, 0, -22]);
    expect(drm.drmGetMagic(client)).toBe(magic);
  });

  it('leaves the kernel heap as it found it once everything is closed', () => {
    const { system, drm, fd } = open();
    const bo = drm.drmModeCreateDumb(fd, 64, 64, 32) as DumbBuffer;
    const dmabuf = drm.drmPrimeHandleToFD(fd, bo.handle, 0);
    const ptr = drm.mmap(dmabuf, 0, 4096, 1) as Uint8Array;
    drm.drmClose(fd);
    drm.drmClose(dmabuf);
    expect(system.devices[0].objects.size).toBe(1);
    drm.munmap(ptr);
    expect(system.heap.liveObjects).toBe(system.baselineObjects);
  });
});

describe('the README example', () => {
  it('shares pixels between a card and a render file through a dma-buf', async () => {
    const { shareABuffer } = await import('../../runtime/examples/share-a-buffer.ts');
    expect(shareABuffer()).toEqual([
      'vgem 1.0.0 (Virtual GEM provider)',
      'dumb buffer: handle 1, pitch 256, size 16384',
      'imported into the render node as handle 1',
      'first pixel through the dma-buf: deadbeef',
    ]);
  });
});

describe('PRIME between two devices', () => {
  function twoDevices() {
    const system = System.withVgem();
    system.addDevice(system.devices[0].driver);
    const drm = new Libdrm(system.spawn(0));
    return { system, drm, a: drm.drmOpen('card', 0), b: drm.drmOpen('card', 1) };
  }

  it('imports a buffer exported by another device after the exporter closed its handle (vgem_basic dmabuf-export)', () => {
    const { drm, a, b } = twoDevices();
    const bo = drm.drmModeCreateDumb(a, 64, 64, 32) as DumbBuffer;
    const ptr = drm.mmap(a, drm.drmModeMapDumb(a, bo.handle) as bigint, bo.size) as Uint8Array;
    ptr[100] = 42;
    const dmabuf = drm.drmPrimeHandleToFD(a, bo.handle, DRM_CLOEXEC);
    drm.drmCloseBufferHandle(a, bo.handle);
    const handle = drm.drmPrimeFDToHandle(b, dmabuf);
    expect(handle).toBe(1);
    expect(drm.drmModeMapDumb(b, handle)).toBe(-22);
    expect(drm.drmPrimeFDToHandle(b, dmabuf)).toBe(handle);
  });

  it('maps an imported object through its exporter and frees everything at the end', () => {
    const { system, drm, a, b } = twoDevices();
    const bo = drm.drmModeCreateDumb(a, 64, 64, 32) as DumbBuffer;
    const dmabuf = drm.drmPrimeHandleToFD(a, bo.handle, DRM_RDWR);
    const handle = drm.drmPrimeFDToHandle(b, dmabuf);
    const obj = [...system.devices[1].objects.values()][0];
    const viaB = drm.mmap(b, obj.createMmapOffset() as bigint, bo.size) as Uint8Array;
    const viaA = drm.mmap(a, drm.drmModeMapDumb(a, bo.handle) as bigint, bo.size) as Uint8Array;
    viaB[5] = 7;
    expect(viaA[5]).toBe(7);
    expect(drm.drmPrimeHandleToFD(b, handle, 0)).toBeGreaterThan(0);
    drm.munmap(viaA);
    drm.munmap(viaB);
    drm.proc.exit();
    expect(system.heap.misuse.reports).toEqual([]);
    expect(system.heap.liveObjects).toBe(system.baselineObjects);
  });
});

describe('dma-buf llseek (prime_self_import basic-llseek-size / -bad)', () => {
  it('answers the buffer size for (0, SEEK_END) and 0 for (0, SEEK_SET)', () => {
    const { drm, fd } = open();
    const bo = drm.drmModeCreateDumb(fd, 64, 64, 32) as DumbBuffer;
    const d = drm.drmPrimeHandleToFD(fd, bo.handle, 0);
    expect([drm.lseek(d, 0, 2), drm.lseek(d, 0, 0)]).toEqual([16384n, 0n]);
  });

  it('rejects any other offset or whence with EINVAL', () => {
    const { drm, fd } = open();
    const bo = drm.drmModeCreateDumb(fd, 64, 64, 32) as DumbBuffer;
    const d = drm.drmPrimeHandleToFD(fd, bo.handle, 0);
    expect([drm.lseek(d, 1, 2), drm.lseek(d, 0, 1), drm.lseek(d, 4096, 0)]).toEqual([-22, -22, -22]);
  });
});

describe('vgem fences seen through a dma-buf (vgem_basic dmabuf-fence, busy-fence)', () => {
  const POLLIN = 1;
  const POLLOUT = 4;

  it('a read fence makes the dma-buf busy for writers only', () => {
    const { drm, fd } = open();
    const bo = drm.drmModeCreateDumb(fd, 16, 16, 32) as DumbBuffer;
    const d = drm.drmPrimeHandleToFD(fd, bo.handle, 0);
    drm.vgemFenceAttach(fd, bo.handle, 0);
    expect(drm.poll(d, POLLIN | POLLOUT)).toBe(POLLIN);
  });

  it('a write fence makes it busy for everyone until signalled, and blocks another writer', () => {
    const { drm, fd } = open();
    const bo = drm.drmModeCreateDumb(fd, 16, 16, 32) as DumbBuffer;
    const fence = drm.vgemFenceAttach(fd, bo.handle, 1);
    const d = drm.drmPrimeHandleToFD(fd, bo.handle, 0);
    expect([drm.poll(d, POLLIN | POLLOUT), drm.vgemFenceAttach(fd, bo.handle, 1)]).toEqual([0, -16]);
    drm.vgemFenceSignal(fd, fence);
    expect(drm.poll(d, POLLIN | POLLOUT)).toBe(POLLIN | POLLOUT);
  });

  it('an unsignalled fence times out after 10 s, and signalling it then answers ETIMEDOUT', () => {
    const { system, drm, fd } = open();
    const bo = drm.drmModeCreateDumb(fd, 16, 16, 32) as DumbBuffer;
    const fence = drm.vgemFenceAttach(fd, bo.handle, 1);
    system.clock.advance(9_999);
    expect(drm.vgemFenceAttach(fd, bo.handle, 0)).toBe(-16);
    system.clock.advance(1);
    expect([drm.vgemFenceAttach(fd, bo.handle, 0), drm.vgemFenceSignal(fd, fence), drm.vgemFenceSignal(fd, fence)]).toEqual([2, -110, -2]);
  });
});
