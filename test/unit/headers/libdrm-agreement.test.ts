// Our uapi headers against Debian's libdrm-dev copies of the kernel's drm.h and drm_mode.h: every
// shared constant, struct size, alignment and field offset must be what the same compiler gives for
// libdrm's headers, on every target. The compilers and libdrm are the truth here, not our values.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_COMPILERS, compileWords, installed, type TargetCompiler } from './compilers.ts';

const HEADERS = resolve(import.meta.dirname, '../../../headers');
const LIBDRM = '/usr/include/libdrm';

const CONSTANTS = [
  'DRM_IOCTL_VERSION', 'DRM_IOCTL_GET_UNIQUE', 'DRM_IOCTL_GET_MAGIC', 'DRM_IOCTL_GEM_CLOSE',
  'DRM_IOCTL_GEM_FLINK', 'DRM_IOCTL_GEM_OPEN', 'DRM_IOCTL_GET_CAP', 'DRM_IOCTL_SET_CLIENT_CAP',
  'DRM_IOCTL_AUTH_MAGIC', 'DRM_IOCTL_SET_MASTER', 'DRM_IOCTL_DROP_MASTER',
  'DRM_IOCTL_PRIME_HANDLE_TO_FD', 'DRM_IOCTL_PRIME_FD_TO_HANDLE', 'DRM_IOCTL_MODE_GETRESOURCES',
  'DRM_IOCTL_MODE_CREATE_DUMB', 'DRM_IOCTL_MODE_MAP_DUMB', 'DRM_IOCTL_MODE_DESTROY_DUMB',
  'DRM_CAP_DUMB_BUFFER', 'DRM_CAP_VBLANK_HIGH_CRTC', 'DRM_CAP_DUMB_PREFERRED_DEPTH',
  'DRM_CAP_DUMB_PREFER_SHADOW', 'DRM_CAP_PRIME', 'DRM_PRIME_CAP_IMPORT', 'DRM_PRIME_CAP_EXPORT',
  'DRM_CAP_TIMESTAMP_MONOTONIC', 'DRM_CAP_ASYNC_PAGE_FLIP', 'DRM_CAP_CURSOR_WIDTH',
  'DRM_CAP_CURSOR_HEIGHT', 'DRM_CAP_ADDFB2_MODIFIERS', 'DRM_CAP_PAGE_FLIP_TARGET',
  'DRM_CAP_CRTC_IN_VBLANK_EVENT', 'DRM_CAP_SYNCOBJ', 'DRM_CAP_SYNCOBJ_TIMELINE',
  'DRM_CLIENT_CAP_STEREO_3D', 'DRM_CLIENT_CAP_UNIVERSAL_PLANES', 'DRM_CLIENT_CAP_ATOMIC',
  'DRM_CLIENT_CAP_ASPECT_RATIO', 'DRM_CLIENT_CAP_WRITEBACK_CONNECTORS', 'DRM_CLOEXEC', 'DRM_RDWR',
  'DRM_COMMAND_BASE', 'DRM_COMMAND_END', 'DRM_IOCTL_BASE',
];

const RECORDS: Record<string, string[]> = {
  drm_version: ['version_major', 'version_minor', 'version_patchlevel', 'name_len', 'name', 'date_len', 'date', 'desc_len', 'desc'],
  drm_unique: ['unique_len', 'unique'],
  drm_auth: ['magic'],
  drm_gem_close: ['handle', 'pad'],
  drm_gem_flink: ['handle', 'name'],
  drm_gem_open: ['name', 'handle', 'size'],
  drm_get_cap: ['capability', 'value'],
  drm_set_client_cap: ['capability', 'value'],
  drm_prime_handle: ['handle', 'flags', 'fd'],
  drm_mode_card_res: ['fb_id_ptr', 'crtc_id_ptr', 'connector_id_ptr', 'encoder_id_ptr', 'count_fbs', 'count_crtcs',
    'count_connectors', 'count_encoders', 'min_width', 'max_width', 'min_height', 'max_height'],
  drm_mode_create_dumb: ['height', 'width', 'bpp', 'flags', 'handle', 'pitch', 'size'],
  drm_mode_map_dumb: ['handle', 'pad', 'offset'],
  drm_mode_destroy_dumb: ['handle'],
};

/** What each probed word means, in the order the probe emits them. */
function probeLabels(): string[] {
  const labels = [...CONSTANTS];
  for (const [rec, fields] of Object.entries(RECORDS)) {
    labels.push(`sizeof(struct ${rec})`, `_Alignof(struct ${rec})`);
    for (const f of fields) labels.push(`offsetof(struct ${rec}, ${f})`);
  }
  return labels;
}

/** A C file whose data is every probed value plus one (so no value is zero and none lands in .bss). */
function probe(includes: string[]): string {
  const values = probeLabels().map((l) =>
    l.startsWith('offsetof') ? l.replace('offsetof', '__builtin_offsetof') : l);
  return `${includes.map((h) => `#include <${h}>`).join('\n')}\n` +
    `unsigned int probe[] = {\n${values.map((v) => `\t(unsigned int)(${v}) + 1u,`).join('\n')}\n};\n`;
}

/** Flags that make libdrm's headers (and the kernel uapi they include) compile for a target. */
function libdrmFlags(c: TargetCompiler, shim: string): string[] {
  if (c.label === 'i386') return ['-isystem', '/usr/include/x86_64-linux-gnu', '-I', LIBDRM];
  // wasm32 has no arch headers: a generic Linux architecture maps <asm/X.h> to <asm-generic/X.h>.
  if (c.label === 'wasm32') return ['-nostdinc', '-D__linux__', '-isystem', shim, '-isystem', '/usr/include', '-I', LIBDRM];
  return ['-I', LIBDRM];
}

function makeAsmShim(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asm-shim-'));
  mkdirSync(join(dir, 'asm'));
  for (const h of ['types', 'ioctl', 'posix_types', 'bitsperlong', 'fcntl', 'errno']) {
    writeFileSync(join(dir, 'asm', `${h}.h`), `#include <asm-generic/${h}.h>\n`);
  }
  return dir;
}

function describeMismatches(labels: string[], ours: number[], theirs: number[]): string[] {
  return labels.flatMap((l, i) => (ours[i] === theirs[i] ? [] : [`${l}: ours ${ours[i]! - 1}, libdrm ${theirs[i]! - 1}`]));
}

describe('uapi headers agree with libdrm', () => {
  const shim = makeAsmShim();
  const haveLibdrm = existsSync(join(LIBDRM, 'drm.h'));
  if (!haveLibdrm) console.warn('skipping libdrm agreement: libdrm-dev is not installed');

  for (const c of TARGET_COMPILERS) {
    const present = installed(c);
    if (!present) console.warn(`skipping libdrm agreement on ${c.label}: ${c.argv[0]} is not installed`);
    it.skipIf(!present || !haveLibdrm)(`constants and layouts equal libdrm's on ${c.label}`, async () => {
      const theirs = await compileWords(c, libdrmFlags(c, shim), probe(['drm.h', 'drm_mode.h', 'asm/fcntl.h']));
      const ours = await compileWords(c, ['-nostdinc', '-I', join(HEADERS, 'uapi')], probe(['drm/drm.h']));
      expect(typeof theirs === 'string' ? theirs : '').toBe('');
      expect(typeof ours === 'string' ? ours : '').toBe('');
      const labels = probeLabels();
      expect((ours as number[]).length).toBe(labels.length);
      expect((theirs as number[]).length).toBe(labels.length);
      expect(describeMismatches(labels, ours as number[], theirs as number[])).toEqual([]);
    }, 300_000);
  }
});
