/* SPDX-License-Identifier: MIT */
/*
 * Mode-setting argument structures (models include/uapi/drm/drm_mode.h, Linux 6.1), reduced to
 * the resource query and the three dumb-buffer calls. Their request numbers are in drm.h.
 */
#ifndef _DRM_MODE_H
#define _DRM_MODE_H

#include "drm.h"

/**
 * Argument of DRM_IOCTL_MODE_GETRESOURCES: the mode-setting objects of a device.
 *
 * Each *_ptr is the user address of a __u32 array and each count_* its capacity on input; the
 * kernel fills at most that many ids and always writes back the real counts.
 */
struct drm_mode_card_res {
	/** User array that receives framebuffer ids. */
	__u64 fb_id_ptr;
	/** User array that receives CRTC ids. */
	__u64 crtc_id_ptr;
	/** User array that receives connector ids. */
	__u64 connector_id_ptr;
	/** User array that receives encoder ids. */
	__u64 encoder_id_ptr;
	/** Number of framebuffers. */
	__u32 count_fbs;
	/** Number of CRTCs. */
	__u32 count_crtcs;
	/** Number of connectors. */
	__u32 count_connectors;
	/** Number of encoders. */
	__u32 count_encoders;
	/** Smallest framebuffer width the device accepts. */
	__u32 min_width;
	/** Largest framebuffer width the device accepts. */
	__u32 max_width;
	/** Smallest framebuffer height the device accepts. */
	__u32 min_height;
	/** Largest framebuffer height the device accepts. */
	__u32 max_height;
};

/**
 * Argument of DRM_IOCTL_MODE_CREATE_DUMB: a linear buffer good for software rendering and
 * scanout.
 *
 * The caller gives the image dimensions; the kernel picks the row pitch and total size (which may
 * be larger than height * pitch) and returns a handle.
 */
struct drm_mode_create_dumb {
	/** In: rows of the image. */
	__u32 height;
	/** In: pixels per row. */
	__u32 width;
	/** In: bits per pixel. */
	__u32 bpp;
	/** In: must be zero. */
	__u32 flags;
	/** Out: handle of the new object. */
	__u32 handle;
	/** Out: bytes per row. */
	__u32 pitch;
	/** Out: size of the object in bytes. */
	__u64 size;
};

/** Argument of DRM_IOCTL_MODE_MAP_DUMB: the fake mmap offset of a dumb buffer. */
struct drm_mode_map_dumb {
	/** In: handle of the buffer. */
	__u32 handle;
	/** Must be zero. */
	__u32 pad;
	/**
	 * Out: offset to pass to mmap(2) on the DRM descriptor. It names the buffer; it is not a
	 * position in any file.
	 */
	__u64 offset;
};

/** Argument of DRM_IOCTL_MODE_DESTROY_DUMB: releases a dumb buffer's handle. */
struct drm_mode_destroy_dumb {
	/** In: handle to release. */
	__u32 handle;
};

_Static_assert(sizeof(struct drm_mode_card_res) == 64, "drm_mode_card_res is 64 bytes");
_Static_assert(sizeof(struct drm_mode_create_dumb) == 32, "drm_mode_create_dumb is 32 bytes");
_Static_assert(sizeof(struct drm_mode_map_dumb) == 16, "drm_mode_map_dumb is 16 bytes");
_Static_assert(sizeof(struct drm_mode_destroy_dumb) == 4, "drm_mode_destroy_dumb is 4 bytes");

#endif /* _DRM_MODE_H */
