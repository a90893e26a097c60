/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Buffers shared between drivers through file descriptors (models include/linux/dma-buf.h,
 * Linux 6.1, with struct iosys_map of linux/iosys-map.h and enum dma_data_direction of
 * linux/dma-direction.h, which it needs).
 *
 * An exporter wraps its buffer in a struct dma_buf with a table of operations; the buffer is an
 * anonymous file, so passing the descriptor to another process or driver shares the buffer, and
 * the file's reference count decides its lifetime.
 */
#ifndef __DMA_BUF_H__
#define __DMA_BUF_H__

#include <linux/types.h>
#include <linux/fs.h>
#include <linux/mutex.h>
#include <linux/spinlock_types.h>
#include <linux/wait.h>
#include <linux/dma-resv.h>
#include <linux/dma-fence.h>

struct device;
struct module;
struct sg_table;
struct vm_area_struct;
struct dma_fence;
struct dma_fence_cb;
struct dma_buf;
struct dma_buf_attachment;
struct dma_buf_attach_ops;
struct dma_buf_sysfs_entry;

/** Which way data moves in a DMA transfer. */
enum dma_data_direction {
	/** Both ways. */
	DMA_BIDIRECTIONAL = 0,
	/** From memory to the device. */
	DMA_TO_DEVICE = 1,
	/** From the device to memory. */
	DMA_FROM_DEVICE = 2,
	/** No transfer (only valid for debugging). */
	DMA_NONE = 3,
};

/**
 * A kernel virtual address of a buffer, which may be I/O memory (then only the I/O accessors may
 * touch it) or ordinary memory.
 */
struct iosys_map {
	union {
		/** The address when @is_iomem. */
		void __iomem *vaddr_iomem;
		/** The address otherwise. */
		void *vaddr;
	};
	/** Whether the address is I/O memory. */
	bool is_iomem;
};

/**
 * What an exporter implements for its buffers. Only @map_dma_buf, @unmap_dma_buf and @release
 * are mandatory.
 */
struct dma_buf_ops {
	/** Whether the core may keep a mapping cached per attachment. */
	bool cache_sgt_mapping;
	/** Checks that a device can use the buffer when it attaches. */
	int (*attach)(struct dma_buf *, struct dma_buf_attachment *);
	/** Undoes @attach. */
	void (*detach)(struct dma_buf *, struct dma_buf_attachment *);
	/** Keeps the backing storage in place for an importer that cannot follow moves. */
	int (*pin)(struct dma_buf_attachment *attach);
	/** Undoes @pin. */
	void (*unpin)(struct dma_buf_attachment *attach);
	/** Gives the importing device a scatter list of the buffer. */
	struct sg_table *(*map_dma_buf)(struct dma_buf_attachment *, enum dma_data_direction);
	/** Undoes @map_dma_buf. */
	void (*unmap_dma_buf)(struct dma_buf_attachment *, struct sg_table *,
			      enum dma_data_direction);
	/** Called after the last reference to the buffer is gone. */
	void (*release)(struct dma_buf *);
	/** Makes the buffer coherent for CPU access. */
	int (*begin_cpu_access)(struct dma_buf *, enum dma_data_direction);
	/** Ends a CPU access started with @begin_cpu_access. */
	int (*end_cpu_access)(struct dma_buf *, enum dma_data_direction);
	/** Maps the buffer into a user address space (mmap on the dma-buf descriptor). */
	int (*mmap)(struct dma_buf *, struct vm_area_struct *vma);
	/** Maps the buffer into the kernel's address space. */
	int (*vmap)(struct dma_buf *dmabuf, struct iosys_map *map);
	/** Undoes @vmap. */
	void (*vunmap)(struct dma_buf *dmabuf, struct iosys_map *map);
};

