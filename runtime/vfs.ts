// struct file and what the VFS does around it: the reference count (fds, mappings, kernel refs),
// f_flags / f_mode, and the file operations a file type provides (release, ioctl, mmap, fdinfo).

import type { IoctlContext } from './ioctl/context.ts';

export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_ACCMODE = 3;
export const O_LARGEFILE = 0o100000;
export const O_CLOEXEC = 0o2000000;

export const PROT_READ = 1;
export const PROT_WRITE = 2;

/** A mapping request as the file's mmap op sees it (vm_area_struct, reduced). */
export interface VmaRequest {
  readonly pgoff: number;
  readonly pages: number;
  readonly prot: number;
}

/** What an mmap op returns: the memory, and the release to run at munmap (vm_ops->close). */
export interface VmaResult {
  readonly bytes: Uint8Array;
  readonly close: () => void;
  /** the kernel object the mapping keeps alive (vm_private_data), for accounting */
  readonly object?: unknown;
  /** set when the mmap op replaced vma->vm_file (dma_buf_mmap does): the file the mapping holds */
  readonly file?: KFile;
}

export interface FileOps {
  release(file: KFile): void;
  ioctl?(file: KFile, request: number, arg: Uint8Array, ctx: IoctlContext): number;
  mmap?(file: KFile, vma: VmaRequest): VmaResult | number;
  fdinfo?(file: KFile): Array<[string, string]>;
  /** the ready events among `events` (POLLIN/POLLOUT); absent = DEFAULT_POLLMASK */
  poll?(file: KFile, events: number): number;
  /** the new position or -errno; absent = no_llseek (ESPIPE) */
  llseek?(file: KFile, offset: bigint, whence: number): bigint | number;
}

export const POLLIN = 0x1;
export const POLLOUT = 0x4;
export const DEFAULT_POLLMASK = 0x1 | 0x4 | 0x40 | 0x100;

export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

let nextIno = 1;

/** A fresh inode number (anonymous inodes: every dma-buf has its own). */
export function newInode(): number {
  return nextIno++;
}

export class KFile {
  private count = 1;
  readonly readable: boolean;
  readonly writable: boolean;

  /**
   * Models alloc_file: one reference owned by the caller, f_mode from the access mode. `ino`
   * identifies the inode (device nodes share theirs between opens).
   */
  constructor(readonly ops: FileOps, readonly flags: number, readonly privateData: unknown, readonly ino = newInode()) {
    const acc = flags & O_ACCMODE;
    this.readable = acc === O_RDONLY || acc === O_RDWR;
    this.writable = acc === O_WRONLY || acc === O_RDWR;
  }

  get refcount(): number {
    return this.count;
  }

  /** Models get_file. */
  get(): void {
    this.count++;
  }

  /** Models fput: the last reference runs the release op. */
  put(): void {
    if (this.count <= 0) return;
    if (--this.count === 0) this.ops.release(this);
  }
}
