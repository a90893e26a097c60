/*
 * open and the descriptor calls. A file the model opens is represented in the program by a real
 * descriptor of its own (an eventfd), so the program's descriptor table behaves as the kernel's:
 * numbers, close-on-exec, dup sharing one open file. The server keeps the model's side in step.
 */
#include "shim.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

int shim_open_model(const char *path, int flags)
{
	int cloexec = !!(flags & O_CLOEXEC);
	int fd = shim_new_stand_in(cloexec);
	if (fd < 0)
		return -1;
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_OPEN);
	msg_u32(&m, (uint32_t)fd);
	msg_u32(&m, (uint32_t)flags);
	msg_bytes(&m, path, strlen(path));
	int res = shim_call(&m, &r);
	uint32_t kind = reply_u32(&r);
	reply_free(&r);
	shim_trace("open(\"%s\", %#o) = %d", path, flags, res < 0 ? res : fd);
	if (res < 0) {
		syscall(SYS_close, fd);
		errno = -res;
		return -1;
	}
	shim_set_kind(fd, (int)kind);
	return fd;
}

int shim_open_fdinfo(int fd, int flags)
{
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_FDINFO);
	msg_u32(&m, (uint32_t)fd);
	/* what the descriptor adds to the model's f_flags: close-on-exec and F_SETFL's bits */
	uint32_t extra = (syscall(SYS_fcntl, fd, F_GETFD) & FD_CLOEXEC) ? O_CLOEXEC : 0;
	msg_u32(&m, extra | ((uint32_t)syscall(SYS_fcntl, fd, F_GETFL) & SHIM_SETFL_FLAGS));
	int res = shim_call(&m, &r);
	if (res < 0) {
		reply_free(&r);
		errno = -res;
		return -1;
	}
	int out = (int)syscall(SYS_memfd_create, "fdinfo", (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
	if (out >= 0) {
		size_t n = r.len;
		if (syscall(SYS_write, out, r.buf, n) != (long)n || syscall(SYS_lseek, out, 0, SEEK_SET) != 0) {
			syscall(SYS_close, out);
			out = -1;
			errno = EIO;
		}
	}
	reply_free(&r);
	shim_trace("open(/proc/self/fdinfo/%d) = %d", fd, out);
	return out;
}

/* -1: not ours (use the real call); else the answer (an fd or -1 with errno) in *fd */
static int open_ours(int dirfd, const char *path, int flags, int *fd)
{
	char norm[4096], abs[4096], redirected[4096];
	if (!shim_enabled() || !path || (path[0] != '/' && dirfd != AT_FDCWD))
		return -1;
	if (shim_normalize(path, norm, sizeof norm))
		return -1;
	int n = shim_proc_fd(norm, "fdinfo");
	if (n >= 0) {
		*fd = shim_open_fdinfo(n, flags);
		return 0;
	}
	n = shim_proc_fd(norm, "fd");
	if (n >= 0) {
		/* the same number in the model (its pid differs); a trailing "/" or "/." still asks for a
		 * directory, which the model refuses as the kernel does */
		size_t len = strlen(path);
		int as_dir = (len && path[len - 1] == '/') || (len > 1 && path[len - 1] == '.' && path[len - 2] == '/');
		snprintf(abs, sizeof abs, "/proc/self/fd/%d%s", n, as_dir ? "/" : "");
		*fd = shim_open_model(abs, flags);
		return 0;
	}
	if (shim_is_dri(norm) && !(strcmp(norm, "/dev/dri") == 0 && (flags & O_ACCMODE) == O_RDONLY)) {
		/* the model resolves the path itself, so it gets it as written (made absolute) */
		if (path[0] == '/')
			snprintf(abs, sizeof abs, "%s", path);
		else if (!getcwd(abs, sizeof abs) || strlen(abs) + strlen(path) + 2 > sizeof abs)
			return -1;
		else
			strcat(strcat(abs, "/"), path);
		*fd = shim_open_model(abs, flags);
		return 0;
	}
	if (shim_redirect(norm, redirected, sizeof redirected)) {
		*fd = (int)syscall(SYS_openat, AT_FDCWD, redirected, flags, 0); /* -1 and errno on failure */
		return 0;
	}
	return -1;
}

static mode_t mode_arg(int flags, va_list ap)
{
	return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? (mode_t)va_arg(ap, int) : 0;
}

#define OPEN_FN(name, real_call)                                               \
	int name(const char *path, int flags, ...)                             \
	{                                                                      \
		va_list ap;                                                    \
		va_start(ap, flags);                                           \
		mode_t mode = mode_arg(flags, ap);                             \
		va_end(ap);                                                    \
		int fd;                                                        \
		if (open_ours(AT_FDCWD, path, flags, &fd) == 0)                \
			return fd;                                             \
		REAL(int, name, const char *, int, ...);                       \
		return real_call;                                              \
	}
OPEN_FN(open, real_open(path, flags, mode))
OPEN_FN(open64, real_open64(path, flags, mode))

#define OPENAT_FN(name)                                                        \
	int name(int dirfd, const char *path, int flags, ...)                  \
	{                                                                      \
		va_list ap;                                                    \
		va_start(ap, flags);                                           \
		mode_t mode = mode_arg(flags, ap);                             \
		va_end(ap);                                                    \
		int fd;                                                        \
		if (open_ours(dirfd, path, flags, &fd) == 0)                   \
			return fd;                                             \
		REAL(int, name, int, const char *, int, ...);                  \
		return real_##name(dirfd, path, flags, mode);                  \
	}
OPENAT_FN(openat)
OPENAT_FN(openat64)

/* the fortified entry points (_FORTIFY_SOURCE builds call these) */
int __open_2(const char *path, int flags)
{
	return open(path, flags);
}
int __open64_2(const char *path, int flags)
{
	return open64(path, flags);
}
int __openat_2(int dirfd, const char *path, int flags)
{
	return openat(dirfd, path, flags);
}
int __openat64_2(int dirfd, const char *path, int flags)
{
	return openat64(dirfd, path, flags);
}

static int fopen_flags(const char *mode)
{
	int flags = mode[0] == 'r' ? O_RDONLY : mode[0] == 'w' ? O_WRONLY | O_CREAT | O_TRUNC : O_WRONLY | O_CREAT | O_APPEND;
	for (const char *p = mode + 1; *p; p++) {
		if (*p == '+')
			flags = (flags & ~O_ACCMODE) | O_RDWR;
		else if (*p == 'e')
			flags |= O_CLOEXEC;
		else if (*p == 'x')
			flags |= O_EXCL;
	}
	return flags;
}

#define FOPEN_FN(name)                                                         \
	FILE *name(const char *path, const char *mode)                         \
	{                                                                      \
		int fd;                                                        \
		if (mode && open_ours(AT_FDCWD, path, fopen_flags(mode), &fd) == 0) \
			return fd < 0 ? NULL : fdopen(fd, mode);               \
		REAL(FILE *, name, const char *, const char *);                \
		return real_##name(path, mode);                                \
	}
FOPEN_FN(fopen)
FOPEN_FN(fopen64)

int close(int fd)
{
	if (shim_is_private(fd))
		return 0; /* the shim's own descriptors are not the program's to close */
	if (shim_kind(fd)) {
		shim_trace("close(%d)", fd);
		shim_forget(fd);
	}
	REAL(int, close, int);
	return real_close(fd);
}

/* the model's side of a successful dup of `old` into `fd` */
static void dup_ours(int old, int fd, int cloexec)
{
	if (fd < 0 || !shim_kind(old))
		return;
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_DUP);
	msg_u32(&m, (uint32_t)old);
	msg_u32(&m, (uint32_t)fd);
	msg_u32(&m, (uint32_t)cloexec);
	int res = shim_call(&m, &r);
	reply_free(&r);
	shim_trace("dup(%d) = %d (%d)", old, fd, res);
	if (res >= 0)
		shim_set_kind(fd, shim_kind(old));
}

