// Runs a script in the kernel oracle's format against a fresh simulated machine (vgem loaded,
// one root process) and returns the trace, line for line as the oracle's runner prints it.

import { System } from '../system.ts';
import type { Process } from '../process.ts';
import type { Mapping } from '../address-space.ts';
import { errnoName, EBADF } from '../errno.ts';
import { PROT_READ, PROT_WRITE, O_ACCMODE, O_RDONLY } from '../vfs.ts';
import * as R from '../ioctl/requests.ts';
import {
  drm_auth, drm_gem_close, drm_gem_flink, drm_gem_open, drm_get_cap, drm_mode_create_dumb,
  drm_mode_destroy_dumb, drm_mode_map_dumb, drm_prime_handle, drm_set_client_cap, drm_unique,
  drm_version, drm_vgem_fence_attach, drm_vgem_fence_signal,
} from '../views.ts';
import { CAPS, CLIENT_CAPS, parseFlags, parseNamed, parseU64, tokenize } from './parse.ts';
import { quote } from './format.ts';

const MAXSLOTS = 256;
const U32_MAX = 0xffffffffn;

/** A script-level failure: the op is reported as `bad <reason>` and the kernel is not called. */
class Bad {
  constructor(readonly reason: string) {}
}

export class TraceRunner {
  readonly system = System.withVgem();
  readonly proc: Process = this.system.spawn(0);
  private readonly fdSlots = new Map<string, number>();
  private readonly mapSlots = new Map<string, Mapping | null>();

  constructor() {
    // the oracle's machine has two serial ports; its runner: stdin the console, stdout and stderr one open of the second serial
    // port (`> /dev/ttyS1 2>&1`), and its script held open (fopen) for the whole run as fd 3, so
    // a script's first open is fd 4 there and here and /proc/self/fd/N names the same files
    this.system.addCharDevice('/dev/ttyS0');
    this.system.addCharDevice('/dev/ttyS1');
    this.proc.close(1);
    this.proc.close(2);
    this.proc.open('/dev/ttyS1', false);
    this.proc.dup(1, false);
    const script = this.system.addRegularFile('/script.txt');
    const file = script.open(this.proc, O_RDONLY);
    if (typeof file !== 'number') this.proc.install(file, false);
  }

  run(script: string): string {
    return tokenize(script).map((toks) => `${toks.join(' ')}${this.op(toks)}`).join('\n') + (script.trim() ? '\n' : '');
  }

  private op(argv: string[]): string {
    try {
      return this.dispatch(argv);
    } catch (e) {
      if (e instanceof Bad) return ` => bad ${e.reason}`;
      throw e;
    }
  }

  // ---- slots and arguments ----
  private fdSlot(name: string): number {
    return this.fdSlots.get(name) ?? -1;
  }
  private newFdSlot(name: string): void {
    if (!this.fdSlots.has(name)) {
      if (this.fdSlots.size === MAXSLOTS) throw new Bad('slots');
      this.fdSlots.set(name, -1);
    }
    if (this.fdSlots.get(name)! >= 0) throw new Bad('slot-in-use');
  }
  private need(argv: string[], ...counts: number[]): void {
    if (!counts.includes(argv.length)) throw new Bad('usage');
  }
  private u64(s: string): bigint {
    const v = parseU64(s);
    if (v === null) throw new Bad('number');
    return v;
  }
  private u32(s: string): number {
    const v = this.u64(s);
    if (v > U32_MAX) throw new Bad('range');
    return Number(v);
  }

  private ioctl(slot: string, request: number, arg: Uint8Array): number {
    let r: number;
    do {
      r = this.proc.ioctl(this.fdSlot(slot), request, arg);
    } while (r === -4);
    return r;
  }

  private static fail(errno: number): string {
    return ` => err ${errnoName(-errno)}`;
  }

