// What the shim promises beyond the runner's ops: pages shared with the model both ways, a
// crash releasing everything as exit does, the exit status passed through, the other libc entry
// points (open64, openat, fopen64, stat64, dup3/dup2 over a DRM fd, /proc/self/fd, close_range,
// lseek/read/write/poll/fdinfo, exec) answering as Linux 6.1 did (probe-*.expected were recorded
// on the kernel), and tracing.

import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runUnderShim } from '../../runtime/shim/run.ts';
import type { ShimServer } from '../../runtime/shim/server.ts';
import { compile, missingTools } from './compile.ts';

const HERE = import.meta.dirname;
const missing = missingTools(true);
const asRoot = { ...process.env, TSBINDGEN_SHIM_UID: '0' };

/** Every object, file and dma-buf of the run's device is gone, and the heap holds only the device's own records. */
function released(server: ShimServer): Record<string, number> {
  const dev = server.system.devices[0];
  return {
    files: Array.from(dev.files).length,
    objects: dev.objects.size,
    dmaBufs: dev.dmaBufs.size,
    heapBeyondBaseline: server.system.heap.liveObjects - server.system.baselineObjects,
  };
}

describe('the shim', () => {
  if (missing) {
    it.skip(`SKIPPED: ${missing}`, () => {});
    return;
  }
  let probe = '';
  beforeAll(() => {
    probe = compile('probe', join(HERE, 'probe.c'), ['-I/usr/include/libdrm', '-ldl']);
  });

  it('shares pages: the model reads what the program wrote, the program reads what the model wrote', async () => {
    let seen = '';
    const r = await runUnderShim(probe, ['share'], {
      onStart: (child, server) => {
        child.stdout!.on('data', () => {
          if (seen) return;
          const obj = [...server.system.devices[0].objects.values()][0];
          const bytes = obj.backing.view(0, 4096) as Uint8Array;
          seen = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0)));
          bytes.set(new TextEncoder().encode('from the model\0'), 64);
          child.stdin!.end('go\n');
        });
      },
    });
    expect(seen).toBe('from the program');
    expect(r.stdout).toBe('written\nmapping holds "from the model"\n');
    expect(r.status).toBe(0);
  });

  it('releases every file, object, dma-buf and mapping of a program that crashes', async () => {
    let after: Record<string, number> = {};
    const r = await runUnderShim(probe, ['crash'], { inspect: (s) => (after = released(s)) });
    expect(r.stdout).toBe('about to crash\n');
    expect(r.signal).toBe('SIGABRT');
    expect(r.status).toBe(134);
    expect(after).toEqual({ files: 0, objects: 0, dmaBufs: 0, heapBeyondBaseline: 0 });
  });

  it('passes the exit status through', async () => {
    expect((await runUnderShim(probe, ['exit', '7'])).status).toBe(7);
  });

  it('answers open64, openat, fopen64, stat64, fcntl, dup2/dup3, /proc/self/fd and close_range as Linux 6.1 did', async () => {
    const r = await runUnderShim(probe, ['calls'], { env: asRoot });
    expect(r.stdout).toBe(readFileSync(join(HERE, 'probe-calls.expected'), 'utf8'));
  });

  it('answers lseek, read, write, poll, fdinfo counts and trailing-slash stat as Linux 6.1 did', async () => {
    const r = await runUnderShim(probe, ['files'], { env: asRoot });
    expect(r.stdout).toBe(readFileSync(join(HERE, 'probe-files.expected'), 'utf8'));
  });

  it('keeps the model files without close-on-exec across exec, and their handles, as Linux 6.1 did', async () => {
    const r = await runUnderShim(probe, ['exec'], { env: asRoot });
    expect(r.stdout).toBe(readFileSync(join(HERE, 'probe-exec.expected'), 'utf8'));
  });

  it('answers the pre-2.33 __xstat64 entry point with the node (226:128, a character device)', async () => {
    const r = await runUnderShim(probe, ['xstat'], { env: asRoot });
    expect(r.stdout).toBe('__xstat64 => 0 chr=1 rdev=226:128\n');
  });

  it('traces intercepted calls on stderr with TSBINDGEN_SHIM_DEBUG=1, leaving stdout alone', async () => {
    const r = await runUnderShim(probe, ['calls'], { env: { ...asRoot, TSBINDGEN_SHIM_DEBUG: '1' } });
    expect(r.stdout).toBe(readFileSync(join(HERE, 'probe-calls.expected'), 'utf8'));
    expect(r.stderr).toMatch(/^tsbindgen-shim\[\d+\]: open\("\/dev\/dri\/card0", 0?2\) = \d+$/m);
    expect(r.stderr).toMatch(/^tsbindgen-shim\[\d+\]: ioctl\(50, 0xc010640c\) = 0$/m);
  });
});
