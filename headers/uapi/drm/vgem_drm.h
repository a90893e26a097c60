/* SPDX-License-Identifier: MIT */
/*
 * The virtual GEM driver's private ioctls (models include/uapi/drm/vgem_drm.h, Linux 6.1): fences
 * that user space attaches to a buffer and signals itself, so other drivers can be tested against
 * buffers that appear busy.
 */
#ifndef _UAPI_VGEM_DRM_H_
#define _UAPI_VGEM_DRM_H_

#include "drm.h"

/* Driver command indexes, offset by DRM_COMMAND_BASE in the request numbers. */
#define DRM_VGEM_FENCE_ATTACH	0x1
#define DRM_VGEM_FENCE_SIGNAL	0x2

#define DRM_IOCTL_VGEM_FENCE_ATTACH	DRM_IOWR( DRM_COMMAND_BASE + DRM_VGEM_FENCE_ATTACH, struct drm_vgem_fence_attach)
#define DRM_IOCTL_VGEM_FENCE_SIGNAL	DRM_IOW( DRM_COMMAND_BASE + DRM_VGEM_FENCE_SIGNAL, struct drm_vgem_fence_signal)

/**
 * Argument of DRM_IOCTL_VGEM_FENCE_ATTACH: adds an unsignaled fence to a buffer's reservation
 * object, as a reader or (with VGEM_FENCE_WRITE) as the writer.
 */
struct drm_vgem_fence_attach {
	/** In: handle of the buffer. */
	__u32 handle;
	/** In: zero, or VGEM_FENCE_WRITE. */
	__u32 flags;
/** The fence is exclusive: it conflicts with every other fence on the buffer. */
#define VGEM_FENCE_WRITE	0x1
	/** Out: id of the fence in the calling file, for FENCE_SIGNAL. */
	__u32 out_fence;
	/** Must be zero. */
	__u32 pad;
};

/** Argument of DRM_IOCTL_VGEM_FENCE_SIGNAL: signals and forgets a fence. */
struct drm_vgem_fence_signal {
	/** In: fence id from FENCE_ATTACH. */
	__u32 fence;
	/** Must be zero. */
	__u32 flags;
};

_Static_assert(sizeof(struct drm_vgem_fence_attach) == 16, "drm_vgem_fence_attach is 16 bytes");
_Static_assert(sizeof(struct drm_vgem_fence_signal) == 8, "drm_vgem_fence_signal is 8 bytes");

#endif /* _UAPI_VGEM_DRM_H_ */
