// The wire format between the preload library and the server; preload/protocol.h has the same
// numbers and describes every message. Requests and responses are length-prefixed frames.

export const Op = {
  HELLO: 1,
  OPEN: 2,
  CLOSE: 3,
  DUP: 4,
  IOCTL: 5,
  MMAP: 6,
  MUNMAP: 7,
  FSTAT: 8,
  FDINFO: 9,
  SETUID: 10,
  FORK: 11,
  POLL: 12,
  LSEEK: 13,
  EXEC: 14,
} as const;

export const Kind = { NONE: 0, PRIMARY: 1, RENDER: 2, DMABUF: 3, OTHER: 4 } as const;

/** Reads a request's payload front to back; reads past the end give zeros (a short frame is the shim's bug, not a crash here). */
export class Reader {
  private pos = 0;
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  i32(): number {
    if (this.pos + 4 > this.bytes.length) return (this.pos += 4), 0;
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  u32(): number {
    return this.i32() >>> 0;
  }
  u64(): bigint {
    if (this.pos + 8 > this.bytes.length) return (this.pos += 8), 0n;
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return v;
  }
  take(n: number): Uint8Array {
    const out = this.bytes.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  rest(): Uint8Array {
    return this.take(this.bytes.length - this.pos);
  }
}

/** Builds a response: the frame length and result first, then the payload. */
export class Writer {
  private buf = new Uint8Array(64);
  private view = new DataView(this.buf.buffer);
  private len = 8;
  constructor(result: number) {
    this.view.setInt32(4, result, true);
  }
  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  i32(v: number): this {
    this.room(4);
    this.view.setInt32(this.len, v, true);
    this.len += 4;
    return this;
  }
  u32(v: number): this {
    return this.i32(v | 0);
  }
  u64(v: bigint): this {
    this.room(8);
    this.view.setBigUint64(this.len, BigInt.asUintN(64, v), true);
    this.len += 8;
    return this;
  }
  bytes(b: Uint8Array): this {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }
  frame(): Uint8Array {
    this.view.setUint32(0, this.len - 4, true);
    return this.buf.subarray(0, this.len);
  }
}
