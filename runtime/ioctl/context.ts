// What an ioctl handler may use besides its file and argument: the caller's credentials, its
// user memory (for pointers inside arguments) and its fd table (dma-buf fds).

import type { Task } from '../task.ts';
import type { UserMemory } from '../user-memory.ts';
import type { KFile } from '../vfs.ts';

export interface IoctlContext {
  readonly task: Task;
  readonly user: UserMemory;
  /** fd_install of a new reference-owning file; returns the fd or -errno */
  installFd(file: KFile, cloexec: boolean): number;
  /** fget: the open file behind `fd`, or -EBADF */
  resolveFd(fd: number): KFile | number;
}

export type IoctlHandler = (file: import('../drm-file.ts').DrmFile, arg: Uint8Array, ctx: IoctlContext) => number;
