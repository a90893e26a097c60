import { describe, expect, it } from 'vitest';
import { isUapiHeader } from '../../../generator/reports/uapi.ts';

describe('which headers are uapi', () => {
  it('counts a header under a uapi folder', () => {
    expect(isUapiHeader('headers/uapi/drm/drm.h')).toBe(true);
  });
  it('counts installed kernel and libdrm headers, also under multiarch and cross folders', () => {
    expect(isUapiHeader('/usr/include/libdrm/i915_drm.h')).toBe(true);
    expect(isUapiHeader('/usr/include/linux/types.h')).toBe(true);
    expect(isUapiHeader('/usr/include/x86_64-linux-gnu/asm/posix_types_64.h')).toBe(true);
    expect(isUapiHeader('/usr/aarch64-linux-gnu/include/asm-generic/int-ll64.h')).toBe(true);
  });
  it('does not count kernel-internal, glibc or unknown headers', () => {
    expect(isUapiHeader('headers/drm/drm_gem.h')).toBe(false);
    expect(isUapiHeader('/usr/include/stdint.h')).toBe(false);
    expect(isUapiHeader(undefined)).toBe(false);
  });
});