/** A shared buffer. */
struct dma_buf {
	/** Size in bytes; fixed for the buffer's lifetime. */
	size_t size;
	/** The anonymous file that stands for the buffer; its refcount is the buffer's. */
	struct file *file;
	/** Devices attached to the buffer. */
	struct list_head attachments;
	/** The exporter's operations. */
	const struct dma_buf_ops *ops;
	/** Protects @vmapping_counter and @vmap_ptr. */
	struct mutex lock;
	/** Number of kernel mappings through @vmap_ptr. */
	unsigned vmapping_counter;
	/** The current kernel mapping while @vmapping_counter is non-zero. */
	struct iosys_map vmap_ptr;
	/** Name of the exporter, for debugging. */
	const char *exp_name;
	/** Name user space gave the buffer, for debugging. */
	const char *name;
	/** Protects @name. */
	spinlock_t name_lock;
	/** The exporting module, kept loaded while the buffer exists. */
	struct module *owner;
	/** Link in the global list of buffers. */
	struct list_head list_node;
	/** The exporter's private data (DRM stores its GEM object here). */
	void *priv;
	/** Reservation object of the buffer (the exporter's, or one of its own). */
	struct dma_resv *resv;
	/** Waiters in poll() on the descriptor. */
	wait_queue_head_t poll;
	/** Poll state for readers (@cb_in) and writers (@cb_out). */
	struct dma_buf_poll_cb_t {
		/** Callback on the fence being waited for. */
		struct dma_fence_cb cb;
		/** The wait queue to wake. */
		wait_queue_head_t *poll;
		/** Events still awaited. */
		__poll_t active;
	} cb_in, cb_out;
#ifdef CONFIG_DMABUF_SYSFS_STATS
	/** The buffer's entry under /sys/kernel/dmabuf/buffers. */
	struct dma_buf_sysfs_entry *sysfs_entry;
#endif
};

/** One device's use of a shared buffer. */
struct dma_buf_attachment {
	/** The buffer. */
	struct dma_buf *dmabuf;
	/** The device that attached. */
	struct device *dev;
	/** Link in the buffer's list of attachments. */
	struct list_head node;
	/** Cached mapping, when the exporter allows caching. */
	struct sg_table *sgt;
	/** Direction of the cached mapping. */
	enum dma_data_direction dir;
	/** Whether the importer can reach the exporter's memory directly. */
	bool peer2peer;
	/** Callbacks of a dynamic importer, or NULL. */
	const struct dma_buf_attach_ops *importer_ops;
	/** The importer's private data. */
	void *importer_priv;
	/** The exporter's private data. */
	void *priv;
};

/** What dma_buf_export() needs to create a shared buffer. */
struct dma_buf_export_info {
	/** Name of the exporter. */
	const char *exp_name;
	/** The exporting module. */
	struct module *owner;
	/** The exporter's operations. */
	const struct dma_buf_ops *ops;
	/** Size of the buffer in bytes. */
	size_t size;
	/** Open flags of the buffer's file (O_RDWR, O_CLOEXEC ...). */
	int flags;
	/** Reservation object to share, or NULL for a new one. */
	struct dma_resv *resv;
	/** The exporter's private data. */
	void *priv;
};

/* Declares an export-info variable filled with the calling module's name and owner. */
#define DEFINE_DMA_BUF_EXPORT_INFO(name)	\
	struct dma_buf_export_info name = { .exp_name = KBUILD_MODNAME, .owner = THIS_MODULE }

/**
 * get_dma_buf - take a reference on a buffer (a reference on its file).
 * @dmabuf: the buffer; the caller must already hold a reference
 */
static inline void get_dma_buf(struct dma_buf *dmabuf)
{
	__atomic_fetch_add(&dmabuf->file->f_count.counter, 1, __ATOMIC_RELAXED);
}

/**
 * dma_buf_is_dynamic - whether the exporter supports moving the buffer while it is attached.
 * @dmabuf: the buffer
 */
static inline bool dma_buf_is_dynamic(struct dma_buf *dmabuf)
{
	return dmabuf->ops->pin != NULL;
}

/** Creates a shared buffer; returns it or an error pointer. */
struct dma_buf *dma_buf_export(const struct dma_buf_export_info *exp_info);
/** Installs a descriptor for the buffer; consumes the caller's reference on success. */
int dma_buf_fd(struct dma_buf *dmabuf, int flags);
/** The buffer behind a descriptor, with a new reference; an error pointer if it is not one. */
struct dma_buf *dma_buf_get(int fd);
/** Drops a reference taken by dma_buf_get() or get_dma_buf(). */
void dma_buf_put(struct dma_buf *dmabuf);
/** Attaches a device to the buffer. */
struct dma_buf_attachment *dma_buf_attach(struct dma_buf *dmabuf, struct device *dev);
/** Detaches a device from the buffer. */
void dma_buf_detach(struct dma_buf *dmabuf, struct dma_buf_attachment *attach);
/** Maps the buffer into a user mapping, starting @pgoff pages in. */
int dma_buf_mmap(struct dma_buf *dmabuf, struct vm_area_struct *vma, unsigned long pgoff);
/** Maps the buffer into the kernel's address space. */
int dma_buf_vmap(struct dma_buf *dmabuf, struct iosys_map *map);
/** Undoes dma_buf_vmap(). */
void dma_buf_vunmap(struct dma_buf *dmabuf, struct iosys_map *map);

#endif /* __DMA_BUF_H__ */
