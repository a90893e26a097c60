// vgem's GEM object type (Linux 6.1: shmem helper objects, write-combined). Expressed with the
// driver API: the payload only records the caching mode; the core provides everything else.

import type { DriverObjectType } from '../../gem/object.ts';

export interface VgemObject {
  /** vgem_gem_create_object sets map_wc: mappings are write-combined */
  readonly mapWc: true;
}

export const vgemObjectType: DriverObjectType<VgemObject> = {
  name: 'vgem-shmem',
  new: () => ({ mapWc: true }),
};
