/*
 * stat and the other path lookups. A DRM node is a character device 226:minor with the guest's
 * mode 0666, on the emulated /dev/dri (so stat of the path and fstat of an open file agree, as
 * same_file needs); a dma-buf is an inode of its own on a pseudo filesystem; sysfs entries come
 * from the emulated tree.
 */
#include "shim.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#define DRM_MAJOR 226
/* st_dev of dma-buf inodes: no real filesystem has it */
#define DMABUF_DEV makedev(0, 0xdb)

static int real_stat_path(const char *path, struct stat *st, int nofollow)
{
	/* syscall(2) returns -1 and sets errno itself */
	return (int)syscall(SYS_newfstatat, AT_FDCWD, path, st, nofollow ? AT_SYMLINK_NOFOLLOW : 0);
}

/* a node of the emulated /dev/dri, dressed as the character device it stands for */
static int node_stat(const char *name, struct stat *st)
{
	char path[4096];
	unsigned minor;
	if (sscanf(name, "card%u", &minor) != 1 && sscanf(name, "renderD%u", &minor) != 1)
		return errno = ENOENT, -1;
	snprintf(path, sizeof path, "%s/dev/dri/%s", shim_root(), name);
	if (real_stat_path(path, st, 0))
		return -1;
	st->st_mode = S_IFCHR | 0666;
	st->st_rdev = makedev(DRM_MAJOR, minor);
	st->st_size = 0;
	st->st_blocks = 0;
	return 0;
}

static int model_fstat(int fd, struct stat *st)
{
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_FSTAT);
	msg_u32(&m, (uint32_t)fd);
	int res = shim_call(&m, &r);
	uint64_t ino = reply_u64(&r);
	uint32_t kind = reply_u32(&r);
	reply_u32(&r);
	uint32_t minor = reply_u32(&r);
	reply_free(&r);
	if (res < 0)
		return errno = -res, -1;
	if (kind == SHIM_KIND_PRIMARY || kind == SHIM_KIND_RENDER) {
		char name[32];
		snprintf(name, sizeof name, kind == SHIM_KIND_PRIMARY ? "card%u" : "renderD%u", minor);
		return node_stat(name, st);
	}
	if (syscall(SYS_fstat, fd, st) < 0)
		return -1;
	st->st_dev = DMABUF_DEV;
	st->st_ino = ino;
	return 0;
}

/* -1: not ours; else the answer */
static int stat_ours(const char *path, struct stat *st, int nofollow, int *res)
{
	char norm[4096], redirected[4096];
	if (!shim_enabled() || shim_normalize(path, norm, sizeof norm))
		return -1;
	int fd = shim_proc_fd(norm, "fd");
	if (fd >= 0 && !nofollow) {
		*res = model_fstat(fd, st);
		return 0;
	}
	if (shim_is_dri(norm) && strcmp(norm, "/dev/dri") != 0) {
		const char *name = norm + strlen("/dev/dri/");
		size_t n = strlen(path);
		/* a trailing "/" (or "/.") asks for a directory, and a node is none */
		int as_dir = (n && path[n - 1] == '/') || (n > 1 && path[n - 1] == '.' && path[n - 2] == '/');
		*res = node_stat(name, st);
		if (*res == 0 && (as_dir || strchr(name, '/')))
			*res = (errno = ENOTDIR, -1);
		return 0;
	}
	if (shim_redirect(norm, redirected, sizeof redirected)) {
		*res = real_stat_path(redirected, st, nofollow);
		return 0;
	}
	return -1;
}

static int stat_common(const char *path, struct stat *st, int nofollow)
{
	int res;
	if (stat_ours(path, st, nofollow, &res) == 0)
		return res;
	return real_stat_path(path, st, nofollow);
}

static int fstat_common(int fd, struct stat *st)
{
	if (shim_kind(fd))
		return model_fstat(fd, st);
	return (int)syscall(SYS_fstat, fd, st);
}

static int fstatat_common(int dirfd, const char *path, struct stat *st, int flags)
{
	if ((flags & AT_EMPTY_PATH) && path && !*path)
		return fstat_common(dirfd, st);
	if (path && (path[0] == '/' || dirfd == AT_FDCWD))
		return stat_common(path, st, !!(flags & AT_SYMLINK_NOFOLLOW));
	return (int)syscall(SYS_newfstatat, dirfd, path, st, flags);
}

