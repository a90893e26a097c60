// Model-based properties: random operation sequences over several files, dup'ed descriptors,
// dma-bufs and mappings keep the kernel's bookkeeping consistent after every step, and once every
// descriptor and mapping is gone the heap holds nothing but the device's own records.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TraceRunner } from '../../runtime/trace/runner.ts';
import { checkInvariants } from '../../runtime/invariants.ts';

const files = ['f0', 'f1', 'f2', 'r0'];
const bufs = ['d0', 'd1', 'd2'];
const maps = ['m0', 'm1', 'm2'];
const fdSlot = fc.constantFrom(...files, ...bufs);
// mostly the files the prelude opened and handles that exist, so ops succeed and state builds up
const file = fc.oneof({ arbitrary: fc.constantFrom('f0', 'f1'), weight: 4 }, { arbitrary: fc.constantFrom('f2', 'r0'), weight: 1 });
const small = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3 }), weight: 5 }, { arbitrary: fc.constantFrom(0, 4, 6), weight: 1 });

const op: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(file, small).map(([f, h]) => `flink ${f} ${h}`), weight: 2 },
  fc.tuple(fc.constantFrom('f0', 'f1', 'f2'), fc.constantFrom('card', 'card', 'render')).map(([f, n]) => `open ${f} ${n}`),
  fc.constant('open r0 render'),
  fdSlot.map((s) => `close ${s}`),
  fc.tuple(file, fc.constantFrom('f1', 'f2')).map(([a, b]) => `dup ${a} ${b}`),
  { arbitrary: fc.tuple(file, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 })).map(([f, w, h]) => `create_dumb ${f} ${w} ${h} 32`), weight: 3 },
  { arbitrary: fc.tuple(file, small).map(([f, h]) => `gem_close ${f} ${h}`), weight: 3 },
  fc.tuple(file, small).map(([f, h]) => `gem_close ${f} ${h}`),
  fc.tuple(file, small).map(([f, h]) => `flink ${f} ${h}`),
  fc.tuple(file, small).map(([f, n]) => `gem_open ${f} ${n}`),
  fc.tuple(file, small, fc.constantFrom('0', 'rdwr', 'cloexec'), fc.constantFrom(...bufs)).map(([f, h, fl, d]) => `prime_export ${f} ${h} ${fl} ${d}`),
  fc.tuple(file, fc.constantFrom(...bufs)).map(([f, d]) => `prime_import ${f} ${d}`),
  fc.tuple(fc.constantFrom(...bufs), fc.constantFrom(...maps)).map(([d, m]) => `mmap ${d} 0 4096 ${m}`),
  fc.tuple(file, small, fc.constantFrom(...maps)).map(([f, p, m]) => `mmap ${f} ${4294967296 + p * 4096} 4096 ${m}`),
  fc.constantFrom(...maps).map((m) => `munmap ${m}`),
  fc.tuple(fc.constantFrom(...maps), fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/[\s#]/.test(s))).map(([m, t]) => `write ${m} 0 ${t}`),
  fc.tuple(file, small, fc.constantFrom('0', 'write')).map(([f, h, w]) => `fence_attach ${f} ${h} ${w}`),
  fc.tuple(file, small).map(([f, n]) => `fence_signal ${f} ${n}`),
  fc.tuple(file).map(([f]) => `drop_master ${f}`),
  fc.tuple(file).map(([f]) => `set_master ${f}`),
  fc.tuple(file).map(([f]) => `get_magic ${f}`),
);

/** Files most ops need, so that sequences spend their length on objects rather than EBADF. */
const PRELUDE = ['open f0 card', 'open f1 card', 'open r0 render'];

/** Every descriptor and mapping of the script's process, closed. */
function teardown(r: TraceRunner): void {
  for (const m of [...r.proc.mm.all]) r.proc.munmap(m);
  r.proc.exit();
}

describe('random operation sequences', () => {
  it('keep refcounts, handle counts and names equal to what the kernel counts after every step', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 20, maxLength: 80, size: 'max' }), (ops) => {
        const r = new TraceRunner();
        for (const line of [...PRELUDE, ...ops]) {
          r.run(line);
          const errors = checkInvariants(r.system, [r.proc]);
          if (errors.length) throw new Error(`after "${line}": ${errors.join('; ')}`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('leave the heap empty except the device records once every descriptor and mapping is closed', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 20, maxLength: 80, size: 'max' }), (ops) => {
        const r = new TraceRunner();
        r.run([...PRELUDE, ...ops].join('\n'));
        teardown(r);
        expect(r.system.heap.misuse.reports).toEqual([]);
        expect(r.system.heap.liveObjects).toBe(r.system.baselineObjects);
        expect(r.system.devices[0].objects.size).toBe(0);
        expect(r.system.devices[0].vma.nodeCount).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('random PRIME traffic between two devices', () => {
  it('keeps the bookkeeping of both devices consistent and frees everything at the end', async () => {
    const { System } = await import('../../runtime/system.ts');
    const { Libdrm } = await import('../../runtime/libdrm.ts');
    const step = fc.tuple(fc.nat({ max: 6 }), fc.nat({ max: 3 }), fc.nat({ max: 4 }));
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 80, size: 'max' }), (steps) => {
        const system = System.withVgem();
        system.addDevice(system.devices[0].driver);
        const drm = new Libdrm(system.spawn(0));
        const fds = [drm.drmOpen('card', 0), drm.drmOpen('card', 1), drm.drmOpen('render', 0), drm.drmOpen('render', 1)];
        const bufs: number[] = [];
        const maps: Uint8Array[] = [];
        for (const [kind, f, n] of steps) {
          const fd = fds[f];
          if (kind === 0) drm.drmModeCreateDumb(fd, 16, 16, 32);
          else if (kind === 1) drm.drmCloseBufferHandle(fd, n + 1);
          else if (kind === 2) { const d = drm.drmPrimeHandleToFD(fd, n + 1, 2); if (d >= 0) bufs.push(d); }
          else if (kind === 3 && bufs.length) drm.drmPrimeFDToHandle(fd, bufs[n % bufs.length]);
          else if (kind === 4 && bufs.length) drm.drmClose(bufs.splice(n % bufs.length, 1)[0]);
          else if (kind === 5 && bufs.length) { const m = drm.mmap(bufs[n % bufs.length], 0, 4096); if (typeof m !== 'number') maps.push(m); }
          else if (kind === 6 && maps.length) drm.munmap(maps.splice(n % maps.length, 1)[0]);
          const errors = checkInvariants(system, [drm.proc]);
          if (errors.length) throw new Error(errors.join('; '));
        }
        maps.forEach((m) => drm.munmap(m));
        drm.proc.exit();
        expect(system.heap.misuse.reports).toEqual([]);
        expect(system.heap.liveObjects).toBe(system.baselineObjects);
      }),
      { numRuns: 100 },
    );
  });
});
