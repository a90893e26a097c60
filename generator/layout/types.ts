// The layout of every record for one target: what generated code and the dump read, never recomputed downstream.

import type { TargetName } from './targets.ts';

export interface FieldLayout {
  /** Dot-separated path through named members; members of anonymous records appear under their own name. */
  path: string;
  /** Byte offset from the start of the outermost record (floor(bitOffset/8) for bitfields). */
  offset: number;
  /** Size in bytes of the field's declared type (0 for flexible arrays). */
  size: number;
  align: number;
  /** Bitfields only: bit offset from the start of the outermost record, and width. */
  bitOffset?: number;
  bitWidth?: number;
}

export interface RecordLayout {
  /** Record id from the IR (`struct drm_gem_open`, `struct drm_version::anon0`). */
  id: string;
  kind: 'struct' | 'union';
  size: number;
  align: number;
  /** Every named member at every depth, declaration order. */
  fields: FieldLayout[];
}

export interface LayoutTable {
  target: TargetName;
  records: Map<string, RecordLayout>;
}

/**
 * Lazy, memoized layout questions over an IrModule (possibly still being lowered: enum values and array
 * sizes may use sizeof of records declared before them). Undefined means "not computable" and the query
 * has already reported why to the sink it was created with.
 */
export interface LayoutQuery {
  sizeOf(type: import('../ir/types.ts').CType, loc?: import('../diagnostics.ts').SourceLoc): number | undefined;
  alignOf(type: import('../ir/types.ts').CType, loc?: import('../diagnostics.ts').SourceLoc): number | undefined;
  record(id: string): RecordLayout | undefined;
  /** offsetof(record, a.b.c) in bytes (a bitfield is an error, as in C). */
  offsetOf(recordId: string, path: string, loc?: import('../diagnostics.ts').SourceLoc): number | undefined;
}
