// The kernel's bookkeeping, recounted from the outside: every GEM object's refcount must equal
// the holders the kernel counts (one for all its handles, one per dma-buf exported from it, one
// per mapping), handle_count the handles in all files, names only on objects with handles;
// masters referenced exactly by the device (while current) and the files pointing at them.
// Returns the violations as readable strings (empty = consistent).

import type { System } from './system.ts';
import type { Process } from './process.ts';
import type { GemObject } from './gem/object.ts';
import type { DrmMaster } from './master.ts';

export function checkInvariants(system: System, processes: readonly Process[]): string[] {
  const errors: string[] = [];
  for (const dev of system.devices) {
    const handles = new Map<GemObject<unknown>, number>();
    for (const file of dev.files) {
      const perFile = new Map<GemObject<unknown>, number>();
      for (const id of file.objectIdr.ids()) {
        const obj = file.objectIdr.find(id);
        if (obj) {
          handles.set(obj, (handles.get(obj) ?? 0) + 1);
          perFile.set(obj, (perFile.get(obj) ?? 0) + 1);
        }
      }
      // mmap permission: one vma grant per handle the file holds on the object
      for (const [obj, n] of perFile) {
        const g = dev.vma.grantCount(obj.view.vma_node, file.addr);
        if (g !== n) errors.push(`object@0x${obj.addr.toString(16)}: ${n} handles in a file but ${g} vma grants`);
      }
    }
    const bufs = new Map<GemObject<unknown>, number>();
    for (const buf of dev.dmaBufs.values()) bufs.set(buf.obj, (bufs.get(buf.obj) ?? 0) + 1);
    const maps = new Map<unknown, number>();
    for (const p of processes) for (const m of p.mm.all) if (m.object) maps.set(m.object, (maps.get(m.object) ?? 0) + 1);

    for (const obj of dev.objects.values()) {
      const h = handles.get(obj) ?? 0;
      const expected = (h > 0 ? 1 : 0) + (bufs.get(obj) ?? 0) + (maps.get(obj) ?? 0);
      const at = `object@0x${obj.addr.toString(16)}`;
      if (obj.handleCount !== h) errors.push(`${at}: handle_count ${obj.handleCount} but ${h} handles`);
      if (obj.refcount !== expected) errors.push(`${at}: refcount ${obj.refcount} but ${expected} holders`);
      if (obj.view.name !== 0 && h === 0) errors.push(`${at}: name ${obj.view.name} without handles`);
      if (obj.view.name !== 0 && dev.objectNames.find(obj.view.name) !== obj) errors.push(`${at}: name not in the name idr`);
      if (!obj.view.dma_buf.isNull && h === 0) errors.push(`${at}: cached dma-buf without handles`);
    }
    // a master is held by the device while current and by every file that points at it
    const masters = new Map<DrmMaster, number>();
    if (dev.master) masters.set(dev.master, 1);
    for (const file of dev.files) if (file.master) masters.set(file.master, (masters.get(file.master) ?? 0) + 1);
    for (const [m, holders] of masters) {
      const count = m.view.refcount.refcount.refs.counter;
      if (count !== holders) errors.push(`master@0x${m.addr.toString(16)}: refcount ${count} but ${holders} holders`);
    }
    for (const file of dev.files) {
      if (file.isRender && file.master) errors.push('render file with a master');
    }
    for (const name of dev.objectNames.ids()) {
      const obj = dev.objectNames.find(name);
      if (obj && obj.view.name !== name) errors.push(`name ${name} points at an object named ${obj.view.name}`);
    }
  }
  if (system.heap.misuse.reports.length) errors.push(...system.heap.misuse.reports.map((r) => `${r.code}: ${r.message}`));
  return errors;
}
