/*
 * libdrm-program.c: a small client of the real libdrm (Debian's libdrm-dev) on vgem. It prints
 * only what is deterministic on a fresh boot (no fd numbers, no addresses), so its output on the
 * real kernel (recorded with test/shim/oracle/run-program.sh) and under the shim must be equal.
 * It also prints the sysfs entries libdrm's device lookups read, so the shim's emulated tree is
 * compared against the kernel's as well.
 *
 * Build: gcc -O2 -I/usr/include/libdrm -o libdrm-program libdrm-program.c -ldrm
 * (the oracle boots it linked with -static).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xf86drm.h>
#include <xf86drmMode.h>

static int check(const char *what, int r)
{
	if (r)
		printf("%s => err %s\n", what, strerrorname_np(r < 0 ? -r : r) ? strerrorname_np(r < 0 ? -r : r) : "?");
	return r;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* the entries of a directory, sorted (readdir order is not stable) */
static void list_dir(const char *path)
{
	DIR *d = opendir(path);
	if (!d) {
		printf("ls %s => err %s\n", path, strerrorname_np(errno));
		return;
	}
	char *names[256];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 256)
		if (e->d_name[0] != '.')
			names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof names[0], cmp_names);
	printf("ls %s =>", path);
	for (int i = 0; i < n; i++) {
		printf(" %s", names[i]);
		free(names[i]);
	}
	printf("\n");
}

static void show_link(const char *path)
{
	char buf[PATH_MAX];
	ssize_t n = readlink(path, buf, sizeof buf - 1);
	if (n < 0) {
		printf("readlink %s => err %s\n", path, strerrorname_np(errno));
		return;
	}
	buf[n] = 0;
	printf("readlink %s => %s\n", path, buf);
	char *real = realpath(path, NULL);
	printf("realpath %s => %s\n", path, real ? real : strerrorname_np(errno));
	free(real);
}

static void show_file(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		printf("cat %s => err %s\n", path, strerrorname_np(errno));
		return;
	}
	char line[512];
	printf("cat %s =>", path);
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		printf(" [%s]", line);
	}
	printf("\n");
	fclose(f);
}

static void show_stat(const char *path)
{
	struct stat st;
	if (stat(path, &st)) {
		printf("stat %s => err %s\n", path, strerrorname_np(errno));
		return;
	}
	printf("stat %s => type=%s mode=%o rdev=%u:%u\n", path,
	       S_ISCHR(st.st_mode) ? "chr" : S_ISDIR(st.st_mode) ? "dir" : S_ISLNK(st.st_mode) ? "lnk" : "other",
	       st.st_mode & 07777, major(st.st_rdev), minor(st.st_rdev));
}

static void sysfs(void)
{
	static const char *nodes[] = { "226:0", "226:128" };
	char p[128];
	show_stat("/dev/dri");
	list_dir("/dev/dri");
	show_stat("/dev/dri/card0");
	show_stat("/dev/dri/renderD128");
	for (int i = 0; i < 2; i++) {
		snprintf(p, sizeof p, "/sys/dev/char/%s", nodes[i]);
		show_link(p);
		snprintf(p, sizeof p, "/sys/dev/char/%s/uevent", nodes[i]);
		show_file(p);
		snprintf(p, sizeof p, "/sys/dev/char/%s/device", nodes[i]);
		show_link(p);
		snprintf(p, sizeof p, "/sys/dev/char/%s/device/subsystem", nodes[i]);
		show_link(p);
		snprintf(p, sizeof p, "/sys/dev/char/%s/device/uevent", nodes[i]);
		show_file(p);
		snprintf(p, sizeof p, "/sys/dev/char/%s/device/drm", nodes[i]);
		list_dir(p);
		snprintf(p, sizeof p, "/sys/dev/char/%s/subsystem", nodes[i]);
		show_link(p);
	}
	list_dir("/sys/class/drm");
}

