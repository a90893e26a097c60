// The server behind the preload library: one simulated machine per run (vgem loaded, as the
// oracle's kernel), one Session per connected program process. It owns the run's directory:
// the socket, the shared page file and the emulated /dev + /sys tree.

import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { System } from '../system.ts';
import { usePageAllocator } from '../gem/backing.ts';
import { EINVAL } from '../errno.ts';
import { Op, Reader, Writer } from './protocol.ts';
import { SharedPages } from './shared-pages.ts';
import { Session } from './session.ts';
import { writeSysfsTree } from './sysfs-tree.ts';

export interface ShimServerOptions {
  /** the machine to serve (default: a fresh System.withVgem()) */
  readonly system?: System;
  /** log every request on stderr */
  readonly debug?: boolean;
}

export class ShimServer {
  readonly system: System;
  readonly dir: string;
  readonly socketPath: string;
  private readonly pages: SharedPages;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly forks = new Map<number, Session>();
  private nextToken = 1;
  private readonly debug: boolean;

  private constructor(options: ShimServerOptions) {
    this.system = options.system ?? System.withVgem();
    this.debug = options.debug ?? false;
    // tmpfs when there is one: the page file is the objects' memory (TSBINDGEN_SHIM_TMPDIR picks another place)
    const base = process.env.TSBINDGEN_SHIM_TMPDIR || (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
    this.dir = mkdtempSync(join(base, 'tsbindgen-shim-'));
    chmodSync(this.dir, 0o755);
    this.socketPath = join(this.dir, 'socket');
    this.pages = new SharedPages(join(this.dir, 'pages'));
    usePageAllocator(this.pages.allocate);
    writeSysfsTree(join(this.dir, 'root'), this.system);
    this.server = createServer((s) => this.serve(s));
  }

  static async start(options: ShimServerOptions = {}): Promise<ShimServer> {
    const s = new ShimServer(options);
    await new Promise<void>((resolve, reject) => {
      s.server.once('error', reject);
      s.server.listen(s.socketPath, () => resolve());
    });
    chmodSync(s.socketPath, 0o777);
    return s;
  }

  /** What a program needs in its environment to use this server (besides LD_PRELOAD). */
  get env(): Record<string, string> {
    return { TSBINDGEN_SHIM_SOCKET: this.socketPath, TSBINDGEN_SHIM_DIR: this.dir };
  }

  /** Connections still open (processes of the run that have not exited). */
  get connections(): number {
    return this.sockets.size;
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    let session: Session | null = null;
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      const replies: Uint8Array[] = [];
      while (pending.length >= 4) {
        const len = pending.readUInt32LE(0);
        if (pending.length < 4 + len) break;
        const frame = pending.subarray(4, 4 + len);
        pending = pending.subarray(4 + len);
        const op = frame.readUInt32LE(0);
        const r = new Reader(frame.subarray(4));
        if (op === Op.HELLO) {
          session = this.hello(r);
          replies.push(new Writer(0).frame());
        } else if (session) {
          replies.push(this.request(session, op, r).frame());
        } else {
          replies.push(new Writer(-EINVAL).frame());
        }
        if (this.debug) process.stderr.write(`tsbindgen-shim server: pid ${session?.pid ?? '?'} op ${op}\n`);
      }
      if (replies.length) socket.write(replies.length === 1 ? replies[0] : Buffer.concat(replies));
      if (pending.length === 0) pending = Buffer.alloc(0);
    });
    const gone = (): void => {
      if (!this.sockets.delete(socket)) return;
      session?.exit();
      session = null;
    };
    socket.on('close', gone);
    socket.on('error', gone);
  }

  private hello(r: Reader): Session {
    const pid = r.i32();
    const uid = r.u32();
    const token = r.u32();
    const forked = this.forks.get(token);
    if (forked) {
      this.forks.delete(token);
      forked.pid = pid;
      return forked;
    }
    return Session.spawn(this.system, this.pages, pid, uid);
  }

  private request(s: Session, op: number, r: Reader): Writer {
    switch (op) {
      case Op.OPEN: return s.open(r);
      case Op.CLOSE: return s.close(r);
      case Op.DUP: return s.dup(r);
      case Op.IOCTL: return s.ioctl(r);
      case Op.MMAP: return s.mmap(r);
      case Op.MUNMAP: return s.munmap(r);
      case Op.FSTAT: return s.fstat(r);
      case Op.FDINFO: return s.fdinfo(r);
      case Op.SETUID: return s.setuid(r);
      case Op.POLL: return s.poll(r);
      case Op.LSEEK: return s.lseek(r);
      case Op.FORK: {
        const token = this.nextToken++;
        this.forks.set(token, s.fork(0));
        return new Writer(token);
      }
      case Op.EXEC: {
        const fds = Array.from({ length: r.u32() }, () => r.i32());
        const token = this.nextToken++;
        this.forks.set(token, s.exec(fds));
        return new Writer(token);
      }
      default: return new Writer(-EINVAL);
    }
  }

  /** Stops serving: processes still connected exit in the model; the run's directory goes. */
  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    for (const f of this.forks.values()) f.exit();
    this.forks.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.pages.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
