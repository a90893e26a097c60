/* SPDX-License-Identifier: MIT */
/*
 * The core DRM user/kernel interface (models include/uapi/drm/drm.h, Linux 6.1), reduced to what
 * the GEM memory manager, PRIME sharing and device discovery use: the version, unique-name,
 * authentication, GEM name and capability structures, and the request numbers built from them.
 *
 * Like the kernel header it pulls in drm_mode.h at the end, because the mode-setting request
 * numbers live here while their argument structures live there.
 */
#ifndef _DRM_H_
#define _DRM_H_

#include <linux/types.h>
#include <linux/ioctl.h>
#include <asm-generic/fcntl.h>

/** Handle of a legacy mapping, as user space sees it. */
typedef unsigned int drm_handle_t;
/** Legacy hardware context id. */
typedef unsigned int drm_context_t;
/** Legacy drawable id. */
typedef unsigned int drm_drawable_t;
/** Authentication token a client hands to the master to be authenticated. */
typedef unsigned int drm_magic_t;

/**
 * Driver identification, filled by DRM_IOCTL_VERSION.
 *
 * The three strings are caller-owned buffers: user space passes their lengths and addresses, the
 * kernel copies as much as fits and writes back the full length of each string. Calling once with
 * zero lengths and again with buffers of the reported sizes reads them completely.
 */
struct drm_version {
	/** Major version of the driver's interface. */
	int version_major;
	/** Minor version of the driver's interface. */
	int version_minor;
	/** Patch level of the driver. */
	int version_patchlevel;
	/** In: capacity of @name. Out: length of the driver name. */
	__kernel_size_t name_len;
	/** User buffer that receives the driver name (not NUL-terminated). */
	char *name;
	/** In: capacity of @date. Out: length of the date string. */
	__kernel_size_t date_len;
	/** User buffer that receives the driver's date string. */
	char *date;
	/** In: capacity of @desc. Out: length of the description. */
	__kernel_size_t desc_len;
	/** User buffer that receives the driver description. */
	char *desc;
};

/**
 * The device's unique bus identifier, read by DRM_IOCTL_GET_UNIQUE with the same
 * length-then-buffer protocol as struct drm_version.
 */
struct drm_unique {
	/** In: capacity of @unique. Out: length of the identifier. */
	__kernel_size_t unique_len;
	/** User buffer that receives the identifier. */
	char *unique;
};

/** A magic token: produced by GET_MAGIC on a client, consumed by AUTH_MAGIC on the master. */
struct drm_auth {
	/** The token. */
	drm_magic_t magic;
};

/**
 * Argument of DRM_IOCTL_SET_VERSION: the interface version a client asks for. A field of -1
 * leaves that part unchanged; on return all four hold the versions the kernel now uses.
 */
struct drm_set_version {
	/** Major version of the DRM core interface (DI). */
	int drm_di_major;
	/** Minor version of the DRM core interface. */
	int drm_di_minor;
	/** Major version of the driver's own interface (DD). */
	int drm_dd_major;
	/** Minor version of the driver's own interface. */
	int drm_dd_minor;
};

/** Argument of DRM_IOCTL_GEM_CLOSE: drops one handle of the calling file. */
struct drm_gem_close {
	/** Handle to release. */
	__u32 handle;
	/** Must be zero. */
	__u32 pad;
};

/** Argument of DRM_IOCTL_GEM_FLINK: publishes an object under a device-wide name. */
struct drm_gem_flink {
	/** In: handle of the object in the calling file. */
	__u32 handle;
	/** Out: global name other clients can open. */
	__u32 name;
};

/** Argument of DRM_IOCTL_GEM_OPEN: turns a global name into a handle of the calling file. */
struct drm_gem_open {
	/** In: global name from GEM_FLINK. */
	__u32 name;
	/** Out: new handle in the calling file. */
	__u32 handle;
	/** Out: size of the object in bytes. */
	__u64 size;
};

/*
 * Capabilities a client can query with DRM_IOCTL_GET_CAP. The numbering has holes on purpose:
 * it follows the history of the interface.
 */
