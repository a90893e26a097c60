// Base of every generated record view: a window onto caller-owned memory, never a copy.

export type BufferLike = ArrayBuffer | DataView | Uint8Array;

/** What a view class looks like from outside, so helpers can construct nested views and arrays of records. */
export interface RecordClass<T> {
  new (buffer: BufferLike, byteOffset?: number): T;
  readonly SIZE: number;
  readonly ALIGN: number;
}

/** A DataView covering the same memory as `buffer`, so offsets stay relative to what the caller handed in. */
export function viewOf(buffer: BufferLike): DataView {
  if (buffer instanceof DataView) return buffer;
  if (buffer instanceof Uint8Array) return new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return new DataView(buffer);
}

export abstract class RecordView {
  readonly view: DataView;
  readonly byteOffset: number;

  constructor(buffer: BufferLike, byteOffset = 0) {
    this.view = viewOf(buffer);
    this.byteOffset = byteOffset;
  }

  /** The record's size; generated subclasses answer with their static SIZE. */
  protected abstract get recordSize(): number;

  /** The record's bytes over the same memory (a flexible array's elements lie beyond them). */
  bytes(): Uint8Array {
    return new Uint8Array(this.view.buffer, this.view.byteOffset + this.byteOffset, this.recordSize);
  }
}
