// Arbitrary request words and argument bytes never throw: every call answers 0, a small
// positive value, or a negative errno, and leaves the bookkeeping consistent.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { System } from '../../runtime/system.ts';
import { checkInvariants } from '../../runtime/invariants.ts';
import { IOC } from '../../runtime/ioctl/requests.ts';

function setup() {
  const system = System.withVgem();
  const proc = system.spawn(0);
  const card = proc.open('/dev/dri/card0');
  const render = proc.open('/dev/dri/renderD128');
  return { system, proc, fds: [card, render, 0, 99] };
}

describe('ioctl with random input', () => {
  it('returns an errno for any request word and argument bytes, never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.integer({ min: 0, max: 0xffffffff }), fc.uint8Array({ maxLength: 80 })), { maxLength: 40, size: 'max' }),
        (calls) => {
          const { system, proc, fds } = setup();
          for (const [which, request, bytes] of calls) {
            const r = proc.ioctl(fds[which], request, bytes);
            expect(Number.isInteger(r)).toBe(true);
            expect(r).toBeGreaterThanOrEqual(-4095);
          }
          expect(checkInvariants(system, [proc])).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers DRM-typed requests with random nr, size and direction without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 1 }), fc.nat({ max: 3 }), fc.nat({ max: 0xff }), fc.nat({ max: 128 }), fc.uint8Array({ minLength: 0, maxLength: 128 })), { maxLength: 60, size: 'max' }),
        (calls) => {
          const { system, proc, fds } = setup();
          for (const [which, dir, nr, size, bytes] of calls) {
            const r = proc.ioctl(fds[which], IOC(dir, 0x64, nr, size), bytes);
            expect(Number.isInteger(r)).toBe(true);
          }
          expect(checkInvariants(system, [proc])).toEqual([]);
          proc.exit();
          expect(system.heap.liveObjects).toBe(system.baselineObjects);
        },
      ),
      { numRuns: 200 },
    );
  });
});
