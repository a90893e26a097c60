// Path lookup as open(2) does it (fs/namei.c's link_path_walk + do_last), over the few names the
// model has: directories, device nodes and regular files, symlinks (/proc/self) and the magic
// links of /proc/<pid>/fd, which jump to the open file itself. Rules kept from Linux: repeated
// slashes collapse, "." stays, ".." goes up (and stays at the root), a relative path starts at
// the cwd (/ here), anything after a non-directory is ENOTDIR, a trailing slash demands a
// directory, a directory opened for writing is EISDIR, a name over NAME_MAX is ENAMETOOLONG in
// the tmpfs-like directories (procfs answers ENOENT), a path of PATH_MAX or more is ENAMETOOLONG.

import { EACCES, EISDIR, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, ENXIO } from './errno.ts';
import type { KFile } from './vfs.ts';
import { O_ACCMODE, O_RDONLY, O_RDWR, O_WRONLY } from './vfs.ts';
import type { Task } from './task.ts';

export const NAME_MAX = 255;
export const PATH_MAX = 4096;
const MAXSYMLINKS = 40;

/** What opening an inode does: a new struct file (the inode's i_fop->open), or -errno. */
export type InodeOpen = (task: Task, accmode?: number) => KFile | number;

/** A device node or regular file: something open() turns into a new file. Owned by root. */
export interface LeafInode {
  readonly kind: 'leaf';
  readonly ino: number;
  /** permission bits (0o666 …); the owner and group are root */
  readonly mode: number;
  readonly open: InodeOpen;
}

export interface SymlinkInode {
  readonly kind: 'symlink';
  readonly target: string;
}

/** /proc/<pid>/fd/N: following it lands on the open file, not on a name. */
export interface MagicLink {
  readonly kind: 'magic';
  readonly file: KFile;
}

export type Lookup = (name: string) => Inode | undefined;

export class DirInode {
  readonly kind = 'dir';
  private readonly entries = new Map<string, Inode>();
  /**
   * `parent` is ".." (the root is its own); `dynamic` answers names the directory computes (procfs);
   * `checksNameMax` is false where the filesystem does not check NAME_MAX itself (procfs).
   */
  constructor(readonly parent: DirInode | null, private readonly dynamic: Lookup | null = null, readonly checksNameMax = true) {}

  add(name: string, inode: Inode): void {
    this.entries.set(name, inode);
  }

  remove(name: string): void {
    this.entries.delete(name);
  }

  lookup(name: string): Inode | undefined {
    return this.entries.get(name) ?? this.dynamic?.(name);
  }
}

export type Inode = DirInode | LeafInode | SymlinkInode | MagicLink;

/** Where a walk ended: a name's inode, or the open file a magic link points at. */
export type WalkEnd = DirInode | LeafInode | MagicLink;

/** The lookup state of one walk: the root, the symlink budget. */
interface Walk {
  readonly root: DirInode;
  links: number;
}

/** Resolves `path` from `start`; every symlink on the way is followed (open without O_NOFOLLOW). */
function walkFrom(w: Walk, start: DirInode, path: string): WalkEnd | number {
  let cur: WalkEnd = path.startsWith('/') ? w.root : start;
  const names = path.split('/').filter((n) => n !== '');
  for (const name of names) {
    if (cur.kind !== 'dir') return -ENOTDIR;
    const dir: DirInode = cur;
    if (name === '.') continue;
    if (name === '..') {
      cur = dir.parent ?? dir;
      continue;
    }
    if (name.length > NAME_MAX && dir.checksNameMax) return -ENAMETOOLONG;
    const next = dir.lookup(name);
    if (!next) return -ENOENT;
    if (next.kind === 'symlink') {
      if (++w.links > MAXSYMLINKS) return -ELOOP;
      const r = walkFrom(w, dir, next.target);
      if (typeof r === 'number') return r;
      cur = r;
    } else {
      cur = next;
    }
  }
  if (path.endsWith('/') && cur.kind !== 'dir') return -ENOTDIR;
  return cur;
}

/** Models the lookup half of open(2) from `root` with cwd `cwd`. */
export function pathWalk(root: DirInode, cwd: DirInode, path: string): WalkEnd | number {
  if (path.length === 0) return -ENOENT;
  if (path.length >= PATH_MAX) return -ENAMETOOLONG;
  return walkFrom({ root, links: 0 }, cwd, path);
}

/**
 * Models may_open's inode_permission for a root-owned inode: root (CAP_DAC_OVERRIDE) may, anyone
 * else needs the "other" bits for the access mode (the model's tasks have no supplementary groups).
 */
function mayOpen(inode: LeafInode, task: Task, accmode: number): boolean {
  if (task.uid === 0) return true;
  const need = accmode === O_RDWR ? 0o006 : accmode === O_WRONLY ? 0o002 : accmode === O_RDONLY ? 0o004 : 0o006;
  return (inode.mode & need) === need;
}

/**
 * Models open(path, accmode) after the walk: the inode's permission, then its open. A magic link
 * reopens the inode of the file it points at (`inodeOf`): a device node opens anew, an inode with
 * no open of its own (a dma-buf's anonymous inode) is no_open's ENXIO.
 */
export function openWalked(end: WalkEnd, task: Task, inodeOf: (ino: number) => LeafInode | undefined, accmode = O_RDWR): KFile | number {
  if (end.kind === 'dir') return -EISDIR;
  const inode = end.kind === 'leaf' ? end : inodeOf(end.file.ino);
  if (!inode) return -ENXIO;
  if (!mayOpen(inode, task, accmode & O_ACCMODE)) return -EACCES;
  return inode.open(task, accmode & O_ACCMODE);
}

/** proc's name_to_int: plain decimal, no sign, no leading zero, below ~0U; else null. */
export function procNameToInt(name: string): number | null {
  if (!/^[0-9]+$/.test(name) || (name.length > 1 && name[0] === '0')) return null;
  let n = 0;
  for (const ch of name) {
    if (n >= Math.floor((0xffffffff - 9) / 10)) return null;
    n = n * 10 + (ch.charCodeAt(0) - 48);
  }
  return n;
}
