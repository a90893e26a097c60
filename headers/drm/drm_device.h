/* SPDX-License-Identifier: MIT */
/*
 * A DRM device (models include/drm/drm_device.h, Linux 6.1, with a reduced struct
 * drm_mode_config standing in for the one of drm_mode_config.h).
 *
 * One struct drm_device exists per device a driver binds; it owns the device nodes, the list of
 * open files, the flink name table and the mmap offset manager GEM uses.
 */
#ifndef _DRM_DEVICE_H_
#define _DRM_DEVICE_H_

#include <linux/kconfig.h>
#include <linux/types.h>
#include <linux/kref.h>
#include <linux/mutex.h>
#include <linux/idr.h>
#include <linux/spinlock_types.h>

struct drm_driver;
struct drm_minor;
struct drm_master;
struct drm_vblank_crtc;
struct drm_vma_offset_manager;
struct drm_vram_mm;
struct drm_fb_helper;
struct drm_device_dma;
struct drm_hw_lock;
struct drm_local_map;
struct drm_sg_mem;
struct device;
struct inode;

/** Power state of a device behind a GPU switcher (vga_switcheroo). */
enum switch_power_state {
	/** Powered on. */
	DRM_SWITCH_POWER_ON = 0,
	/** Powered off by the switcher. */
	DRM_SWITCH_POWER_OFF = 1,
	/** Being switched. */
	DRM_SWITCH_POWER_CHANGING = 2,
	/** Off under runtime power management. */
	DRM_SWITCH_POWER_DYNAMIC_OFF = 3,
};

/**
 * Mode-setting state of a device (reduced: the kernel's structure has over a hundred members;
 * these are the lists, counts and limits GETRESOURCES reports).
 */
struct drm_mode_config {
	/** Protects the configuration as a whole. */
	struct mutex mutex;
	/** Protects @object_idr and @tile_idr. */
	struct mutex idr_mutex;
	/** Ids of every mode object. */
	struct idr object_idr;
	/** Ids of tiled-display groups. */
	struct idr tile_idr;
	/** Protects @fb_list and @num_fb. */
	struct mutex fb_lock;
	/** Number of framebuffers. */
	int num_fb;
	/** The framebuffers. */
	struct list_head fb_list;
	/** Number of connectors. */
	int num_connector;
	/** The connectors. */
	struct list_head connector_list;
	/** Number of encoders. */
	int num_encoder;
	/** The encoders. */
	struct list_head encoder_list;
	/** Number of planes of every kind. */
	int num_total_plane;
	/** The planes. */
	struct list_head plane_list;
	/** Number of CRTCs. */
	int num_crtc;
	/** The CRTCs. */
	struct list_head crtc_list;
	/** Smallest framebuffer width. */
	int min_width;
	/** Smallest framebuffer height. */
	int min_height;
	/** Largest framebuffer width. */
	int max_width;
	/** Largest framebuffer height. */
	int max_height;
	/** Depth reported by DRM_CAP_DUMB_PREFERRED_DEPTH. */
	u32 preferred_depth;
	/** Value reported by DRM_CAP_DUMB_PREFER_SHADOW. */
	u32 prefer_shadow;
};

/** A device driven by a DRM driver. */
struct drm_device {
	/** Highest interface version a client set (legacy SET_VERSION). */
	int if_version;

	/** References to the device; it is released with the last. */
	struct kref ref;

	/** The underlying bus device. */
	struct device *dev;

	/** Resources released automatically when the device goes. */
	struct {
		/** The resources, newest first. */
		struct list_head resources;
		/** Memory freed last, after every resource. */
		void *final_kfree;
		/** Protects @resources. */
		spinlock_t lock;
	} managed;

	/** The driver. */
	const struct drm_driver *driver;

	/** The driver's per-device data. */
	void *dev_private;

	/** The primary (card) node. */
	struct drm_minor *primary;

	/** The render node, if the driver offers one. */
	struct drm_minor *render;

	/** Whether the device is registered with user space. */
	bool registered;

	/** The current master, or NULL. Protected by @master_mutex. */
	struct drm_master *master;

