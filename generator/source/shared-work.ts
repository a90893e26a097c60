// Work of the front end that does not depend on the target, shared by the front ends of one multi-target run
// (generate and watch run one per target over the same headers): each header's logical lines and their
// tokens, and the tree of a preprocessed text that several targets preprocess alike. Outside such a run
// nothing is kept, so a one-target run (the kernel's whole translation unit) holds no more than before.

import type { SplitSource } from './pp-lines.ts';
import type { CTree } from './syntax-tree.ts';

export interface SharedWork {
  /** By path: the file's text and its split (whose lines keep their tokens for the next target). */
  readonly splits: Map<string, { text: string; split: SplitSource }>;
  /** By the exact text parseC was given. */
  readonly trees: Map<string, CTree>;
}

let current: SharedWork | undefined;

export function sharedWork(): SharedWork | undefined {
  return current;
}

/** Runs `fn` with target-independent results shared between the front ends it runs (nested calls join the outer one). */
export function withSharedWork<T>(fn: () => T): T {
  if (current) return fn();
  current = { splits: new Map(), trees: new Map() };
  try {
    return fn();
  } finally {
    current = undefined;
  }
}
