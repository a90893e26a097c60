// The driver-facing GEM API (in the spirit of the kernel's Rust abstraction): object types with
// new/open/close/free hooks, handles, lookups, mmap offsets and references that release once.

import { describe, expect, it } from 'vitest';
import { System } from '../../runtime/system.ts';
import { DrmFile } from '../../runtime/drm-file.ts';
import { GemObject, ObjectRef } from '../../runtime/gem/object.ts';
import type { DriverObjectType } from '../../runtime/gem/object.ts';

interface Payload { id: number }

function fixture(hooks: Partial<DriverObjectType<Payload>> = {}) {
  const calls: string[] = [];
  const type: DriverObjectType<Payload> = {
    name: 'test',
    new: (_dev, size) => { calls.push(`new ${size}`); return { id: 7 }; },
    open: () => { calls.push('open'); return 0; },
    close: () => { calls.push('close'); },
    free: () => { calls.push('free'); },
    ...hooks,
  };
  const system = System.withVgem();
  const dev = system.devices[0];
  const proc = system.spawn(0);
  const file = DrmFile.open(dev, 'primary', proc) as DrmFile;
  return { system, dev, file, type, calls };
}

describe('GEM driver API', () => {
  it('creates an object of the page-aligned size with the driver payload', () => {
    const { dev, type, calls } = fixture();
    const ref = GemObject.new(dev, type, 5000) as ObjectRef<Payload>;
    expect([ref.obj.size, ref.obj.data.id, calls]).toEqual([8192, 7, ['new 8192']]);
  });

  it('calls open when a handle is created and close when it is deleted', () => {
    const { dev, file, type, calls } = fixture();
    const ref = GemObject.new(dev, type, 4096) as ObjectRef<Payload>;
    const handle = ref.obj.createHandle(file);
    dev.gem.handleDelete(file, handle);
    expect(calls).toEqual(['new 4096', 'open', 'close']);
  });

  it('rejects the handle when open fails, leaving no handle behind', () => {
    const { dev, file, type } = fixture({ open: () => -13 });
    const ref = GemObject.new(dev, type, 4096) as ObjectRef<Payload>;
    expect(ref.obj.createHandle(file)).toBe(-13);
    expect([ref.obj.handleCount, file.objectIdr.size, ref.obj.refcount]).toEqual([0, 0, 1]);
  });

  it('calls free exactly once, when the last reference drops', () => {
    const { dev, file, type, calls, system } = fixture();
    const ref = GemObject.new(dev, type, 4096) as ObjectRef<Payload>;
    const handle = ref.obj.createHandle(file);
    const extra = ref.obj.reference();
    ref.release();
    dev.gem.handleDelete(file, handle);
    expect(calls.filter((c) => c === 'free')).toEqual([]);
    extra.release();
    expect(calls.filter((c) => c === 'free')).toEqual(['free']);
    expect(dev.objects.size).toBe(0);
    expect(system.heap.misuse.reports).toEqual([]);
  });

  it('finds an object by handle and answers ENOENT for an unknown one', () => {
    const { dev, file, type } = fixture();
    const ref = GemObject.new(dev, type, 4096) as ObjectRef<Payload>;
    const handle = ref.obj.createHandle(file);
    const found = GemObject.lookupHandle<Payload>(file, handle) as ObjectRef<Payload>;
    expect(found.obj).toBe(ref.obj);
    expect(GemObject.lookupHandle(file, handle + 1)).toBe(-2);
  });

  it('gives a stable mmap offset from 4 GiB', () => {
    const { dev, type } = fixture();
    const ref = GemObject.new(dev, type, 4096) as ObjectRef<Payload>;
    expect(ref.obj.createMmapOffset()).toBe(0x100000000n);
    expect(ref.obj.createMmapOffset()).toBe(0x100000000n);
  });

  it('reports a second release of the same reference instead of dropping another', () => {
    const { dev, type, system } = fixture();
    const ref = GemObject.new(dev, type, 4096) as ObjectRef<Payload>;
    const extra = ref.obj.reference();
    extra.release();
    extra.release();
    expect(system.heap.misuse.reports.map((r) => r.code)).toEqual(['ref-double-release']);
    expect(ref.obj.refcount).toBe(1);
  });

  it('reports a put on a freed object as a use after free', () => {
    const { dev, type, system } = fixture();
    const ref = GemObject.new(dev, type, 4096) as ObjectRef<Payload>;
    const obj = ref.obj;
    ref.release();
    obj.reference();
    expect(system.heap.misuse.reports.map((r) => r.code)).toEqual(['heap-use-after-free']);
  });

  it('fails creation with the driver errno and frees what it allocated', () => {
    const { dev, type, system } = fixture({ new: () => -12 });
    dev.funcsFor(type); // the type's funcs table lives as long as the device
    const before = system.heap.liveObjects;
    expect(GemObject.new(dev, type, 4096)).toBe(-12);
    expect(system.heap.liveObjects).toBe(before);
  });
});