static void devices(int fd)
{
	drmDevicePtr devs[8];
	int n = drmGetDevices2(0, NULL, 0);
	printf("drmGetDevices2(count) => %d\n", n);
	n = drmGetDevices2(0, devs, 8);
	printf("drmGetDevices2 => %d\n", n);
	for (int i = 0; i < n; i++) {
		printf("  device %d: bustype=%d nodes=%#x", i, devs[i]->bustype, devs[i]->available_nodes);
		for (int t = 0; t < DRM_NODE_MAX; t++)
			if (devs[i]->available_nodes & (1 << t))
				printf(" %s", devs[i]->nodes[t]);
		if (devs[i]->bustype == DRM_BUS_PLATFORM)
			printf(" fullname=%s", devs[i]->businfo.platform->fullname);
		printf("\n");
	}
	if (n > 0)
		drmFreeDevices(devs, n);
	drmDevicePtr dev;
	int r = drmGetDevice2(fd, 0, &dev);
	printf("drmGetDevice2 => %d", r);
	if (r == 0) {
		printf(" bustype=%d nodes=%#x", dev->bustype, dev->available_nodes);
		drmFreeDevice(&dev);
	}
	printf("\n");
	char *name = drmGetDeviceNameFromFd2(fd);
	printf("drmGetDeviceNameFromFd2 => %s\n", name ? name : "(null)");
	free(name);
	name = drmGetPrimaryDeviceNameFromFd(fd);
	printf("drmGetPrimaryDeviceNameFromFd => %s\n", name ? name : "(null)");
	free(name);
	name = drmGetRenderDeviceNameFromFd(fd);
	printf("drmGetRenderDeviceNameFromFd => %s\n", name ? name : "(null)");
	free(name);
	printf("drmGetNodeTypeFromFd => %d\n", drmGetNodeTypeFromFd(fd));
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	sysfs();

	int card = open("/dev/dri/card0", O_RDWR | O_CLOEXEC);
	int render = open("/dev/dri/renderD128", O_RDWR | O_CLOEXEC);
	if (card < 0 || render < 0) {
		printf("open => err %s\n", strerrorname_np(errno));
		return 1;
	}
	drmVersionPtr v = drmGetVersion(card);
	if (v) {
		printf("drmGetVersion => %d.%d.%d name=%.*s date=%.*s desc=%.*s\n", v->version_major, v->version_minor,
		       v->version_patchlevel, v->name_len, v->name, v->date_len, v->date, v->desc_len, v->desc);
		drmFreeVersion(v);
	}
	char *busid = drmGetBusid(card);
	printf("drmGetBusid => \"%s\"\n", busid ? busid : "(null)");
	drmFreeBusid(busid);
	static const struct { const char *name; uint64_t cap; } caps[] = {
		{ "DUMB_BUFFER", DRM_CAP_DUMB_BUFFER }, { "PRIME", DRM_CAP_PRIME },
		{ "TIMESTAMP_MONOTONIC", DRM_CAP_TIMESTAMP_MONOTONIC }, { "SYNCOBJ", DRM_CAP_SYNCOBJ },
	};
	for (unsigned i = 0; i < sizeof caps / sizeof caps[0]; i++) {
		uint64_t value = 0;
		int r = drmGetCap(card, caps[i].cap, &value);
		if (r)
			printf("drmGetCap %s => err %s\n", caps[i].name, strerrorname_np(errno));
		else
			printf("drmGetCap %s => %llu\n", caps[i].name, (unsigned long long)value);
	}
	printf("drmIsMaster(card) => %d drmIsMaster(render) => %d\n", drmIsMaster(card), drmIsMaster(render));
	printf("drmGetNodeTypeFromFd(render) => %d\n", drmGetNodeTypeFromFd(render));

	uint32_t handle, pitch;
	uint64_t size, offset;
	if (check("drmModeCreateDumbBuffer", drmModeCreateDumbBuffer(card, 64, 64, 32, 0, &handle, &pitch, &size)))
		return 1;
	printf("drmModeCreateDumbBuffer => handle=%u pitch=%u size=%llu\n", handle, pitch, (unsigned long long)size);
	if (check("drmModeMapDumbBuffer", drmModeMapDumbBuffer(card, handle, &offset)))
		return 1;
	printf("drmModeMapDumbBuffer => offset=%#llx\n", (unsigned long long)offset);
	unsigned char *map = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, card, offset);
	if (map == MAP_FAILED) {
		printf("mmap card => err %s\n", strerrorname_np(errno));
		return 1;
	}
	memcpy(map, "written through card0", 22);

	int dmabuf;
	if (check("drmPrimeHandleToFD", drmPrimeHandleToFD(card, handle, DRM_CLOEXEC | DRM_RDWR, &dmabuf)))
		return 1;
	printf("drmPrimeHandleToFD => ok accmode=%d cloexec=%d\n", fcntl(dmabuf, F_GETFL) & O_ACCMODE,
	       !!(fcntl(dmabuf, F_GETFD) & FD_CLOEXEC));
	uint32_t imported, again;
	check("drmPrimeFDToHandle", drmPrimeFDToHandle(render, dmabuf, &imported));
	int dup_fd = dup(dmabuf);
	check("drmPrimeFDToHandle(dup)", drmPrimeFDToHandle(render, dup_fd, &again));
	printf("drmPrimeFDToHandle => render handle=%u again=%u\n", imported, again);
	struct pollfd pfd = { .fd = dmabuf, .events = POLLIN | POLLOUT };
	int ready = poll(&pfd, 1, 0);
	printf("poll(dmabuf) => %d revents=%#x\n", ready, pfd.revents);
	pfd.fd = card;
	ready = poll(&pfd, 1, 0);
	printf("poll(card) => %d revents=%#x\n", ready, pfd.revents);

	unsigned char *shared = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, dmabuf, 0);
	if (shared == MAP_FAILED) {
		printf("mmap dmabuf => err %s\n", strerrorname_np(errno));
		return 1;
	}
	printf("read through dma-buf => \"%s\"\n", shared);
	memcpy(shared + 4096, "back through the dma-buf", 25);
	printf("read through card0 => \"%s\"\n", map + 4096);

	pid_t child = fork();
	if (child == 0) {
		/* the child shares the open files and the pages */
		struct drm_gem_flink flink = { .handle = handle };
		int r = drmIoctl(card, DRM_IOCTL_GEM_FLINK, &flink);
		printf("child: flink => %d name=%u data=\"%s\"\n", r, flink.name, shared + 4096);
		memcpy(map + 8192, "from the child", 15);
		_exit(0);
	}
	int status;
	waitpid(child, &status, 0);
	printf("parent: child exit=%d data=\"%s\"\n", WEXITSTATUS(status), map + 8192);

	struct drm_gem_open gopen = { .name = 1 };
	int r = drmIoctl(card, DRM_IOCTL_GEM_OPEN, &gopen);
	printf("GEM_OPEN name 1 => %d handle=%u size=%llu\n", r, gopen.handle, (unsigned long long)gopen.size);

	drm_magic_t magic;
	int second = open("/dev/dri/card0", O_RDWR | O_CLOEXEC);
	check("drmGetMagic", drmGetMagic(second, &magic));
	printf("drmGetMagic => %u\n", magic);
	printf("drmAuthMagic => %d\n", drmAuthMagic(card, magic));
	printf("drmAuthMagic(bogus) => %d\n", drmAuthMagic(card, 12345));

	devices(card);

	munmap(shared, size);
	munmap(map, size);
	close(dup_fd);
	close(dmabuf);
	struct drm_gem_close gclose = { .handle = handle };
	printf("GEM_CLOSE => %d\n", drmIoctl(card, DRM_IOCTL_GEM_CLOSE, &gclose));
	printf("GEM_CLOSE again => %d errno=%s\n", drmIoctl(card, DRM_IOCTL_GEM_CLOSE, &gclose), strerrorname_np(errno));
	close(second);
	close(render);
	close(card);
	return 0;
}
