// The measured cases: each pairs a hand-written loop with the same work through a generated view.

import {
  createDumbGenerated,
  createDumbWrapGenerated,
  gemOpenGenerated,
  versionGenerated,
  type CreateDumbView,
  type GemOpenView,
  linkWalkGenerated,
  type LinkView,
  type NamedView,
  stringGenerated,
  type VersionView,
  type ViewCtor,
} from './generated-loops.ts';
import { createDumbHand, createDumbHandTwin, createDumbWrapHand, gemOpenHand, linkWalkHand, stringHand, versionHand } from './hand-written.ts';
import type { Loop } from './timing.ts';

/** Records sit at a nonzero offset so byteOffset handling is part of what is measured, on both sides. */
const AT = 64;

export interface Prepared {
  hand: Loop;
  generated: Loop;
  /** Both sides' memory; equal after equal work, or the two loops did not do the same thing. */
  handBytes: Uint8Array;
  genBytes: Uint8Array;
}

export interface Case {
  name: string;
  /** The exported class the case needs, and its SIZE per gcc on x86_64 (catches pointing at the wrong thing). */
  struct: string;
  size: number;
  what: string;
  /** A module of its own (repository-relative), when the case needs a record the subsystem does not have. */
  module?: string;
  /** The A/A control measures the harness, not the generator: it must come out at 1.00× ± noise. */
  control?: boolean;
  make(cls: ViewCtor<unknown>): Prepared;
}

function buffers(size: number) {
  const handBuf = new ArrayBuffer(AT + size);
  const genBuf = new ArrayBuffer(AT + size);
  return { handBuf, genBuf, handBytes: new Uint8Array(handBuf), genBytes: new Uint8Array(genBuf) };
}

export const CASES: readonly Case[] = [
  {
    name: 'A/A control',
    struct: 'drm_mode_create_dumb',
    size: 32,
    what: 'hand-written loop against an identical copy of itself: the noise floor of this harness',
    control: true,
    make() {
      const b = buffers(32);
      const a = new DataView(b.handBuf);
      const t = new DataView(b.genBuf);
      return { hand: (n) => createDumbHand(a, AT, n), generated: (n) => createDumbHandTwin(t, AT, n), ...bytesOf(b) };
    },
  },
  {
    name: 'drm_mode_create_dumb r/w',
    struct: 'drm_mode_create_dumb',
    size: 32,
    what: 'write and read back all 7 fields (6 × u32, 1 × u64)',
    make(cls) {
      const b = buffers(32);
      const dv = new DataView(b.handBuf);
      const v = new (cls as ViewCtor<CreateDumbView>)(b.genBuf, AT);
      return { hand: (n) => createDumbHand(dv, AT, n), generated: (n) => createDumbGenerated(v, n), ...bytesOf(b) };
    },
  },
  {
    name: 'drm_gem_open r/w',
    struct: 'drm_gem_open',
    size: 16,
    what: 'write and read back all 3 fields (2 × u32, 1 × u64)',
    make(cls) {
      const b = buffers(16);
      const dv = new DataView(b.handBuf);
      const v = new (cls as ViewCtor<GemOpenView>)(b.genBuf, AT);
      return { hand: (n) => gemOpenHand(dv, AT, n), generated: (n) => gemOpenGenerated(v, n), ...bytesOf(b) };
    },
  },
  {
    name: 'drm_version r/w',
    struct: 'drm_version',
    size: 64,
    what: 'write and read back all 9 fields (3 × int, 3 × size_t, 3 × pointer)',
    make(cls) {
      const b = buffers(64);
      const dv = new DataView(b.handBuf);
      const v = new (cls as ViewCtor<VersionView>)(b.genBuf, AT);
      return { hand: (n) => versionHand(dv, AT, n), generated: (n) => versionGenerated(v, n), ...bytesOf(b) };
    },
  },
  {
    name: 'drm_mode_create_dumb ioctl',
    struct: 'drm_mode_create_dumb',
    size: 32,
    what: 'per call: wrap the argument bytes in a new view, read 3 fields, write 3',
    make(cls) {
      const b = buffers(32);
      const hand = b.handBytes.subarray(AT);
      const gen = b.genBytes.subarray(AT);
      for (const bytes of [hand, gen]) {
        const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        dv.setUint32(0, 1080, true);
        dv.setUint32(4, 1920, true);
        dv.setUint32(8, 32, true);
      }
      const C = cls as ViewCtor<CreateDumbView>;
      return { hand: (n) => createDumbWrapHand(hand, n), generated: (n) => createDumbWrapGenerated(C, gen, n), ...bytesOf(b) };
    },
  },
  {
    name: 'char[8] string r/w',
    struct: 'named',
    size: 19,
    // The project's headers have no char arrays; the consumer-views golden case has `char name[8]` at offset 0.
    module: 'test/golden/consumer-views/expected/consumer-views/x86_64.js',
    what: 'write a name as a C string (UTF-8, length check, NUL fill) and read it back up to the NUL',
    make(cls) {
      const b = buffers(19);
      const v = new (cls as ViewCtor<NamedView>)(b.genBuf, AT);
      return { hand: (n) => stringHand(b.handBytes, AT, 8, n), generated: (n) => stringGenerated(v, n), ...bytesOf(b) };
    },
  },
  {
    name: 'pointer deref (linked list)',
    struct: 'link',
    size: 48,
    // struct link { struct link *next; struct named *item; … } of the consumer-views golden case.
    module: 'test/golden/consumer-views/expected/consumer-views/x86_64.js',
    what: 'walk a ring of 8 links: l = l->next, then read l->item->flags (Ptr.deref twice per step)',
    make(cls) {
      const RING = 8;
      const memories = [new ArrayBuffer(4096), new ArrayBuffer(4096)] as const;
      for (const m of memories) {
        const dv = new DataView(m);
        for (let k = 0; k < RING; k++) {
          const link = AT + k * 48;
          const item = 1024 + k * 19;
          dv.setBigUint64(link, BigInt(AT + ((k + 1) % RING) * 48), true);
          dv.setBigUint64(link + 8, BigInt(item), true);
          dv.setUint8(item + 8, k + 1);
        }
      }
      const dv = new DataView(memories[0]);
      const first = new (cls as ViewCtor<LinkView>)(memories[1], AT);
      const genMemory = memories[1];
      return {
        hand: (n) => linkWalkHand(dv, AT, n),
        generated: (n) => linkWalkGenerated(first, genMemory, n),
        handBytes: new Uint8Array(memories[0]),
        genBytes: new Uint8Array(memories[1]),
      };
    },
  },
];

function bytesOf(b: { handBytes: Uint8Array; genBytes: Uint8Array }) {
  return { handBytes: b.handBytes, genBytes: b.genBytes };
}
