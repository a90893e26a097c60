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
import { KFile, newInode, O_RDWR } from './vfs.ts';
import { Process, nullDeviceOps, plainDeviceOps, regularFileOps } from './process.ts';
import { DirInode, openWalked, pathWalk, procNameToInt } from './namei.ts';
import type { LeafInode } from './namei.ts';
import { vgemDriver } from './drivers/vgem/driver.ts';
import type { Task } from './task.ts';

/** The open file behind a descriptor of the calling process (-EBADF when none). */
export type FdLookup = (fd: number) => KFile | number;

export class System {
  readonly heap: Heap;
  readonly fnTable = kernelFunctions;
  readonly devices: DrmDevice[] = [];
  readonly consoleIno = newInode();
  private readonly nullIno = newInode();
  /** the namespace open() walks: /dev/dri/*, /dev/null, /proc/self/fd/N */
  private readonly root: DirInode = new DirInode(null, (name) => (name === 'proc' ? this.procDir() : undefined));
  private readonly devDir = new DirInode(this.root);
  private readonly driDir = new DirInode(this.devDir);
  /** inodes by number, for reopening an open file's inode through /proc/<pid>/fd/N */
  private readonly inodes = new Map<number, LeafInode>();
  /** the caller of the walk in progress: /proc/self and /proc/<pid>/fd depend on it */
  private current: { task: Task; fds: FdLookup } | null = null;
  private nextPid = 100;
  /** virtual time (ms) for timers; advance it to let vgem fences time out */
  readonly clock = new Clock();

  constructor(heapBytes = 4 << 20) {
    this.heap = new Heap(heapBytes);
    this.root.add('dev', this.devDir);
    this.devDir.add('dri', this.driDir);
    this.devDir.add('null', this.leaf(this.nullIno, 0o666, (_task, acc = O_RDWR) => new KFile(nullDeviceOps, acc, null, this.nullIno)));
    // every process starts with the console on fds 0-2 (devtmpfs makes it 0600)
    this.devDir.add('console', this.leaf(this.consoleIno, 0o600, (_task, acc = O_RDWR) => new KFile(plainDeviceOps, acc, null, this.consoleIno)));
  }

  private leaf(ino: number, mode: number, open: LeafInode['open']): LeafInode {
    const inode: LeafInode = { kind: 'leaf', ino, mode, open };
    this.inodes.set(ino, inode);
    return inode;
  }

  /** /proc as the current caller sees it: `self`, its own /proc/<tgid> and that one's fd/. */
  private procDir(): DirInode | undefined {
    const cur = this.current;
    if (!cur) return undefined;
    const pid = String(cur.task.tgid);
    const proc: DirInode = new DirInode(this.root, (name) => (name === 'self' ? { kind: 'symlink', target: pid } : name === pid ? pidDir : undefined), false);
    const pidDir: DirInode = new DirInode(proc, (name) => (name === 'fd' ? fdDir : undefined), false);
    const fdDir: DirInode = new DirInode(pidDir, (name) => {
      const fd = procNameToInt(name);
      const file = fd === null || fd > 0x7fffffff ? -1 : cur.fds(fd);
      return typeof file === 'number' ? undefined : { kind: 'magic', file };
    }, false);
    return proc;
  }

  /**
   * A root-owned regular file (mode 0644) at `path` in / or /dev: what the oracle's runner reads
   * its script from. Opening it gives a plain seekable file.
   */
  addRegularFile(path: string, mode = 0o644): LeafInode {
    const ino = newInode();
    return this.addLeaf(path, this.leaf(ino, mode, (_task, acc = O_RDWR) => new KFile(regularFileOps, acc, null, ino)));
  }

  /** A root-owned character device without ioctls or mmap (a serial port) at `path` in / or /dev. */
  addCharDevice(path: string, mode = 0o600): LeafInode {
    const ino = newInode();
    return this.addLeaf(path, this.leaf(ino, mode, (_task, acc = O_RDWR) => new KFile(plainDeviceOps, acc, null, ino)));
  }

  private addLeaf(path: string, inode: LeafInode): LeafInode {
    const at = path.lastIndexOf('/');
    const dir = path.slice(0, at) === '/dev' ? this.devDir : this.root;
    dir.add(path.slice(at + 1), inode);
    return inode;
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
    this.addNode(`card${index}`, dev, 'primary');
    if (driver.features.render) this.addNode(`renderD${128 + index}`, dev, 'render');
    return dev;
  }

  spawn(uid = 0): Process {
    return new Process(this, this.nextPid++, uid);
  }

  private addNode(name: string, dev: DrmDevice, minor: MinorType): void {
    const ino = newInode();
    // the oracle's init makes the DRM nodes 0666
    this.driDir.add(name, this.leaf(ino, 0o666, (task) => drmOpen(dev, minor, task, ino)));
  }

  /**
   * The VFS side of open(path, O_RDWR): path lookup (namei.ts) over the names the model has, then
   * the inode's open. `fds` is the caller's descriptor table, for /proc/self/fd/N (without it
   * that directory is empty).
   */
  openPath(path: string, task: Task, fds: FdLookup = () => -9): KFile | number {
    const saved = this.current;
    this.current = { task, fds };
    try {
      const end = pathWalk(this.root, this.root, path);
      if (typeof end === 'number') return end;
      return openWalked(end, task, (ino) => this.inodes.get(ino));
    } finally {
      this.current = saved;
    }
  }

  /** Heap allocations that exist with no file open: devices and their funcs tables. */
  get baselineObjects(): number {
    return this.devices.reduce((n, d) => n + d.fixedAllocations, 0);
  }
}