int dup(int old)
{
	REAL(int, dup, int);
	int fd = real_dup(old);
	dup_ours(old, fd, 0);
	return fd;
}

static int dup3_common(int old, int fd, int flags, int r)
{
	if (r >= 0 && old != fd) {
		shim_forget(fd); /* the kernel closed what was there */
		dup_ours(old, fd, !!(flags & O_CLOEXEC));
	}
	return r;
}

int dup2(int old, int fd)
{
	REAL(int, dup2, int, int);
	return dup3_common(old, fd, 0, real_dup2(old, fd));
}

int dup3(int old, int fd, int flags)
{
	REAL(int, dup3, int, int, int);
	return dup3_common(old, fd, flags, real_dup3(old, fd, flags));
}

int shim_model_flags(int fd)
{
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_FSTAT);
	msg_u32(&m, (uint32_t)fd);
	int res = shim_call(&m, &r);
	reply_u64(&r);
	reply_u32(&r);
	uint32_t flags = reply_u32(&r);
	reply_free(&r);
	return res < 0 ? res : (int)flags;
}

static int fcntl_common(int fd, int cmd, unsigned long arg, int (*real)(int, int, ...))
{
	if (!shim_kind(fd))
		return real(fd, cmd, arg);
	if (cmd == F_GETFL) {
		int flags = shim_model_flags(fd);
		int set = real(fd, F_GETFL) & SHIM_SETFL_FLAGS;
		if (flags < 0) {
			errno = -flags;
			return -1;
		}
		return flags | set;
	}
	int r = real(fd, cmd, arg);
	if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC)
		dup_ours(fd, r, cmd == F_DUPFD_CLOEXEC);
	return r;
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	unsigned long arg = va_arg(ap, unsigned long);
	va_end(ap);
	REAL(int, fcntl, int, int, ...);
	return fcntl_common(fd, cmd, arg, real_fcntl);
}

int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	unsigned long arg = va_arg(ap, unsigned long);
	va_end(ap);
	REAL(int, fcntl64, int, int, ...);
	return fcntl_common(fd, cmd, arg, real_fcntl64);
}

/* closes [first, last] around the shim's own descriptors */
int close_range(unsigned int first, unsigned int last, int flags)
{
	REAL(int, close_range, unsigned int, unsigned int, int);
	if (!shim_enabled())
		return real_close_range(first, last, flags);
	unsigned int from = first;
	for (unsigned int fd = first; fd <= last; fd++) {
		int private_fd = shim_is_private((int)fd);
		if (!private_fd && !(flags & CLOSE_RANGE_CLOEXEC))
			shim_forget((int)fd);
		if (private_fd || fd == last) {
			unsigned int to = private_fd ? fd - 1 : fd;
			if (from <= to && fd >= from && real_close_range(from, to, flags) < 0)
				return -1;
			from = fd + 1;
		}
		if (fd >= 65536 && !private_fd) {
			/* past every descriptor the shim could hold: the rest in one call */
			return from <= last ? real_close_range(from, last, flags) : 0;
		}
	}
	return 0;
}
