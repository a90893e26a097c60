// Generated views extend RecordView but set up their memory in their own constructors (runtime/abi/record.ts): the
// base's behaviour must still be theirs.

import { RecordView } from '@tsbindgen/abi';
import { drm_gem_open, drm_mode_create_dumb } from '@tsbindgen/uapi-drm';
import { describe, expect, test } from 'vitest';

describe('generated views and their RecordView base', () => {
  test('a generated view is an instance of RecordView and of its own class', () => {
    const v = drm_gem_open.alloc();
    expect(v).toBeInstanceOf(RecordView);
    expect(v).toBeInstanceOf(drm_gem_open);
    expect(v).not.toBeInstanceOf(drm_mode_create_dumb);
  });

  test('bytes() is the record window over the caller memory, whatever the buffer kind', () => {
    const buf = new ArrayBuffer(64);
    const u8 = new Uint8Array(buf, 8, 48);
    const dv = new DataView(buf, 8, 48);
    for (const [input, base] of [[buf, 0], [u8, 8], [dv, 8]] as const) {
      const v = new drm_gem_open(input, 16);
      v.handle = 0x01020304;
      expect(v.view.buffer).toBe(buf);
      expect(v.byteOffset).toBe(16);
      const bytes = v.bytes();
      expect(bytes.buffer).toBe(buf);
      expect(bytes.byteOffset).toBe(base + 16);
      expect(bytes.length).toBe(drm_gem_open.SIZE);
      expect([...bytes.subarray(4, 8)]).toEqual([4, 3, 2, 1]);
    }
  });

  test('a DataView is used as given, not copied', () => {
    const dv = new DataView(new ArrayBuffer(32));
    expect(new drm_mode_create_dumb(dv).view).toBe(dv);
  });
});
