// The static inline helpers of drm_file.h / drm_drv.h over the generated views.

import type { InlineHelpers, drm_device, drm_file } from '@tsbindgen/drm-file';
import { drm_minor, DRM_MINOR_PRIMARY, DRM_MINOR_RENDER } from '@tsbindgen/drm-file';

function minorType(file: drm_file): number {
  return new drm_minor(file.view, Number(file.minor)).type;
}

export const helpers = {
  drm_core_check_feature(dev: drm_device, feature: number): boolean {
    return (dev.driver_features & feature) !== 0;
  },
  drm_is_primary_client(file_priv: drm_file): boolean {
    return minorType(file_priv) === DRM_MINOR_PRIMARY;
  },
  drm_is_render_client(file_priv: drm_file): boolean {
    return minorType(file_priv) === DRM_MINOR_RENDER;
  },
} satisfies InlineHelpers;
