// The calling process's address space as far as ioctls reach into it: buffers that user code
// registers get an address; copy_to_user/copy_from_user on anything else fault (EFAULT).

export class UserMemory {
  private next = 0x10000;
  private readonly regions = new Map<number, Uint8Array>();

  /** Maps `bytes` into the address space and returns its address (as a 64-bit pointer). */
  map(bytes: Uint8Array): bigint {
    const addr = this.next;
    this.next += Math.ceil((bytes.length + 1) / 4096) * 4096 + 4096;
    this.regions.set(addr, bytes);
    return BigInt(addr);
  }

  unmap(addr: bigint): void {
    this.regions.delete(Number(addr));
  }

  private locate(addr: bigint, len: number): [Uint8Array, number] | null {
    if (len === 0) return null;
    const a = Number(addr);
    for (const [base, bytes] of this.regions) {
      if (a >= base && a + len <= base + bytes.length) return [bytes, a - base];
    }
    return null;
  }

  /** Models copy_to_user: false when any byte of the range is unmapped (EFAULT). */
  copyTo(addr: bigint, data: Uint8Array): boolean {
    if (data.length === 0) return true;
    const hit = this.locate(addr, data.length);
    if (!hit) return false;
    hit[0].set(data, hit[1]);
    return true;
  }
}