/** The driver supports dumb buffers. */
#define DRM_CAP_DUMB_BUFFER		0x1
/** Vblank events can name CRTCs beyond the second one. */
#define DRM_CAP_VBLANK_HIGH_CRTC	0x2
/** Preferred depth of a dumb buffer. */
#define DRM_CAP_DUMB_PREFERRED_DEPTH	0x3
/** Dumb buffers are best drawn into a shadow copy. */
#define DRM_CAP_DUMB_PREFER_SHADOW	0x4
/** PRIME sharing support; a mask of DRM_PRIME_CAP_IMPORT and DRM_PRIME_CAP_EXPORT. */
#define DRM_CAP_PRIME			0x5
/** The driver can turn a dma-buf descriptor into a handle. */
#define  DRM_PRIME_CAP_IMPORT		0x1
/** The driver can turn a handle into a dma-buf descriptor. */
#define  DRM_PRIME_CAP_EXPORT		0x2
/** Event timestamps use CLOCK_MONOTONIC. */
#define DRM_CAP_TIMESTAMP_MONOTONIC	0x6
/** Page flips may be asynchronous. */
#define DRM_CAP_ASYNC_PAGE_FLIP		0x7
/** Largest cursor width the hardware takes. */
#define DRM_CAP_CURSOR_WIDTH		0x8
/** Largest cursor height the hardware takes. */
#define DRM_CAP_CURSOR_HEIGHT		0x9
/** Framebuffers may carry format modifiers. */
#define DRM_CAP_ADDFB2_MODIFIERS	0x10
/** A page flip may target a given vblank. */
#define DRM_CAP_PAGE_FLIP_TARGET	0x11
/** Vblank events report the CRTC id. */
#define DRM_CAP_CRTC_IN_VBLANK_EVENT	0x12
/** Sync objects are supported. */
#define DRM_CAP_SYNCOBJ		0x13
/** Timeline sync objects are supported. */
#define DRM_CAP_SYNCOBJ_TIMELINE	0x14

/** Argument of DRM_IOCTL_GET_CAP. */
struct drm_get_cap {
	/** In: one of the DRM_CAP_* numbers. */
	__u64 capability;
	/** Out: the capability's value. */
	__u64 value;
};

/* Per-client opt-ins, set with DRM_IOCTL_SET_CLIENT_CAP. */
/** The client understands stereo 3D modes. */
#define DRM_CLIENT_CAP_STEREO_3D	1
/** The client wants primary and cursor planes listed with the overlays. */
#define DRM_CLIENT_CAP_UNIVERSAL_PLANES	2
/** The client uses the atomic mode-setting interface (implies universal planes). */
#define DRM_CLIENT_CAP_ATOMIC	3
/** The client understands picture aspect-ratio flags in modes. */
#define DRM_CLIENT_CAP_ASPECT_RATIO	4
/** The client wants writeback connectors listed (requires atomic). */
#define DRM_CLIENT_CAP_WRITEBACK_CONNECTORS	5

/** Argument of DRM_IOCTL_SET_CLIENT_CAP. */
struct drm_set_client_cap {
	/** In: one of the DRM_CLIENT_CAP_* numbers. */
	__u64 capability;
	/** In: the value to set. */
	__u64 value;
};

/* Flags accepted by PRIME_HANDLE_TO_FD for the new descriptor. */
#define DRM_RDWR O_RDWR
#define DRM_CLOEXEC O_CLOEXEC

/** Argument of the two PRIME ioctls: a handle and a dma-buf descriptor for the same buffer. */
struct drm_prime_handle {
	/** Handle in the calling file (in for export, out for import). */
	__u32 handle;
	/** For export: DRM_CLOEXEC and/or DRM_RDWR. */
	__u32 flags;
	/** The dma-buf descriptor (out for export, in for import). */
	__s32 fd;
};

/* Request numbers. Every DRM request uses type 'd'. */
#define DRM_IOCTL_BASE			'd'
#define DRM_IO(nr)			_IO(DRM_IOCTL_BASE,nr)
#define DRM_IOR(nr,type)		_IOR(DRM_IOCTL_BASE,nr,type)
#define DRM_IOW(nr,type)		_IOW(DRM_IOCTL_BASE,nr,type)
#define DRM_IOWR(nr,type)		_IOWR(DRM_IOCTL_BASE,nr,type)

