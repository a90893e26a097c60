// The files libdrm's device lookups read about the DRM nodes (drmGetDevice2, drmGetDevices2,
// drmGetDeviceNameFromFd2 …), written as a real directory tree the preload library redirects
// /dev/dri, /sys/dev/char/226:*, /sys/class/drm and /sys/devices/platform/<device> into. Its
// shape and contents are what Linux 6.1 with vgem shows (test/shim/libdrm-program.expected
// records them from the kernel): a platform device with a drm/ directory of minors.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { System } from '../system.ts';

export const DRM_MAJOR = 226;

/** `drm_class_attr_version`: CORE_NAME, CORE_MAJOR.CORE_MINOR.CORE_PATCHLEVEL, CORE_DATE */
const CLASS_VERSION = 'drm 1.1.0 20060810\n';

interface Minor { readonly name: string; readonly minor: number }

function minorsOf(index: number, render: boolean): Minor[] {
  const out = [{ name: `card${index}`, minor: index }];
  if (render) out.push({ name: `renderD${128 + index}`, minor: 128 + index });
  return out;
}

/** Writes the tree under `root` for every device of `system`. */
export function writeSysfsTree(root: string, system: System): void {
  const dri = join(root, 'dev/dri');
  const classDrm = join(root, 'sys/class/drm');
  const devChar = join(root, 'sys/dev/char');
  for (const dir of [dri, classDrm, devChar, join(root, 'sys/bus/platform')]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(classDrm, 'version'), CLASS_VERSION);
  system.devices.forEach((dev, index) => {
    // vgem registers a platform device named after the driver, with no driver bound to it
    const platform = dev.driver.name;
    const device = join(root, 'sys/devices/platform', platform);
    mkdirSync(join(device, 'drm'), { recursive: true });
    writeFileSync(join(device, 'uevent'), `MODALIAS=platform:${platform}\n`);
    symlinkSync('../../../bus/platform', join(device, 'subsystem'));
    for (const { name, minor } of minorsOf(index, dev.driver.features.render)) {
      const dir = join(device, 'drm', name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'uevent'), `MAJOR=${DRM_MAJOR}\nMINOR=${minor}\nDEVNAME=dri/${name}\nDEVTYPE=drm_minor\n`);
      writeFileSync(join(dir, 'dev'), `${DRM_MAJOR}:${minor}\n`);
      symlinkSync(`../../../${platform}`, join(dir, 'device'));
      symlinkSync('../../../../../class/drm', join(dir, 'subsystem'));
      symlinkSync(`../../devices/platform/${platform}/drm/${name}`, join(devChar, `${DRM_MAJOR}:${minor}`));
      symlinkSync(`../../devices/platform/${platform}/drm/${name}`, join(classDrm, name));
      writeFileSync(join(dri, name), '');
    }
  });
}
