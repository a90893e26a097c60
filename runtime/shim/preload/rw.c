/*
 * lseek, read and write on model files. lseek is the model's (a dma-buf's SEEK_END gives its
 * size, a DRM file's position never moves). Neither file type has a write op, nor a dma-buf a
 * read op: the VFS answers EBADF when the file is not open for it, else EINVAL. A DRM file's
 * read waits for events that vgem never sends; the stand-in eventfd's read waits (or says
 * EAGAIN) the same way.
 */
#include "shim.h"

#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

static off_t shim_lseek(int fd, off_t offset, int whence)
{
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_LSEEK);
	msg_u32(&m, (uint32_t)fd);
	msg_u64(&m, (uint64_t)offset);
	msg_u32(&m, (uint32_t)whence);
	int res = shim_call(&m, &r);
	uint64_t pos = reply_u64(&r);
	reply_free(&r);
	if (res < 0)
		return errno = -res, -1;
	return (off_t)pos;
}

off_t lseek(int fd, off_t offset, int whence)
{
	if (shim_kind(fd))
		return shim_lseek(fd, offset, whence);
	REAL(off_t, lseek, int, off_t, int);
	return real_lseek(fd, offset, whence);
}

off_t lseek64(int fd, off_t offset, int whence)
{
	return lseek(fd, offset, whence);
}

/* vfs_write without a write op: EBADF unless open for writing, then EINVAL */
static ssize_t no_write(int fd)
{
	int flags = shim_model_flags(fd);
	errno = flags < 0 ? -flags : (flags & O_ACCMODE) == O_RDONLY ? EBADF : EINVAL;
	return -1;
}

ssize_t write(int fd, const void *buf, size_t n)
{
	if (shim_kind(fd))
		return no_write(fd);
	REAL(ssize_t, write, int, const void *, size_t);
	return real_write(fd, buf, n);
}

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	if (shim_kind(fd))
		return no_write(fd);
	REAL(ssize_t, writev, int, const struct iovec *, int);
	return real_writev(fd, iov, n);
}

ssize_t read(int fd, void *buf, size_t n)
{
	if (shim_kind(fd) == SHIM_KIND_DMABUF)
		return errno = EINVAL, -1;
	REAL(ssize_t, read, int, void *, size_t);
	return real_read(fd, buf, n);
}