#define DRM_IOCTL_VERSION		DRM_IOWR(0x00, struct drm_version)
#define DRM_IOCTL_GET_UNIQUE		DRM_IOWR(0x01, struct drm_unique)
#define DRM_IOCTL_GET_MAGIC		DRM_IOR( 0x02, struct drm_auth)

#define DRM_IOCTL_SET_VERSION		DRM_IOWR(0x07, struct drm_set_version)

#define DRM_IOCTL_GEM_CLOSE		DRM_IOW (0x09, struct drm_gem_close)
#define DRM_IOCTL_GEM_FLINK		DRM_IOWR(0x0a, struct drm_gem_flink)
#define DRM_IOCTL_GEM_OPEN		DRM_IOWR(0x0b, struct drm_gem_open)
#define DRM_IOCTL_GET_CAP		DRM_IOWR(0x0c, struct drm_get_cap)
#define DRM_IOCTL_SET_CLIENT_CAP	DRM_IOW( 0x0d, struct drm_set_client_cap)

#define DRM_IOCTL_AUTH_MAGIC		DRM_IOW( 0x11, struct drm_auth)

#define DRM_IOCTL_SET_MASTER		DRM_IO(0x1e)
#define DRM_IOCTL_DROP_MASTER		DRM_IO(0x1f)

#define DRM_IOCTL_PRIME_HANDLE_TO_FD	DRM_IOWR(0x2d, struct drm_prime_handle)
#define DRM_IOCTL_PRIME_FD_TO_HANDLE	DRM_IOWR(0x2e, struct drm_prime_handle)

#define DRM_IOCTL_MODE_GETRESOURCES	DRM_IOWR(0xA0, struct drm_mode_card_res)

#define DRM_IOCTL_MODE_CREATE_DUMB	DRM_IOWR(0xB2, struct drm_mode_create_dumb)
#define DRM_IOCTL_MODE_MAP_DUMB		DRM_IOWR(0xB3, struct drm_mode_map_dumb)
#define DRM_IOCTL_MODE_DESTROY_DUMB	DRM_IOWR(0xB4, struct drm_mode_destroy_dumb)

/*
 * Command numbers from DRM_COMMAND_BASE up to (not including) DRM_COMMAND_END belong to the
 * individual driver; a driver's request is DRM_COMMAND_BASE plus its own index.
 */
#define DRM_COMMAND_BASE		0x40
#define DRM_COMMAND_END			0xA0

/* Short names user space has long used for these structures. */
typedef struct drm_version drm_version_t;
typedef struct drm_unique drm_unique_t;
typedef struct drm_auth drm_auth_t;
typedef struct drm_set_version drm_set_version_t;

#include "drm_mode.h"

/* The ABI is frozen: these sizes are what every released kernel and libdrm agree on. */
_Static_assert(sizeof(struct drm_version) == (sizeof(long) == 8 ? 64 : 36),
	       "drm_version: three ints and three (length, pointer) pairs");
_Static_assert(sizeof(struct drm_unique) == 2 * sizeof(long), "drm_unique: length and pointer");
_Static_assert(sizeof(struct drm_auth) == 4, "drm_auth is one 32-bit token");
_Static_assert(sizeof(struct drm_set_version) == 16, "drm_set_version is four ints");
_Static_assert(sizeof(struct drm_gem_close) == 8, "drm_gem_close is 8 bytes");
_Static_assert(sizeof(struct drm_gem_flink) == 8, "drm_gem_flink is 8 bytes");
_Static_assert(sizeof(struct drm_gem_open) == 16, "drm_gem_open is 16 bytes");
_Static_assert(sizeof(struct drm_get_cap) == 16, "drm_get_cap is 16 bytes");
_Static_assert(sizeof(struct drm_set_client_cap) == 16, "drm_set_client_cap is 16 bytes");
_Static_assert(sizeof(struct drm_prime_handle) == 12, "drm_prime_handle is 12 bytes");

#endif /* _DRM_H_ */