/* glibc >= 2.33 exports these; older binaries call the __xstat family (x86_64: one layout) */
int stat(const char *path, struct stat *st) { return stat_common(path, st, 0); }
int stat64(const char *path, struct stat64 *st) { return stat_common(path, (struct stat *)st, 0); }
int lstat(const char *path, struct stat *st) { return stat_common(path, st, 1); }
int lstat64(const char *path, struct stat64 *st) { return stat_common(path, (struct stat *)st, 1); }
int fstat(int fd, struct stat *st) { return fstat_common(fd, st); }
int fstat64(int fd, struct stat64 *st) { return fstat_common(fd, (struct stat *)st); }
int fstatat(int dirfd, const char *path, struct stat *st, int flags) { return fstatat_common(dirfd, path, st, flags); }
int fstatat64(int dirfd, const char *path, struct stat64 *st, int flags)
{
	return fstatat_common(dirfd, path, (struct stat *)st, flags);
}
int __xstat(int ver, const char *path, struct stat *st) { (void)ver; return stat_common(path, st, 0); }
int __xstat64(int ver, const char *path, struct stat64 *st) { (void)ver; return stat_common(path, (struct stat *)st, 0); }
int __lxstat(int ver, const char *path, struct stat *st) { (void)ver; return stat_common(path, st, 1); }
int __lxstat64(int ver, const char *path, struct stat64 *st) { (void)ver; return stat_common(path, (struct stat *)st, 1); }
int __fxstat(int ver, int fd, struct stat *st) { (void)ver; return fstat_common(fd, st); }
int __fxstat64(int ver, int fd, struct stat64 *st) { (void)ver; return fstat_common(fd, (struct stat *)st); }
int __fxstatat(int ver, int dirfd, const char *path, struct stat *st, int flags)
{
	(void)ver;
	return fstatat_common(dirfd, path, st, flags);
}
int __fxstatat64(int ver, int dirfd, const char *path, struct stat64 *st, int flags)
{
	(void)ver;
	return fstatat_common(dirfd, path, (struct stat *)st, flags);
}

int access(const char *path, int mode)
{
	struct stat st;
	int res;
	if (stat_ours(path, &st, 0, &res) == 0)
		return res;
	REAL(int, access, const char *, int);
	return real_access(path, mode);
}

/* ---- links ---- */
static ssize_t readlink_ours(const char *path, char *buf, size_t size, int *hit)
{
	char norm[4096], redirected[4096];
	*hit = 0;
	if (!shim_enabled() || shim_normalize(path, norm, sizeof norm))
		return -1;
	int fd = shim_proc_fd(norm, "fd");
	if (fd >= 0) {
		struct stat st;
		char target[64];
		*hit = 1;
		if (model_fstat(fd, &st))
			return -1;
		if (S_ISCHR(st.st_mode))
			snprintf(target, sizeof target, major(st.st_rdev) == DRM_MAJOR && minor(st.st_rdev) >= 128 ? "/dev/dri/renderD%u" : "/dev/dri/card%u", minor(st.st_rdev));
		else
			snprintf(target, sizeof target, "/dmabuf:");
		size_t n = strlen(target) < size ? strlen(target) : size;
		memcpy(buf, target, n);
		return (ssize_t)n;
	}
	if (shim_redirect(norm, redirected, sizeof redirected)) {
		*hit = 1;
		return syscall(SYS_readlinkat, AT_FDCWD, redirected, buf, size);
	}
	return -1;
}

ssize_t readlink(const char *path, char *buf, size_t size)
{
	int hit;
	ssize_t r = readlink_ours(path, buf, size, &hit);
	if (hit)
		return r;
	REAL(ssize_t, readlink, const char *, char *, size_t);
	return real_readlink(path, buf, size);
}

ssize_t __readlink_chk(const char *path, char *buf, size_t size, size_t buflen)
{
	(void)buflen;
	return readlink(path, buf, size);
}

/* realpath inside the emulated tree, answered without its root */
static char *realpath_ours(const char *path, char *resolved, int *hit)
{
	char norm[4096], redirected[4096];
	*hit = 0;
	if (!shim_enabled() || shim_normalize(path, norm, sizeof norm))
		return NULL;
	if (!shim_redirect(norm, redirected, sizeof redirected)) {
		if (!shim_is_dri(norm) || snprintf(redirected, sizeof redirected, "%s%s", shim_root(), norm) >= (int)sizeof redirected)
			return NULL;
	}
	*hit = 1;
	REAL(char *, realpath, const char *, char *);
	char *full = real_realpath(redirected, NULL);
	if (!full)
		return NULL;
	size_t root = strlen(shim_root());
	const char *shown = strncmp(full, shim_root(), root) == 0 ? full + root : full;
	char *out = resolved ? resolved : malloc(PATH_MAX);
	if (out)
		snprintf(out, PATH_MAX, "%s", *shown ? shown : "/");
	free(full);
	return out;
}