  // ---- ops ----
  private dispatch(argv: string[]): string {
    const o = argv[0];
    const p = this.proc;
    switch (o) {
      case 'open': {
        this.need(argv, 3);
        const path = argv[2] === 'card' ? '/dev/dri/card0' : argv[2] === 'render' ? '/dev/dri/renderD128' : argv[2];
        this.newFdSlot(argv[1]);
        const fd = p.open(path);
        if (fd < 0) return TraceRunner.fail(fd);
        this.fdSlots.set(argv[1], fd);
        return ' => ok';
      }
      case 'close':
      case 'close_fd': {
        this.need(argv, 2);
        const fd = this.fdSlot(argv[1]);
        if (this.fdSlots.has(argv[1])) this.fdSlots.set(argv[1], -1);
        const r = fd < 0 ? -EBADF : p.close(fd);
        return r < 0 ? TraceRunner.fail(r) : ' => ok';
      }
      case 'dup': {
        this.need(argv, 3);
        this.newFdSlot(argv[2]);
        const src = this.fdSlot(argv[1]);
        const fd = src < 0 ? -EBADF : p.dup(src);
        if (fd < 0) return TraceRunner.fail(fd);
        this.fdSlots.set(argv[2], fd);
        return ' => ok';
      }
      case 'same_file': {
        this.need(argv, 3);
        const a = this.fdSlot(argv[1]) < 0 ? -EBADF : p.inode(this.fdSlot(argv[1]));
        if (a < 0) return TraceRunner.fail(a);
        const b = this.fdSlot(argv[2]) < 0 ? -EBADF : p.inode(this.fdSlot(argv[2]));
        if (b < 0) return TraceRunner.fail(b);
        return ` => ok same=${a === b ? 1 : 0}`;
      }
      case 'version': return this.version(argv);
      case 'get_unique': return this.getUnique(argv);
      case 'getcap': {
        this.need(argv, 3);
        const cap = parseNamed(argv[2], CAPS);
        if (cap === null) throw new Bad('cap');
        const gc = drm_get_cap.alloc();
        gc.capability = cap;
        const r = this.ioctl(argv[1], R.DRM_IOCTL_GET_CAP, gc.bytes());
        return r < 0 ? TraceRunner.fail(r) : ` => ok value=${gc.value}`;
      }
      case 'set_client_cap': {
        this.need(argv, 4);
        const cap = parseNamed(argv[2], CLIENT_CAPS);
        if (cap === null) throw new Bad('cap');
        const sc = drm_set_client_cap.alloc();
        sc.capability = cap;
        sc.value = this.u64(argv[3]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_SET_CLIENT_CAP, sc.bytes());
        return r < 0 ? TraceRunner.fail(r) : ' => ok';
      }
      case 'set_master':
      case 'drop_master': {
        this.need(argv, 2);
        const r = this.ioctl(argv[1], o === 'set_master' ? R.DRM_IOCTL_SET_MASTER : R.DRM_IOCTL_DROP_MASTER, new Uint8Array(0));
        return r < 0 ? TraceRunner.fail(r) : ' => ok';
      }
      case 'get_magic': {
        this.need(argv, 2);
        const au = drm_auth.alloc();
        const r = this.ioctl(argv[1], R.DRM_IOCTL_GET_MAGIC, au.bytes());
        return r < 0 ? TraceRunner.fail(r) : ` => ok magic=${au.magic}`;
      }
      case 'auth_magic': {
        this.need(argv, 3);
        const au = drm_auth.alloc();
        au.magic = this.u32(argv[2]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_AUTH_MAGIC, au.bytes());
        return r < 0 ? TraceRunner.fail(r) : ' => ok';
      }
      case 'create_dumb': {
        this.need(argv, 5, 6);
        const cd = drm_mode_create_dumb.alloc();
        cd.width = this.u32(argv[2]);
        cd.height = this.u32(argv[3]);
        cd.bpp = this.u32(argv[4]);
        if (argv.length === 6) cd.flags = this.u32(argv[5]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_MODE_CREATE_DUMB, cd.bytes());
        return r < 0 ? TraceRunner.fail(r) : ` => ok handle=${cd.handle} pitch=${cd.pitch} size=${cd.size}`;
      }
      case 'map_dumb': {
        this.need(argv, 3);
        const md = drm_mode_map_dumb.alloc();
        md.handle = this.u32(argv[2]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_MODE_MAP_DUMB, md.bytes());
        return r < 0 ? TraceRunner.fail(r) : ` => ok offset=${md.offset}`;
      }
      case 'destroy_dumb': {
        this.need(argv, 3);
        const dd = drm_mode_destroy_dumb.alloc();
        dd.handle = this.u32(argv[2]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_MODE_DESTROY_DUMB, dd.bytes());
        return r < 0 ? TraceRunner.fail(r) : ' => ok';
      }
      case 'gem_close': {
        this.need(argv, 3);
        const gc = drm_gem_close.alloc();
        gc.handle = this.u32(argv[2]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_GEM_CLOSE, gc.bytes());
        return r < 0 ? TraceRunner.fail(r) : ' => ok';
      }
      case 'flink': {
        this.need(argv, 3);
        const fl = drm_gem_flink.alloc();
        fl.handle = this.u32(argv[2]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_GEM_FLINK, fl.bytes());
        return r < 0 ? TraceRunner.fail(r) : ` => ok name=${fl.name}`;
      }
      case 'gem_open': {
        this.need(argv, 3);
        const go = drm_gem_open.alloc();
        go.name = this.u32(argv[2]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_GEM_OPEN, go.bytes());
        return r < 0 ? TraceRunner.fail(r) : ` => ok handle=${go.handle} size=${go.size}`;
      }
      case 'prime_export': return this.primeExport(argv);
      case 'prime_import': {
        this.need(argv, 3);
        const ph = drm_prime_handle.alloc();
        ph.fd = this.fdSlot(argv[2]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_PRIME_FD_TO_HANDLE, ph.bytes());
        return r < 0 ? TraceRunner.fail(r) : ` => ok handle=${ph.handle}`;
      }
      case 'fence_attach': {
        this.need(argv, 4);
        const fa = drm_vgem_fence_attach.alloc();
        fa.handle = this.u32(argv[2]);
        const flags = parseFlags(argv[3]);
        if (flags === null || flags > U32_MAX) throw new Bad('flags');
        fa.flags = Number(flags);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_VGEM_FENCE_ATTACH, fa.bytes());
        return r < 0 ? TraceRunner.fail(r) : ` => ok fence=${fa.out_fence}`;
      }
      case 'fence_signal': {
        this.need(argv, 3);
        const fs = drm_vgem_fence_signal.alloc();
        fs.fence = this.u32(argv[2]);
        const r = this.ioctl(argv[1], R.DRM_IOCTL_VGEM_FENCE_SIGNAL, fs.bytes());
        return r < 0 ? TraceRunner.fail(r) : ' => ok';
      }
      case 'raw_ioctl': return this.rawIoctl(argv);
      case 'mmap': return this.mmap(argv);
      case 'munmap': {
        this.need(argv, 2);
        const m = this.mapSlots.get(argv[1]);
        if (!m) throw new Bad('no-such-map');
        const r = p.munmap(m);
        if (r < 0) return TraceRunner.fail(r);
        this.mapSlots.set(argv[1], null);
        return ' => ok';
      }
      case 'write':
      case 'read': return this.access(argv);
      case 'fdinfo': {
        this.need(argv, 2);
        const fd = this.fdSlot(argv[1]);
        const info = fd < 0 ? -2 : p.fdinfo(fd);
        if (typeof info === 'number') return TraceRunner.fail(info);
        return ' => ok' + info.map(([k, v]) => ` ${k.replace(/[ \t]/g, '_')}=${quote(new TextEncoder().encode(v))}`).join('');
      }
      case 'setuid': {
        this.need(argv, 2);
        const uid = this.u32(argv[1]);
        const r = p.setuid(uid);
        return r < 0 ? TraceRunner.fail(-1) : ' => ok';
      }
      default:
        throw new Bad('unknown-op');
    }
  }

  private version(argv: string[]): string {
    this.need(argv, 2);
    const bufs = [new Uint8Array(256), new Uint8Array(256), new Uint8Array(256)];
    const ptrs = bufs.map((b) => this.proc.user.map(b));
    const v = drm_version.alloc();
    v.name = ptrs[0]; v.name_len = 256n;
    v.date = ptrs[1]; v.date_len = 256n;
    v.desc = ptrs[2]; v.desc_len = 256n;
    const r = this.ioctl(argv[1], R.DRM_IOCTL_VERSION, v.bytes());
    ptrs.forEach((ptr) => this.proc.user.unmap(ptr));
    if (r < 0) return TraceRunner.fail(r);
    const cut = (i: number, len: bigint) => quote(bufs[i].subarray(0, Number(len < 256n ? len : 256n)));
    return ` => ok major=${v.version_major} minor=${v.version_minor} patchlevel=${v.version_patchlevel}` +
      ` name=${cut(0, v.name_len)} date=${cut(1, v.date_len)} desc=${cut(2, v.desc_len)}`;
  }

  private getUnique(argv: string[]): string {
    this.need(argv, 2);
    const buf = new Uint8Array(256);
    const ptr = this.proc.user.map(buf);
    const u = drm_unique.alloc();
    u.unique_len = 256n;
    u.unique = ptr;
    const r = this.ioctl(argv[1], R.DRM_IOCTL_GET_UNIQUE, u.bytes());
    this.proc.user.unmap(ptr);
    if (r < 0) return TraceRunner.fail(r);
    const n = Number(u.unique_len < 256n ? u.unique_len : 256n);
    return ` => ok unique=${quote(buf.subarray(0, n))} len=${u.unique_len}`;
  }

  private primeExport(argv: string[]): string {
    this.need(argv, 5);
    const handle = this.u32(argv[2]);
    const flags = parseFlags(argv[3]);
    if (flags === null || flags > U32_MAX) throw new Bad('flags');
    this.newFdSlot(argv[4]);
    const ph = drm_prime_handle.alloc();
    ph.handle = handle;
    ph.flags = Number(flags);
    ph.fd = -1;
    const r = this.ioctl(argv[1], R.DRM_IOCTL_PRIME_HANDLE_TO_FD, ph.bytes());
    if (r < 0) return TraceRunner.fail(r);
    this.fdSlots.set(argv[4], ph.fd);
    const file = this.proc.fileOf(ph.fd);
    const acc = typeof file === 'number' ? 0 : file.flags & O_ACCMODE;
    const cloexec = this.proc.cloexec(ph.fd) === true ? 1 : 0;
    return ` => ok accmode=${acc === 2 ? 'rdwr' : acc === 1 ? 'wronly' : 'rdonly'} cloexec=${cloexec}`;
  }

  private rawIoctl(argv: string[]): string {
    this.need(argv, 5);
    const nr = this.u64(argv[2]);
    const size = this.u64(argv[3]);
    const dirs: Record<string, number> = { none: 0, r: 2, w: 1, rw: 3 };
    const dir = dirs[argv[4]];
    if (dir === undefined) throw new Bad('dir');
    if (nr > 0xffn || size > 0x3fffn) throw new Bad('range');
    const r = this.ioctl(argv[1], R.IOC(dir, 0x64, Number(nr), Number(size)), new Uint8Array(0x4000));
    return r < 0 ? TraceRunner.fail(r) : ` => ok ret=${r}`;
  }

  private mmap(argv: string[]): string {
    this.need(argv, 5, 6);
    const offset = this.u64(argv[2]);
    const length = this.u64(argv[3]);
    let prot = PROT_READ | PROT_WRITE;
    if (argv.length === 6) {
      const prots: Record<string, number> = { rw: PROT_READ | PROT_WRITE, r: PROT_READ, w: PROT_WRITE };
      if (prots[argv[5]] === undefined) throw new Bad('prot');
      prot = prots[argv[5]];
    }
    if (!this.mapSlots.has(argv[4]) && this.mapSlots.size === MAXSLOTS) throw new Bad('slots');
    if (this.mapSlots.get(argv[4])) throw new Bad('slot-in-use');
    this.mapSlots.set(argv[4], null);
    const fd = this.fdSlot(argv[1]);
    const m = fd < 0 && (offset & 0xfffn) === 0n ? -EBADF : this.proc.mmap(fd, offset, length, prot);
    if (typeof m === 'number') return TraceRunner.fail(m);
    this.mapSlots.set(argv[4], m);
    return ' => ok';
  }

  private access(argv: string[]): string {
    this.need(argv, 4);
    const m = this.mapSlots.get(argv[1]);
    if (!m) throw new Bad('no-such-map');
    const off = this.u64(argv[2]);
    const write = argv[0] === 'write';
    const n = write ? BigInt(new TextEncoder().encode(argv[3]).length) : this.u64(argv[3]);
    if (n > 4096n) throw new Bad('range');
    const addr = (m.start + off) & ((1n << 64n) - 1n);
    if (write) {
      const res = this.proc.mm.write(addr, new TextEncoder().encode(argv[3]));
      return res.ok ? ' => ok' : ` => fault ${res.signal}`;
    }
    const buf = new Uint8Array(Number(n));
    const res = this.proc.mm.read(addr, buf);
    return res.ok ? ` => ok data=${quote(buf)}` : ` => fault ${res.signal}`;
  }
}

/** The trace of `script` on a fresh machine. */
export function runTrace(script: string): string {
  return new TraceRunner().run(script);
}
