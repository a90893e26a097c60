/*
 * ioctl on a model file: the argument bytes the request's size names go to the server, the
 * bytes the model wrote come back, and so do the model's copy_to_user writes through pointers
 * inside the argument (drm_version's strings, drm_unique). A request that installs a descriptor
 * (PRIME export) gets the lowest free one, as fd_install would: a stand-in made just before.
 */
#include "shim.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

/* copies that fail as the kernel's would (EFAULT) instead of crashing the program */
static int user_copy(void *dst, const void *src, size_t n, int to_user)
{
	if (!n)
		return 0;
	struct iovec local = { to_user ? (void *)src : dst, n };
	struct iovec remote = { to_user ? dst : (void *)src, n };
	long r = syscall(to_user ? SYS_process_vm_writev : SYS_process_vm_readv, getpid(), &local, 1UL, &remote, 1UL, 0UL);
	if (r == (long)n)
		return 0;
	if (r < 0 && (errno == ENOSYS || errno == EPERM)) {
		memcpy(dst, src, n); /* no way to probe: trust the pointer */
		return 0;
	}
	return -1;
}

static int shim_ioctl(int fd, unsigned long request, void *arg)
{
	size_t size = _IOC_SIZE(request);
	unsigned char *in = NULL;
	size_t n = 0;
	if (arg && size) {
		in = malloc(size);
		if (in && user_copy(in, arg, size, 0) == 0)
			n = size;
	}
	/* only requests that return data can return a descriptor */
	int spare = (_IOC_DIR(request) & _IOC_READ) ? shim_new_stand_in(1) : -1;
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_IOCTL);
	msg_u32(&m, (uint32_t)fd);
	msg_u32(&m, (uint32_t)request);
	msg_u32(&m, (uint32_t)spare);
	msg_u32(&m, (uint32_t)n);
	msg_bytes(&m, in, n);
	int res = shim_call(&m, &r);
	int installed = (int)reply_u32(&r);
	int cloexec = (int)reply_u32(&r);
	uint32_t out_n = reply_u32(&r);
	const unsigned char *out = reply_bytes(&r, out_n);
	if (out && out_n == n && n) {
		/* write back only what changed: the kernel copies out only what the request returns */
		size_t lo = 0, hi = n;
		while (lo < n && out[lo] == in[lo])
			lo++;
		while (hi > lo && out[hi - 1] == in[hi - 1])
			hi--;
		if (lo < hi && user_copy((unsigned char *)arg + lo, out + lo, hi - lo, 1))
			res = -EFAULT;
	}
	uint32_t copies = reply_u32(&r);
	for (uint32_t i = 0; i < copies; i++) {
		uint64_t addr = reply_u64(&r);
		uint32_t len = reply_u32(&r);
		const unsigned char *bytes = reply_bytes(&r, len);
		if (!bytes || user_copy((void *)(uintptr_t)addr, bytes, len, 1))
			res = -EFAULT;
	}
	reply_free(&r);
	free(in);
	if (spare >= 0) {
		if (installed == spare) {
			shim_set_kind(spare, SHIM_KIND_DMABUF);
			if (!cloexec)
				syscall(SYS_fcntl, spare, F_SETFD, 0);
		} else {
			syscall(SYS_close, spare);
		}
	}
	shim_trace("ioctl(%d, %#lx) = %d", fd, request, res);
	if (res < 0) {
		errno = -res;
		return -1;
	}
	return res;
}

int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	va_start(ap, request);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	/* the VFS answers these before the file's ioctl: they act on the descriptor */
	int vfs = request == FIOCLEX || request == FIONCLEX || request == FIONBIO || request == FIOASYNC;
	if (shim_kind(fd) && !vfs)
		return shim_ioctl(fd, request, arg);
	REAL(int, ioctl, int, unsigned long, ...);
	return real_ioctl(fd, request, arg);
}
