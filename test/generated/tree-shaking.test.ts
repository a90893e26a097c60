// A bundler keeps only the view classes a program uses: the packages say sideEffects: false, and a generated
// class has nothing a bundler must keep (no static blocks; `extends` and plain static fields are side-effect free).

import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(ROOT, '.tmp/tree-shaking');

async function bundle(name: string, source: string): Promise<string> {
  mkdirSync(WORK, { recursive: true });
  const entry = join(WORK, `${name}.mjs`);
  writeFileSync(entry, source);
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

const classesIn = (js: string): string[] => [...js.matchAll(/var (\w+) = class/g)].map((m) => m[1]!).sort();

describe('tree-shaking', () => {
  test('one record imported from a package: only its class (and the abi base) reach the bundle', async () => {
    const js = await bundle('one', `import { drm_gem_open } from '@tsbindgen/uapi-drm';\nconst v = drm_gem_open.alloc(); v.handle = 3; globalThis.out = v.handle;\n`);
    expect(classesIn(js)).toEqual(['Inspectable', 'RecordView', 'drm_gem_open']);
    expect(js).not.toContain('DRM_IOCTL_');
    const run = new Function(js.replace(/^export .*$/gm, ''));
    run();
    expect((globalThis as { out?: number }).out).toBe(3);
  });

  test('a record that holds records of other packages brings exactly those along', async () => {
    const js = await bundle('nested', `import { drm_vma_offset_node } from '@tsbindgen/drm-vma';\nglobalThis.out2 = drm_vma_offset_node.SIZE;\n`);
    // What headers/drm/drm_vma_manager.h and friends hold by value from drm_vma_offset_node down: rwlock_t
    // (qrwlock: atomic_t, qspinlock), struct drm_mm_node (list_head, rb_node), struct rb_root. drm_mm_node's
    // `struct drm_mm *mm` is a typed pointer whose deref builds a drm_mm, so drm_mm (and the rb_root_cached it holds
    // by value) comes along with Ptr, and
    // FnPtr for drm_mm's color_adjust; everything else of linux-core and drm-mm stays out.
    expect(classesIn(js)).toEqual(
      ['FnPtr', 'Inspectable', 'Ptr', 'RecordView', 'atomic_t', 'drm_mm', 'drm_mm_node', 'drm_vma_offset_node', 'list_head', 'qrwlock', 'qspinlock', 'rb_node', 'rb_root', 'rb_root_cached', 'rwlock_t'].sort(),
    );
  });
});
