// Object pages in a file other processes map too. The server installs `allocate` as the model's
// page allocator: every materialised object gets its own range of one sparse file (on tmpfs),
// mapped here through koffi and seen by the model as an ordinary ArrayBuffer; the preload
// library maps the same range into the program, so both write the same memory. A range is
// given back (unmapped, its pages punched out) when the model drops the object's buffer.

import koffi from 'koffi';
import { closeSync, ftruncateSync, openSync } from 'node:fs';

const libc = koffi.load('libc.so.6');
const mmap = libc.func('void *mmap(void *addr, size_t len, int prot, int flags, int fd, int64_t off)');
const munmap = libc.func('int munmap(void *addr, size_t len)');
const fallocate = libc.func('int fallocate(int fd, int mode, int64_t off, int64_t len)');

const PROT_READ_WRITE = 3;
const MAP_SHARED = 1;
const FALLOC_FL_KEEP_SIZE = 1;
const FALLOC_FL_PUNCH_HOLE = 2;
const PAGE = 4096;
const MAP_FAILED = 0xffffffffffffffffn;

interface Range { ptr: unknown; size: number; offset: number }

export class SharedPages {
  private readonly fd: number;
  private next = 0;
  private readonly offsets = new WeakMap<ArrayBufferLike, number>();
  private readonly released = new FinalizationRegistry<Range>((r) => this.release(r));

  /** `capacity` is the file's (sparse) size: the most object memory one run can have live. */
  constructor(readonly path: string, readonly capacity = 2 ** 40) {
    this.fd = openSync(path, 'w+', 0o666);
    ftruncateSync(this.fd, capacity);
  }

  /** A PageAllocator: `size` zeroed bytes at the next free range of the file. Throws when full. */
  readonly allocate = (size: number): ArrayBuffer => {
    const length = Math.max(PAGE, Math.ceil(size / PAGE) * PAGE);
    if (this.next + length > this.capacity) throw new RangeError('shared page file is full');
    const offset = this.next;
    const ptr = mmap(null, length, PROT_READ_WRITE, MAP_SHARED, this.fd, offset);
    if (ptr === null || koffi.address(ptr) === MAP_FAILED) throw new RangeError('mmap of the shared page file failed');
    this.next += length;
    const buffer = koffi.view(ptr, size) as ArrayBuffer;
    this.offsets.set(buffer, offset);
    this.released.register(buffer, { ptr, size: length, offset });
    return buffer;
  };

  /** Where `bytes` live in the file, or null when they are not from it. */
  offsetOf(bytes: Uint8Array): number | null {
    const base = this.offsets.get(bytes.buffer);
    return base === undefined ? null : base + bytes.byteOffset;
  }

  private closed = false;

  private release(r: Range): void {
    if (this.closed) return;
    munmap(r.ptr, r.size);
    fallocate(this.fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, r.offset, r.size);
  }

  close(): void {
    this.closed = true;
    closeSync(this.fd);
  }
}