char *realpath(const char *path, char *resolved)
{
	int hit;
	char *r = realpath_ours(path, resolved, &hit);
	if (hit)
		return r;
	REAL(char *, realpath, const char *, char *);
	return real_realpath(path, resolved);
}

char *__realpath_chk(const char *path, char *resolved, size_t len)
{
	(void)len;
	return realpath(path, resolved);
}

char *canonicalize_file_name(const char *path)
{
	return realpath(path, NULL);
}

DIR *opendir(const char *path)
{
	char norm[4096], redirected[4096];
	REAL(DIR *, opendir, const char *);
	if (shim_enabled() && !shim_normalize(path, norm, sizeof norm) && shim_redirect(norm, redirected, sizeof redirected))
		return real_opendir(redirected);
	return real_opendir(path);
}

/* statx (coreutils' stat and ls use it): our answers, converted; everything else is the real call */
static void to_statx(const struct stat *st, struct statx *sx)
{
	memset(sx, 0, sizeof *sx);
	sx->stx_mask = STATX_BASIC_STATS;
	sx->stx_blksize = (uint32_t)st->st_blksize;
	sx->stx_nlink = (uint32_t)st->st_nlink;
	sx->stx_uid = st->st_uid;
	sx->stx_gid = st->st_gid;
	sx->stx_mode = (uint16_t)st->st_mode;
	sx->stx_ino = st->st_ino;
	sx->stx_size = (uint64_t)st->st_size;
	sx->stx_blocks = (uint64_t)st->st_blocks;
	sx->stx_atime = (struct statx_timestamp){ st->st_atim.tv_sec, (uint32_t)st->st_atim.tv_nsec, 0 };
	sx->stx_mtime = (struct statx_timestamp){ st->st_mtim.tv_sec, (uint32_t)st->st_mtim.tv_nsec, 0 };
	sx->stx_ctime = (struct statx_timestamp){ st->st_ctim.tv_sec, (uint32_t)st->st_ctim.tv_nsec, 0 };
	sx->stx_rdev_major = major(st->st_rdev);
	sx->stx_rdev_minor = minor(st->st_rdev);
	sx->stx_dev_major = major(st->st_dev);
	sx->stx_dev_minor = minor(st->st_dev);
}

#pragma GCC diagnostic ignored "-Wnonnull-compare" /* glibc declares path nonnull; callers pass NULL anyway */
int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *sx)
{
	struct stat st;
	int res;
	if (shim_enabled() && path) {
		if (!*path && (flags & AT_EMPTY_PATH) && shim_kind(dirfd)) {
			if (model_fstat(dirfd, &st))
				return -1;
			to_statx(&st, sx);
			return 0;
		}
		if ((path[0] == '/' || dirfd == AT_FDCWD) && stat_ours(path, &st, !!(flags & AT_SYMLINK_NOFOLLOW), &res) == 0) {
			if (res == 0)
				to_statx(&st, sx);
			return res;
		}
	}
	REAL(int, statx, int, const char *, int, unsigned int, struct statx *);
	return real_statx(dirfd, path, flags, mask, sx);
}

/* extended attributes of our nodes and redirected entries: none (ls -l asks for ACLs) */
static int xattr_ours(const char *path, int nofollow, int *res)
{
	struct stat st;
	if (stat_ours(path, &st, nofollow, res) != 0)
		return -1;
	return 0;
}

ssize_t getxattr(const char *path, const char *name, void *value, size_t size)
{
	int res;
	if (xattr_ours(path, 0, &res) == 0)
		return res < 0 ? -1 : (errno = ENODATA, -1);
	REAL(ssize_t, getxattr, const char *, const char *, void *, size_t);
	return real_getxattr(path, name, value, size);
}

ssize_t lgetxattr(const char *path, const char *name, void *value, size_t size)
{
	int res;
	if (xattr_ours(path, 1, &res) == 0)
		return res < 0 ? -1 : (errno = ENODATA, -1);
	REAL(ssize_t, lgetxattr, const char *, const char *, void *, size_t);
	return real_lgetxattr(path, name, value, size);
}

ssize_t listxattr(const char *path, char *list, size_t size)
{
	int res;
	if (xattr_ours(path, 0, &res) == 0)
		return res < 0 ? -1 : 0;
	REAL(ssize_t, listxattr, const char *, char *, size_t);
	return real_listxattr(path, list, size);
}

ssize_t llistxattr(const char *path, char *list, size_t size)
{
	int res;
	if (xattr_ours(path, 1, &res) == 0)
		return res < 0 ? -1 : 0;
	REAL(ssize_t, llistxattr, const char *, char *, size_t);
	return real_llistxattr(path, list, size);
}
