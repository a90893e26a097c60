// One program process as the server sees it: its model Process, which of the program's real
// descriptors are model files, and its mappings. A model file sits at the same descriptor number
// in the model as in the program, so /proc/self/fd/N and fds inside ioctl arguments mean the
// same in both. Every request of the wire protocol is one method here; each returns the
// response frame.

import { existsSync } from 'node:fs';
import type { System } from '../system.ts';
import { Process } from '../process.ts';
import type { Mapping } from '../address-space.ts';
import { UserMemory } from '../user-memory.ts';
import type { IoctlContext } from '../ioctl/context.ts';
import { KFile, O_CLOEXEC, O_RDWR } from '../vfs.ts';
import type { FileOps } from '../vfs.ts';
import { kfileToDrm } from '../drm-fops.ts';
import { fileToDmaBuf } from '../prime/dma-buf.ts';
import { GemObject, drm_gem_object_get, drm_gem_object_put } from '../gem/object.ts';
import { EBADF, ENOTTY } from '../errno.ts';

/** the page range of a mapping could not be shared (not in the page file) */
const EIO = 5;
import { Kind, Reader, Writer } from './protocol.ts';
import type { SharedPages } from './shared-pages.ts';

/** The program's copy_to_user targets: recorded here, written by the preload library. */
class RecordedUserMemory extends UserMemory {
  readonly copies: Array<[bigint, Uint8Array]> = [];
  override copyTo(addr: bigint, data: Uint8Array): boolean {
    if (data.length) this.copies.push([addr, data.slice()]);
    return true;
  }
}

/** A descriptor of the program the model does not back (a regular file, a pipe): fget finds it, it is no dma-buf. */
const foreignOps: FileOps = { release: () => undefined, ioctl: () => -ENOTTY };
/** such a file (inode 0: it takes no inode number from the model's files) */
const filler = (): KFile => new KFile(foreignOps, O_RDWR, null, 0);

interface MapRecord { readonly mapping: Mapping }

export class Session {
  /** the program's descriptors that are model files (the same numbers in the model) */
  private readonly fds = new Set<number>();
  private readonly maps = new Map<number, MapRecord>();
  private nextMap = 1;

  constructor(readonly system: System, readonly pages: SharedPages, readonly proc: Process, public pid: number) {}

  static spawn(system: System, pages: SharedPages, pid: number, uid: number): Session {
    return new Session(system, pages, system.spawn(uid), pid);
  }

  private model(fd: number): number {
    return this.fds.has(fd) ? fd : -EBADF;
  }

  /**
   * fd_install at a given number: the program's kernel chose it (lowest free among all its
   * descriptors); the model's table, which lacks the program's other files, is filled below it
   * for the moment so that its lowest free slot is the same.
   */
  private installAt(file: KFile, fd: number, cloexec: boolean): void {
    if (typeof this.proc.fileOf(fd) !== 'number') this.proc.close(fd); // a console fd the program replaced
    const fillers: number[] = [];
    for (let n = this.proc.install(filler(), false); ; n = this.proc.install(filler(), false)) {
      if (n >= fd) {
        this.proc.close(n);
        break;
      }
      fillers.push(n);
    }
    this.proc.install(file, cloexec);
    for (const n of fillers) this.proc.close(n);
    this.fds.add(fd);
  }

  private kindOf(file: KFile): number {
    const drm = kfileToDrm(file);
    if (drm) return drm.isRender ? Kind.RENDER : Kind.PRIMARY;
    return fileToDmaBuf(file) ? Kind.DMABUF : Kind.OTHER;
  }

  private minorOf(file: KFile): number {
    const drm = kfileToDrm(file);
    if (!drm) return 0;
    return drm.isRender ? 128 + drm.dev.minorIndex : drm.dev.minorIndex;
  }

  open(r: Reader): Writer {
    const fd = r.i32();
    const flags = r.i32();
    const path = new TextDecoder().decode(r.rest());
    const cloexec = (flags & O_CLOEXEC) !== 0;
    // opened at the model's lowest free slot, then moved to the program's number
    const m = this.proc.open(path, cloexec);
    if (m < 0) return new Writer(m).u32(0);
    const file = this.proc.fileOf(m) as KFile;
    if (m !== fd) {
      file.get();
      this.proc.close(m);
      this.installAt(file, fd, cloexec);
    } else {
      this.fds.add(fd);
    }
    return new Writer(0).u32(this.kindOf(file));
  }

  close(r: Reader): Writer {
    const fd = r.i32();
    const m = this.model(fd);
    if (m < 0) return new Writer(m);
    this.fds.delete(fd);
    return new Writer(this.proc.close(m));
  }

  dup(r: Reader): Writer {
    const old = this.model(r.i32());
    const fd = r.i32();
    const cloexec = r.i32() !== 0;
    if (old < 0) return new Writer(old);
    if (this.fds.delete(fd)) this.proc.close(fd);
    const file = this.proc.fileOf(old) as KFile;
    file.get();
    this.installAt(file, fd, cloexec);
    return new Writer(0);
  }

  ioctl(r: Reader): Writer {
    const fd = r.i32();
    const request = r.u32();
    const spare = r.i32();
    const arg = r.take(r.u32());
    const m = this.model(fd);
    const file = m < 0 ? m : this.proc.fileOf(m);
    let installed = -1;
    let installedCloexec = 0;
    const user = new RecordedUserMemory();
    const ctx: IoctlContext = {
      task: this.proc,
      user,
      installFd: (f, cloexec) => {
        if (spare < 0 || installed >= 0) return -EBADF;
        this.installAt(f, spare, cloexec);
        installed = spare;
        installedCloexec = cloexec ? 1 : 0;
        return spare;
      },
      resolveFd: (n) => this.resolve(n),
    };
    let ret: number;
    if (typeof file === 'number') ret = file;
    else if (!file.ops.ioctl) ret = -ENOTTY;
    else ret = file.ops.ioctl(file, request, arg, ctx);
    const w = new Writer(ret).i32(installed).i32(installedCloexec).u32(arg.length).bytes(arg).u32(user.copies.length);
    for (const [addr, bytes] of user.copies) w.u64(addr).u32(bytes.length).bytes(bytes);
    return w;
  }