	/** Feature flags of this device: a subset of the driver's DRIVER_* flags. */
	u32 driver_features;

	/** Whether the device was unplugged; every ioctl then fails with -ENODEV. */
	bool unplugged;

	/** Inode of the anonymous file that backs the fake mmap offsets. */
	struct inode *anon_inode;

	/** Unique bus name returned by GET_UNIQUE. */
	char *unique;

	/** Legacy lock for driver-private state. */
	struct mutex struct_mutex;

	/** Protects @master and the files' master state. */
	struct mutex master_mutex;

	/** Number of open files on all nodes. */
	atomic_t open_count;

	/** Protects @filelist and @filelist_internal. */
	struct mutex filelist_mutex;
	/** Open files of user space. */
	struct list_head filelist;

	/** Files opened by in-kernel clients. */
	struct list_head filelist_internal;

	/** Protects @clientlist. */
	struct mutex clientlist_mutex;

	/** In-kernel clients (such as the framebuffer console). */
	struct list_head clientlist;

	/** Whether vblank interrupts may be disabled at once when unused. */
	bool vblank_disable_immediate;

	/** Per-CRTC vblank state, @num_crtcs entries. */
	struct drm_vblank_crtc *vblank;

	/** Protects vblank timestamps. */
	spinlock_t vblank_time_lock;
	/** Protects vblank counters. */
	spinlock_t vbl_lock;

	/** Largest value of the hardware vblank counter. */
	u32 max_vblank_count;

	/** Vblank events waiting for their vblank. */
	struct list_head vblank_event_list;

	/** Protects event delivery. */
	spinlock_t event_lock;

	/** Number of CRTCs with vblank state. */
	unsigned int num_crtcs;

	/** Mode-setting state. */
	struct drm_mode_config mode_config;

	/** Protects @object_name_idr and every object's name, dma_buf and handle_count. */
	struct mutex object_name_lock;

	/** Flink names of the device: name -> GEM object. */
	struct idr object_name_idr;

	/** The allocator of fake mmap offsets for GEM objects. */
	struct drm_vma_offset_manager *vma_offset_manager;

	/** VRAM manager of drivers using the VRAM helpers. */
	struct drm_vram_mm *vram_mm;

	/** Power state behind a GPU switcher. */
	enum switch_power_state switch_power_state;

	/** The framebuffer-console helper, if any. */
	struct drm_fb_helper *fb_helper;

	/* State of the pre-KMS, pre-GEM drivers only. */
#if IS_ENABLED(CONFIG_DRM_LEGACY)
	/** Link in the driver's list of legacy devices. */
	struct list_head legacy_dev_list;
	/** Hardware contexts. */
	struct list_head ctxlist;
	/** Protects @ctxlist. */
	struct mutex ctxlist_mutex;
	/** Context ids. */
	struct idr ctx_idr;
	/** Legacy memory maps. */
	struct list_head maplist;
	/** Legacy mmaps. */
	struct list_head vmalist;
	/** Legacy DMA state. */
	struct drm_device_dma *dma;
	/** Context-switch flag, written from interrupt context. */
	volatile long context_flag;
	/** Last context switched to. */
	int last_context;
	/** Protects @buf_use and @buf_alloc. */
	spinlock_t buf_lock;
	/** Buffers in use; no allocation while non-zero. */
	int buf_use;
	/** Allocations in progress. */
	atomic_t buf_alloc;
	/** Signal blocking state of the legacy hardware lock. */
	struct {
		/** Context that holds the lock. */
		int context;
		/** The lock. */
		struct drm_hw_lock *lock;
	} sigdata;
	/** AGP buffer map. */
	struct drm_local_map *agp_buffer_map;
	/** Token of @agp_buffer_map. */
	unsigned int agp_buffer_token;
	/** Scatter/gather memory. */
	struct drm_sg_mem *sg;
	/** Whether the legacy interrupt handler is installed. */
	bool irq_enabled;
	/** The legacy interrupt line. */
	int irq;
#endif
};

#endif /* _DRM_DEVICE_H_ */
