/*
 * probe.c: small programs the shim tests run (one per argv[1]); each prints what it saw.
 *   share  - maps a dumb buffer, writes, waits for a line on stdin, prints what the mapping holds
 *   crash  - opens files, exports, maps, then aborts (the model must release everything)
 *   exit   - exits with status argv[2]
 *   calls  - the libc entry points other than the runner's: open64, openat, fopen64, stat64,
 *            dup2/dup3 over a DRM fd, fcntl, /proc/self/fd, close_range (its output is
 *            recorded on the kernel: probe-calls.expected)
 *   files  - lseek, read, write, poll and fdinfo of DRM and dma-buf files, trailing-slash stat
 *            (recorded on the kernel: probe-files.expected)
 *   exec   - execs itself: the new image keeps the DRM file opened without O_CLOEXEC (its handle
 *            too), not the one with it (recorded on the kernel: probe-exec.expected)
 *   xstat  - the pre-2.33 __xstat64 entry point (dynamic builds only)
 * Build: gcc -O2 -I/usr/include/libdrm -o probe probe.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <drm.h>
#include <drm_mode.h>

/* the pre-2.33 stat entry point old binaries call (not linkable any more: looked up) */
typedef int xstat64_fn(int ver, const char *path, struct stat64 *st);

static uint32_t create(int fd, uint64_t *offset)
{
	struct drm_mode_create_dumb cd = { .width = 1024, .height = 1, .bpp = 32 };
	if (ioctl(fd, DRM_IOCTL_MODE_CREATE_DUMB, &cd)) {
		perror("create");
		exit(1);
	}
	struct drm_mode_map_dumb md = { .handle = cd.handle };
	if (ioctl(fd, DRM_IOCTL_MODE_MAP_DUMB, &md)) {
		perror("map_dumb");
		exit(1);
	}
	*offset = md.offset;
	return cd.handle;
}

static int share(void)
{
	int fd = open("/dev/dri/card0", O_RDWR | O_CLOEXEC);
	uint64_t offset;
	create(fd, &offset);
	char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, (off_t)offset);
	if (p == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	strcpy(p, "from the program");
	printf("written\n");
	fflush(stdout);
	char line[64];
	if (!fgets(line, sizeof line, stdin))
		return 1;
	printf("mapping holds \"%s\"\n", p + 64);
	return 0;
}

static int crash(void)
{
	int card = open("/dev/dri/card0", O_RDWR | O_CLOEXEC);
	int render = open("/dev/dri/renderD128", O_RDWR | O_CLOEXEC);
	uint64_t offset;
	uint32_t handle = create(card, &offset);
	struct drm_prime_handle ph = { .handle = handle, .flags = DRM_CLOEXEC | DRM_RDWR, .fd = -1 };
	ioctl(card, DRM_IOCTL_PRIME_HANDLE_TO_FD, &ph);
	ioctl(render, DRM_IOCTL_PRIME_FD_TO_HANDLE, &ph);
	mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, ph.fd, 0);
	mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, card, (off_t)offset);
	printf("about to crash\n");
	fflush(stdout);
	abort();
}

static void show(const char *what, long r)
{
	printf("%s => %s\n", what, r < 0 ? strerrorname_np(errno) : r == 0 ? "ok" : "yes");
}

