/* The translation unit of the GEM bindings: the headers the kernel's Rust DRM abstractions bind
 * (rust/bindings/bindings_helper.h includes the drm ones), plus what the GEM object embeds. */
#include <drm/drm_device.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>
#include <drm/drm_gem.h>
#include <drm/drm_ioctl.h>
#include <drm/drm_vma_manager.h>
#include <drm/drm_mm.h>
#include <drm/drm_prime.h>
#include <linux/dma-buf.h>
#include <linux/dma-resv.h>
#include <linux/kref.h>
#include <linux/refcount.h>
#include <linux/slab.h>
