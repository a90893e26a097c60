// A user process: credentials, a file descriptor table (lowest free fd, close-on-exec flag per
// fd, dup shares the open file), its address space and the syscalls the model offers
// (open, close, dup, ioctl, mmap, munmap, fstat identity, fdinfo). Every call returns a value or
// -errno; nothing throws for bad input.

import { EACCES, EBADF, EINVAL, ENODEV, ENOENT, ENOMEM, ENOTTY, EOVERFLOW, ESPIPE } from './errno.ts';
import type { Task } from './task.ts';
import { UserMemory } from './user-memory.ts';
import { AddressSpace, pageAlign, pages } from './address-space.ts';
import type { Mapping } from './address-space.ts';
import type { FileOps, KFile } from './vfs.ts';
import { DEFAULT_POLLMASK, KFile as KFileClass, O_CLOEXEC, O_RDWR, PROT_WRITE } from './vfs.ts';
import type { IoctlContext } from './ioctl/context.ts';
import type { System } from './system.ts';
import { Idr } from './idr.ts';

interface FdEntry { readonly file: KFile; readonly cloexec: boolean }

/** Character devices without ioctls or mmap (the console, /dev/null). */
const plainDeviceOps: FileOps = { release: () => undefined, ioctl: () => -ENOTTY };
/** /dev/null: like the console, but seekable (null_lseek keeps the position at 0). */
const nullDeviceOps: FileOps = { ...plainDeviceOps, llseek: () => 0n };
/** A regular file whose contents the model does not hold (the runner's script): no ioctls or mmap. */
const regularFileOps: FileOps = { ...plainDeviceOps, llseek: () => 0n };

export class Process implements Task {
  readonly user = new UserMemory();
  readonly mm = new AddressSpace();
  private readonly fds = new Map<number, FdEntry>();
  /** which descriptor numbers are taken: the lowest free one without a scan (alloc_fd) */
  private readonly fdNumbers = new Idr<null>();
  capSysAdmin: boolean;

  constructor(readonly system: System, readonly tgid: number, public uid = 0) {
    this.capSysAdmin = uid === 0;
    const consoleFile = new KFileClass(plainDeviceOps, O_RDWR, null, system.consoleIno);
    for (let fd = 0; fd < 3; fd++) {
      if (fd > 0) consoleFile.get();
      this.fds.set(this.fdNumbers.alloc(null, 0), { file: consoleFile, cloexec: false });
    }
  }

  /** setuid(uid): a non-zero uid loses CAP_SYS_ADMIN for good. */
  setuid(uid: number): number {
    if (!this.capSysAdmin && uid !== this.uid) return -1;
    this.uid = uid;
    if (uid !== 0) this.capSysAdmin = false;
    return 0;
  }

  /** Models fd_install at the lowest free descriptor; the table takes over the reference. */
  install(file: KFile, cloexec: boolean): number {
    let fd = this.fdNumbers.alloc(null, 0);
    while (this.fds.has(fd)) fd = this.fdNumbers.alloc(null, 0);
    this.fds.set(fd, { file, cloexec });
    return fd;
  }

  /** Models fget without the reference: the open file behind `fd`, or -EBADF. */
  fileOf(fd: number): KFile | number {
    return this.fds.get(fd)?.file ?? -EBADF;
  }

  /** open(path, O_RDWR | O_CLOEXEC): the new fd or -errno. */
  open(path: string, cloexec = true): number {
    const file = this.system.openPath(path, this, (fd) => this.fileOf(fd));
    if (typeof file === 'number') return file;
    return this.install(file, cloexec);
  }

  close(fd: number): number {
    const e = this.fds.get(fd);
    if (!e) return -EBADF;
    this.fds.delete(fd);
    this.fdNumbers.remove(fd);
    e.file.put();
    return 0;
  }

  /** fcntl(F_DUPFD_CLOEXEC): the same open file under the lowest free fd. */
  dup(fd: number, cloexec = true): number {
    const e = this.fds.get(fd);
    if (!e) return -EBADF;
    e.file.get();
    return this.install(e.file, cloexec);
  }