static int calls(void)
{
	int a = open64("/dev/dri/card0", O_RDWR);
	int b = openat(AT_FDCWD, "/dev/dri/renderD128", O_RDWR | O_CLOEXEC);
	show("open64 card0", a);
	show("openat renderD128", b);
	struct stat64 s1, s2;
	show("stat64 card0", stat64("/dev/dri/card0", &s1));
	show("fstat64 same inode", fstat64(a, &s2) == 0 && s1.st_ino == s2.st_ino && s1.st_dev == s2.st_dev);
	printf("rdev %u:%u chr=%d\n", major(s2.st_rdev), minor(s2.st_rdev), S_ISCHR(s2.st_mode));
	char path[64], link[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", b);
	ssize_t n = readlink(path, link, sizeof link - 1);
	link[n > 0 ? n : 0] = 0;
	printf("readlink /proc/self/fd/render => %s\n", link);
	show("stat /proc/self/fd/render is the node", stat64(path, &s2) == 0 && minor(s2.st_rdev) == 128);
	printf("F_GETFD a=%d b=%d\n", fcntl(a, F_GETFD), fcntl(b, F_GETFD));
	fcntl(a, F_SETFD, FD_CLOEXEC);
	printf("F_SETFD a => %d, F_GETFL a accmode=%d\n", fcntl(a, F_GETFD), fcntl(a, F_GETFL) & O_ACCMODE);
	int c = dup3(a, 50, O_CLOEXEC);
	show("dup3 to 50", c == 50 ? 0 : -1);
	struct drm_get_cap cap = { .capability = DRM_CAP_PRIME };
	show("GET_CAP through 50", ioctl(50, DRM_IOCTL_GET_CAP, &cap));
	show("dup2 render over 50", dup2(b, 50) == 50 ? 0 : -1);
	struct drm_mode_create_dumb cd = { .width = 1, .height = 1, .bpp = 8 };
	show("CREATE_DUMB through 50 (now render: EACCES)", ioctl(50, DRM_IOCTL_MODE_CREATE_DUMB, &cd));
	FILE *f = fopen64("/sys/dev/char/226:128/uevent", "r");
	char line[128] = "";
	if (f) {
		fgets(line, sizeof line, f);
		fclose(f);
	}
	printf("fopen64 uevent => %s", line);
	show("isatty(card)", isatty(a) ? 1 : -1);
	show("close_range(3, ~0)", close_range(3, ~0U, 0));
	show("GET_CAP after close_range", ioctl(a, DRM_IOCTL_GET_CAP, &cap));
	show("reopen after close_range", open("/dev/dri/card0", O_RDWR));
	return 0;
}

static void fdinfo(const char *what, int fd)
{
	char path[64], line[128];
	snprintf(path, sizeof path, "/proc/self/fdinfo/%d", fd);
	FILE *f = fopen(path, "r");
	printf("fdinfo %s =>", what);
	while (f && fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		if (strncmp(line, "pos:", 4) && strncmp(line, "mnt_id:", 7) && strncmp(line, "ino:", 4))
			printf(" [%s]", line);
	}
	printf("\n");
	if (f)
		fclose(f);
}

static int files(void)
{
	int card = open("/dev/dri/card0", O_RDWR | O_CLOEXEC);
	uint64_t offset;
	uint32_t handle = create(card, &offset);
	struct drm_prime_handle ro = { .handle = handle, .flags = 0, .fd = -1 };
	show("export read-only", ioctl(card, DRM_IOCTL_PRIME_HANDLE_TO_FD, &ro));
	printf("F_GETFL dmabuf accmode=%d\n", fcntl(ro.fd, F_GETFL) & O_ACCMODE);
	printf("lseek dmabuf SEEK_END => %lld\n", (long long)lseek(ro.fd, 0, SEEK_END));
	printf("lseek dmabuf SEEK_SET 0 => %lld\n", (long long)lseek(ro.fd, 0, SEEK_SET));
	show("lseek dmabuf SEEK_CUR 1", lseek(ro.fd, 1, SEEK_CUR));
	printf("lseek card SEEK_END => %lld\n", (long long)lseek(card, 100, SEEK_END));
	char buf[16];
	show("write card", write(card, "x", 1));
	show("write dmabuf", write(ro.fd, "x", 1));
	show("read dmabuf", read(ro.fd, buf, sizeof buf));
	fcntl(card, F_SETFL, O_NONBLOCK);
	show("read card (nonblocking, no events)", read(card, buf, sizeof buf));
	fdinfo("dmabuf", ro.fd);
	int d = dup(ro.fd);
	void *m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, ro.fd, 0);
	fdinfo("dmabuf after dup and mmap", ro.fd);
	close(d);
	munmap(m, 4096);
	fdinfo("dmabuf after close and munmap", ro.fd);
	fdinfo("card", card);
	struct pollfd pfd[2] = { { .fd = card, .events = POLLIN | POLLOUT }, { .fd = ro.fd, .events = POLLIN } };
	int n = poll(pfd, 2, 10);
	printf("poll card+dmabuf => %d revents=%#x,%#x\n", n, pfd[0].revents, pfd[1].revents);
	struct stat st;
	show("stat renderD128/", stat("/dev/dri/renderD128/", &st));
	show("stat /dev/dri/", stat("/dev/dri/", &st));
	show("access card0", access("/dev/dri/card0", R_OK | W_OK));
	return 0;
}

static int exec_self(void)
{
	int keep = open("/dev/dri/card0", O_RDWR);
	int gone = open("/dev/dri/renderD128", O_RDWR | O_CLOEXEC);
	uint64_t offset;
	uint32_t handle = create(keep, &offset);
	struct drm_gem_flink fl = { .handle = handle };
	show("flink before exec", ioctl(keep, DRM_IOCTL_GEM_FLINK, &fl));
	char a[16], b[16], h[16];
	snprintf(a, sizeof a, "%d", keep);
	snprintf(b, sizeof b, "%d", gone);
	snprintf(h, sizeof h, "%u", handle);
	execl("/proc/self/exe", "probe", "exec2", a, b, h, (char *)NULL);
	perror("execl");
	return 1;
}

static int after_exec(char **argv)
{
	int keep = atoi(argv[2]), gone = atoi(argv[3]);
	struct drm_get_cap cap = { .capability = DRM_CAP_PRIME };
	show("GET_CAP on the kept fd", ioctl(keep, DRM_IOCTL_GET_CAP, &cap));
	show("F_GETFD on the close-on-exec fd", fcntl(gone, F_GETFD));
	struct drm_gem_flink fl = { .handle = (uint32_t)atoi(argv[4]) };
	show("flink of the handle after exec", ioctl(keep, DRM_IOCTL_GEM_FLINK, &fl));
	printf("name=%u\n", fl.name);
	struct drm_gem_close gc = { .handle = fl.handle };
	show("GEM_CLOSE after exec", ioctl(keep, DRM_IOCTL_GEM_CLOSE, &gc));
	show("GEM_CLOSE again", ioctl(keep, DRM_IOCTL_GEM_CLOSE, &gc));
	return 0;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "share"))
		return share();
	if (!strcmp(mode, "crash"))
		return crash();
	if (!strcmp(mode, "exit"))
		return argc > 2 ? atoi(argv[2]) : 0;
	if (!strcmp(mode, "calls"))
		return calls();
	if (!strcmp(mode, "files"))
		return files();
	if (!strcmp(mode, "exec"))
		return exec_self();
	if (!strcmp(mode, "exec2") && argc == 5)
		return after_exec(argv);
	if (!strcmp(mode, "xstat")) {
		struct stat64 st;
		xstat64_fn *xstat64 = (xstat64_fn *)dlsym(RTLD_DEFAULT, "__xstat64");
		int r = xstat64 ? xstat64(1, "/dev/dri/renderD128", &st) : -1;
		printf("__xstat64 => %d chr=%d rdev=%u:%u\n", r, r == 0 && S_ISCHR(st.st_mode), major(st.st_rdev), minor(st.st_rdev));
		return 0;
	}
	fprintf(stderr, "usage: probe share|crash|exit N|calls\n");
	return 2;
}