  /** fget of a descriptor named inside an ioctl argument. */
  private resolve(fd: number): KFile | number {
    if (this.fds.has(fd)) return this.proc.fileOf(fd);
    if (fd >= 0 && existsSync(`/proc/${this.pid}/fd/${fd}`)) return filler();
    return -EBADF;
  }

  mmap(r: Reader): Writer {
    const fd = r.i32();
    const offset = r.u64();
    const length = r.u64();
    const prot = r.i32();
    const m = this.model(fd);
    const mapping = m < 0 ? m : this.proc.mmap(m, offset, length, prot);
    if (typeof mapping === 'number') return new Writer(mapping);
    const at = this.pages.offsetOf(mapping.bytes);
    if (at === null) {
      this.proc.munmap(mapping);
      return new Writer(-EIO);
    }
    const id = this.nextMap++;
    this.maps.set(id, { mapping });
    return new Writer(0).u32(id).u64(BigInt(at)).u64(BigInt(mapping.bytes.length));
  }

  munmap(r: Reader): Writer {
    const id = r.u32();
    const rec = this.maps.get(id);
    if (!rec) return new Writer(0);
    this.maps.delete(id);
    return new Writer(this.proc.munmap(rec.mapping));
  }

  fstat(r: Reader): Writer {
    const m = this.model(r.i32());
    const file = m < 0 ? m : this.proc.fileOf(m);
    if (typeof file === 'number') return new Writer(file);
    return new Writer(0).u64(BigInt(file.ino)).u32(this.kindOf(file)).u32(file.flags).u32(this.minorOf(file));
  }

  /** /proc/self/fdinfo/N: the VFS lines (pos, flags with what the fd adds: close-on-exec, F_SETFL's bits; mnt_id, ino), then the file's own. */
  fdinfo(r: Reader): Writer {
    const m = this.model(r.i32());
    const added = r.u32();
    const file = m < 0 ? m : this.proc.fileOf(m);
    if (typeof file === 'number') return new Writer(file);
    const flags = file.flags | added;
    const lines: Array<[string, string]> = [
      ['pos', '0'], ['flags', '0' + flags.toString(8)], ['mnt_id', '0'], ['ino', String(file.ino)],
      ...(file.ops.fdinfo?.(file) ?? []),
    ];
    return new Writer(0).bytes(new TextEncoder().encode(lines.map(([k, v]) => `${k}:\t${v}\n`).join('')));
  }

  setuid(r: Reader): Writer {
    return new Writer(this.proc.setuid(r.u32()));
  }

  poll(r: Reader): Writer {
    const n = r.u32();
    const answers: number[] = [];
    for (let i = 0; i < n; i++) {
      const m = this.model(r.i32());
      const events = r.i32();
      answers.push(m < 0 ? 0x20 /* POLLNVAL */ : this.proc.poll(m, events));
    }
    const w = new Writer(answers.filter((a) => a !== 0).length);
    for (const a of answers) w.u32(a);
    return w;
  }

  lseek(r: Reader): Writer {
    const m = this.model(r.i32());
    const offset = BigInt.asIntN(64, r.u64());
    const whence = r.i32();
    const pos = m < 0 ? m : this.proc.lseek(m, offset, whence);
    return typeof pos === 'number' ? new Writer(pos) : new Writer(0).u64(pos);
  }

  /**
   * fork: a new process with the same open files (each one more reference) and the same
   * mappings (each one more reference on its file and its object, as dup_mmap takes them).
   */
  fork(pid: number): Session {
    const child = this.inherit(pid, [...this.fds], true);
    for (const [id, rec] of this.maps) {
      // dup_mmap: the vma's file gets a reference, vm_ops->open (drm_gem_vm_open) one on the object
      const { mapping } = rec;
      if (!(mapping.object instanceof GemObject)) continue;
      const obj = mapping.object as GemObject<unknown>;
      drm_gem_object_get(obj);
      mapping.file.get();
      const copy: Mapping = { ...mapping, close: () => drm_gem_object_put(obj) };
      child.proc.mm.insert(copy);
      child.maps.set(id, { ...rec, mapping: copy });
    }
    child.nextMap = this.nextMap;
    return child;
  }

  /**
   * exec (or posix_spawn): the new image keeps the descriptors without close-on-exec — the
   * preload library names them, as only the program's table knows F_SETFD's last word — and no
   * mappings.
   */
  exec(fds: readonly number[]): Session {
    return this.inherit(this.pid, fds.filter((fd) => this.fds.has(fd)), false);
  }

  /** A new process with the same credentials and one more reference on each of `fds` (close-on-exec kept, or all cleared after an exec). */
  private inherit(pid: number, fds: readonly number[], keepCloexec: boolean): Session {
    const child = new Session(this.system, this.pages, this.system.spawn(this.proc.uid), pid);
    child.proc.capSysAdmin = this.proc.capSysAdmin;
    for (const fd of [...fds].sort((a, b) => a - b)) {
      const file = this.proc.fileOf(fd) as KFile;
      file.get();
      child.installAt(file, fd, keepCloexec && this.proc.cloexec(fd) === true);
    }
    return child;
  }

  /** The connection closed: the process exited (or crashed) and its files go as on exit. */
  exit(): void {
    this.proc.exit();
    this.fds.clear();
    this.maps.clear();
  }
}
