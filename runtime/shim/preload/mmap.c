/*
 * mmap of a model file maps the object's pages themselves: the server keeps every object's
 * pages in one shared file and says where; the program maps that range, so a store through any
 * mapping (DRM fd, dma-buf, another process, the model) is seen by all. Pages past what the
 * model shows come from an empty file and fault with SIGBUS.
 */
#include "shim.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE 4096UL

struct shim_map {
	uintptr_t start, end;
	uint32_t id;
};
/* the table of the process's model mappings; threads may map concurrently */
static pthread_mutex_t maps_lock = PTHREAD_MUTEX_INITIALIZER;
static struct shim_map *maps;
static size_t nmaps, capmaps;
static int empty_fd = -1;

int shim_empty_fd_peek(void)
{
	return empty_fd;
}

int shim_empty_fd(void)
{
	if (empty_fd < 0) {
		int fd = (int)syscall(SYS_memfd_create, "tsbindgen-shim-empty", MFD_CLOEXEC);
		if (fd >= 0) {
			int high = (int)syscall(SYS_fcntl, fd, F_DUPFD_CLOEXEC, 900);
			if (high >= 0) {
				syscall(SYS_close, fd);
				fd = high;
			}
		}
		empty_fd = fd;
	}
	return empty_fd;
}

static void model_munmap(uint32_t id)
{
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_MUNMAP);
	msg_u32(&m, id);
	shim_call(&m, &r);
	reply_free(&r);
	shim_trace("munmap(map %u)", id);
}

static void unmap_range_locked(void *addr, size_t len)
{
	uintptr_t a = (uintptr_t)addr, b = a + ((len + PAGE - 1) & ~(PAGE - 1));
	for (size_t i = 0; i < nmaps;) {
		struct shim_map *s = &maps[i];
		if (s->end <= a || s->start >= b) {
			i++;
		} else if (a <= s->start && b >= s->end) {
			model_munmap(s->id);
			*s = maps[--nmaps];
		} else {
			/* a partial unmap keeps the model's mapping until the last page goes */
			if (a <= s->start)
				s->start = b;
			else if (b >= s->end)
				s->end = a;
			i++;
		}
	}
}

void shim_unmap_range(void *addr, size_t len)
{
	pthread_mutex_lock(&maps_lock);
	unmap_range_locked(addr, len);
	pthread_mutex_unlock(&maps_lock);
}

static void *shim_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	REAL(void *, mmap, void *, size_t, int, int, int, off_t);
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_MMAP);
	msg_u32(&m, (uint32_t)fd);
	msg_u64(&m, (uint64_t)off);
	msg_u64(&m, (uint64_t)len);
	msg_u32(&m, (uint32_t)prot);
	int res = shim_call(&m, &r);
	uint32_t id = reply_u32(&r);
	uint64_t at = reply_u64(&r);
	uint64_t shown = reply_u64(&r);
	reply_free(&r);
	if (res < 0) {
		shim_trace("mmap(%d, %#llx, %zu) = %d", fd, (unsigned long long)off, len, res);
		errno = -res;
		return MAP_FAILED;
	}
	int pages = shim_pages_fd();
	size_t full = (len + PAGE - 1) & ~(PAGE - 1);
	void *p = pages < 0 ? MAP_FAILED : real_mmap(addr, len, prot, flags, pages, (off_t)at);
	if (p == MAP_FAILED) {
		int e = pages < 0 ? EIO : errno;
		model_munmap(id);
		errno = e;
		return MAP_FAILED;
	}
	shown = (shown + PAGE - 1) & ~(PAGE - 1);
	if (shown < full && shim_empty_fd() >= 0)
		real_mmap((char *)p + shown, full - shown, prot, (flags & ~MAP_FIXED_NOREPLACE) | MAP_FIXED, empty_fd, 0);
	pthread_mutex_lock(&maps_lock);
	if (flags & MAP_FIXED)
		unmap_range_locked(p, len);
	if (nmaps == capmaps) {
		capmaps = capmaps ? capmaps * 2 : 16;
		maps = realloc(maps, capmaps * sizeof *maps);
		if (!maps)
			abort();
	}
	maps[nmaps++] = (struct shim_map){ (uintptr_t)p, (uintptr_t)p + full, id };
	pthread_mutex_unlock(&maps_lock);
	shim_trace("mmap(%d, %#llx, %zu) = %p (map %u, page file at %#llx)", fd, (unsigned long long)off, len, p, id,
		   (unsigned long long)at);
	return p;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	if (shim_kind(fd))
		return shim_mmap(addr, len, prot, flags, fd, off);
	REAL(void *, mmap, void *, size_t, int, int, int, off_t);
	void *p = real_mmap(addr, len, prot, flags, fd, off);
	if (p != MAP_FAILED && (flags & MAP_FIXED) && nmaps)
		shim_unmap_range(p, len);
	return p;
}

void *mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	return mmap(addr, len, prot, flags, fd, off);
}

int munmap(void *addr, size_t len)
{
	REAL(int, munmap, void *, size_t);
	int r = real_munmap(addr, len);
	if (r == 0 && nmaps)
		shim_unmap_range(addr, len);
	return r;
}