  /** F_GETFD's FD_CLOEXEC bit, or -EBADF. */
  cloexec(fd: number): boolean | number {
    const e = this.fds.get(fd);
    return e ? e.cloexec : -EBADF;
  }

  private ctx: IoctlContext | null = null;

  /** What handlers may use of this process; built once, it only holds references. */
  private context(): IoctlContext {
    return (this.ctx ??= {
      task: this,
      user: this.user,
      installFd: (file, cloexec) => this.install(file, cloexec),
      resolveFd: (fd) => this.fileOf(fd),
    });
  }

  /** ioctl(fd, request, arg): `arg` is the memory the argument pointer points at. ≥ 0 or -errno. */
  ioctl(fd: number, request: number, arg: Uint8Array): number {
    const e = this.fds.get(fd);
    if (!e) return -EBADF;
    if (!e.file.ops.ioctl) return -ENOTTY;
    return e.file.ops.ioctl(e.file, request >>> 0, arg, this.context());
  }

  /** mmap(NULL, length, prot, MAP_SHARED, fd, offset) with do_mmap's checks in order. */
  mmap(fd: number, offset: bigint, length: bigint, prot: number): Mapping | number {
    if (offset & 0xfffn) return -EINVAL;
    const e = this.fds.get(fd);
    if (!e) return -EBADF;
    if (length === 0n) return -EINVAL;
    const len = pageAlign(length);
    if (len === 0n || len > 0x7ffffffff000n) return -ENOMEM;
    const pgoff = offset >> 12n;
    if (pgoff + (len >> 12n) >= 1n << 64n) return -EOVERFLOW;
    const start = this.mm.findGap(len);
    if (start === null) return -ENOMEM;
    const file = e.file;
    if ((prot & PROT_WRITE) && !file.writable) return -EACCES;
    if (!file.readable) return -EACCES;
    if (!file.ops.mmap) return -ENODEV;
    const r = file.ops.mmap(file, { pgoff: Number(pgoff), pages: pages(len), prot });
    if (typeof r === 'number') return r;
    const vmFile = r.file ?? file;
    if (!r.file) file.get();
    const m: Mapping = { start, length: len, prot, bytes: r.bytes, file: vmFile, close: r.close, object: r.object };
    this.mm.insert(m);
    return m;
  }

  /** munmap of a whole mapping: vm_ops->close, then the file reference goes. */
  munmap(m: Mapping): number {
    if (!this.mm.remove(m)) return -EINVAL;
    m.close();
    m.file.put();
    return 0;
  }

  /** /proc/self/fdinfo/N without pos, mnt_id and ino: flags (octal) then the file's own lines. */
  fdinfo(fd: number): Array<[string, string]> | number {
    const e = this.fds.get(fd);
    if (!e) return -ENOENT;
    const flags = e.file.flags | (e.cloexec ? O_CLOEXEC : 0);
    return [['flags', '0' + flags.toString(8)], ...(e.file.ops.fdinfo?.(e.file) ?? [])];
  }

  /** poll(2) on one descriptor without waiting: the ready events among `events`, or -EBADF. */
  poll(fd: number, events: number): number {
    const e = this.fds.get(fd);
    if (!e) return -EBADF;
    return e.file.ops.poll ? e.file.ops.poll(e.file, events) : events & DEFAULT_POLLMASK;
  }

  /** lseek(fd, offset, whence): the new position or -errno (ESPIPE for files without llseek). */
  lseek(fd: number, offset: bigint, whence: number): bigint | number {
    const e = this.fds.get(fd);
    if (!e) return -EBADF;
    if (!e.file.ops.llseek) return -ESPIPE;
    return e.file.ops.llseek(e.file, offset, whence);
  }

  /** fstat identity (st_dev, st_ino) of the file behind `fd`, or -EBADF. */
  inode(fd: number): number {
    const e = this.fds.get(fd);
    return e ? e.file.ino : -EBADF;
  }

  /** Process exit: every mapping (lowest address first, as exit_mmap) and descriptor goes, in that order. */
  exit(): void {
    for (const m of [...this.mm.all].reverse()) this.munmap(m);
    for (const fd of [...this.fds.keys()].sort((a, b) => a - b)) this.close(fd);
  }
}

export { plainDeviceOps, nullDeviceOps, regularFileOps };
