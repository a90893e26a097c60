// The simulated machine: one kernel heap and function table, the DRM devices with their nodes
// under /dev/dri, and the processes that use them. `System.withVgem()` is a fresh boot with the
// vgem driver loaded, as the oracle's kernel.

import { Heap } from './heap.ts';
import { Clock } from './clock.ts';
import { kernelFunctions } from './fn-table.ts';
import { DrmDevice } from './device.ts';
import type { DrmDriver } from './device.ts';
import { drmOpen } from './drm-fops.ts';
import type { MinorType } from './drm-file.ts';
import { ENOENT } from './errno.ts';
import { KFile, newInode, O_RDWR } from './vfs.ts';
import { Process, nullDeviceOps } from './process.ts';
import { vgemDriver } from './drivers/vgem/driver.ts';
import type { Task } from './task.ts';

interface Node { readonly dev: DrmDevice; readonly minor: MinorType; readonly ino: number }

export class System {
  readonly heap: Heap;
  readonly fnTable = kernelFunctions;
  readonly devices: DrmDevice[] = [];
  readonly consoleIno = newInode();
  private readonly nullIno = newInode();
  private readonly nodes = new Map<string, Node>();
  private nextPid = 100;
  /** virtual time (ms) for timers; advance it to let vgem fences time out */
  readonly clock = new Clock();

  constructor(heapBytes = 4 << 20) {
    this.heap = new Heap(heapBytes);
  }

  static withVgem(heapBytes?: number): System {
    const sys = new System(heapBytes);
    sys.addDevice(vgemDriver);
    return sys;
  }

  /** Registers a device: primary node /dev/dri/cardN and, for DRIVER_RENDER, renderD(128+N). */
  addDevice(driver: DrmDriver): DrmDevice {
    const index = this.devices.length;
    const dev = new DrmDevice(this.heap, this.fnTable, driver, index, this.clock);
    this.devices.push(dev);
    this.nodes.set(`/dev/dri/card${index}`, { dev, minor: 'primary', ino: newInode() });
    if (driver.features.render) this.nodes.set(`/dev/dri/renderD${128 + index}`, { dev, minor: 'render', ino: newInode() });
    return dev;
  }

  spawn(uid = 0): Process {
    return new Process(this, this.nextPid++, uid);
  }

  /** The VFS side of open(2) for the paths the model knows. */
  openPath(path: string, task: Task): KFile | number {
    const node = this.nodes.get(path);
    if (node) return drmOpen(node.dev, node.minor, task, node.ino);
    if (path === '/dev/null') return new KFile(nullDeviceOps, O_RDWR, null, this.nullIno);
    return -ENOENT;
  }

  /** Heap allocations that exist with no file open: devices and their funcs tables. */
  get baselineObjects(): number {
    return this.devices.reduce((n, d) => n + d.fixedAllocations, 0);
  }
}
