/*
 * ioctl-loop.c MODE MS: repeats one operation for about MS milliseconds on vgem and prints
 * "OPS ELAPSED_NS". MODE cap: GET_CAP (one round trip, the shim's floor). MODE create: CREATE_DUMB + GEM_CLOSE. MODE prime: PRIME_HANDLE_TO_FD on one
 * file, PRIME_FD_TO_HANDLE on another, GEM_CLOSE of the imported handle, close of the dma-buf.
 * Build: gcc -O2 -I/usr/include/libdrm -o ioctl-loop ioctl-loop.c
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include <drm.h>
#include <drm_mode.h>

static long long now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int create_close(int fd)
{
	struct drm_mode_create_dumb cd = { .width = 32, .height = 32, .bpp = 32 };
	if (ioctl(fd, DRM_IOCTL_MODE_CREATE_DUMB, &cd))
		return -1;
	struct drm_gem_close gc = { .handle = cd.handle };
	return ioctl(fd, DRM_IOCTL_GEM_CLOSE, &gc);
}

static int get_cap(int fd)
{
	struct drm_get_cap gc = { .capability = DRM_CAP_PRIME };
	return ioctl(fd, DRM_IOCTL_GET_CAP, &gc);
}

static int export_import(int fd, int fd2, uint32_t handle)
{
	struct drm_prime_handle ph = { .handle = handle, .flags = DRM_RDWR, .fd = -1 };
	if (ioctl(fd, DRM_IOCTL_PRIME_HANDLE_TO_FD, &ph))
		return -1;
	struct drm_prime_handle in = { .fd = ph.fd };
	if (ioctl(fd2, DRM_IOCTL_PRIME_FD_TO_HANDLE, &in))
		return -1;
	struct drm_gem_close gc = { .handle = in.handle };
	if (ioctl(fd2, DRM_IOCTL_GEM_CLOSE, &gc))
		return -1;
	return close(ph.fd);
}

int main(int argc, char **argv)
{
	if (argc != 3)
		return 2;
	int prime = !strcmp(argv[1], "prime"), cap = !strcmp(argv[1], "cap");
	long long budget = atoll(argv[2]) * 1000000LL;
	int fd = open("/dev/dri/card0", O_RDWR | O_CLOEXEC);
	int fd2 = open("/dev/dri/card0", O_RDWR | O_CLOEXEC);
	struct drm_mode_create_dumb bo = { .width = 64, .height = 64, .bpp = 32 };
	if (fd < 0 || fd2 < 0 || ioctl(fd, DRM_IOCTL_MODE_CREATE_DUMB, &bo))
		return 1;
	for (int i = 0; i < 200; i++) /* warm-up: the server's JIT */
		if (cap ? get_cap(fd) : prime ? export_import(fd, fd2, bo.handle) : create_close(fd))
			return 1;
	long long ops = 0, start = now_ns(), t = start;
	while (t - start < budget) {
		for (int i = 0; i < 100; i++)
			if (cap ? get_cap(fd) : prime ? export_import(fd, fd2, bo.handle) : create_close(fd))
				return 1;
		ops += 100;
		t = now_ns();
	}
	printf("%lld %lld\n", ops, t - start);
	return 0;
}
