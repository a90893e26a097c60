/*
 * Which paths the shim answers. /dev/dri nodes go to the model; the sysfs entries libdrm reads
 * about them (and the /dev/dri directory itself) are redirected into a tree the server wrote
 * that mirrors the oracle kernel's; /proc fd and fdinfo entries of model-backed descriptors are
 * answered from the model. Everything else is the real filesystem.
 */
#include "shim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int shim_normalize(const char *path, char *out, size_t size)
{
	char tmp[4096];
	if (!path)
		return -1;
	if (path[0] != '/') {
		if (!getcwd(tmp, sizeof tmp))
			return -1;
		size_t n = strlen(tmp);
		if (n + 1 + strlen(path) + 1 > sizeof tmp)
			return -1;
		tmp[n] = '/';
		strcpy(tmp + n + 1, path);
	} else {
		if (strlen(path) + 1 > sizeof tmp)
			return -1;
		strcpy(tmp, path);
	}
	/* collapse "//", "/./" and "/../" without touching the filesystem */
	size_t o = 0;
	const char *p = tmp;
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		const char *end = strchr(p, '/');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		if (n == 1 && p[0] == '.') {
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
		} else {
			if (o + 1 + n + 1 > size)
				return -1;
			out[o++] = '/';
			memcpy(out + o, p, n);
			o += n;
		}
		p += n;
	}
	if (o == 0)
		out[o++] = '/';
	out[o] = 0;
	return 0;
}

static int has_prefix(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);
	return strncmp(s, prefix, n) == 0 && (s[n] == 0 || s[n] == '/');
}

int shim_is_dri(const char *norm)
{
	return has_prefix(norm, "/dev/dri");
}

int shim_proc_fd(const char *norm, const char *dir)
{
	char self[32];
	const char *rest = NULL;
	snprintf(self, sizeof self, "/proc/%d/", (int)getpid());
	if (!strncmp(norm, "/proc/self/", 11))
		rest = norm + 11;
	else if (!strncmp(norm, "/proc/thread-self/", 18))
		rest = norm + 18;
	else if (!strncmp(norm, self, strlen(self)))
		rest = norm + strlen(self);
	else if (!strcmp(dir, "fd") && !strncmp(norm, "/dev/fd/", 8))
		rest = norm + 5;
	if (!rest)
		return -1;
	size_t n = strlen(dir);
	if (strncmp(rest, dir, n) || rest[n] != '/')
		return -1;
	/* the kernel's names: decimal without leading zeros ("04" is no entry) */
	const char *digits = rest + n + 1;
	if (!*digits || (digits[0] == '0' && digits[1]) || strspn(digits, "0123456789") != strlen(digits) || strlen(digits) > 9)
		return -1;
	int fd = atoi(digits);
	return shim_kind(fd) ? fd : -1;
}

const char *shim_root(void)
{
	static char root[4096];
	if (!root[0])
		snprintf(root, sizeof root, "%s/root", getenv("TSBINDGEN_SHIM_DIR") ? getenv("TSBINDGEN_SHIM_DIR") : "/nonexistent");
	return root;
}

/* what the emulated tree stands in for: the DRM nodes' sysfs and the /dev/dri directory */
static const char *const redirected[] = {
	"/sys/dev/char/226:", "/sys/class/drm", "/sys/devices/platform/vgem", NULL,
};

int shim_redirect(const char *norm, char *out, size_t size)
{
	int hit = !strcmp(norm, "/dev/dri");
	for (const char *const *p = redirected; !hit && *p; p++) {
		size_t n = strlen(*p);
		hit = (*p)[n - 1] == ':' ? !strncmp(norm, *p, n) : has_prefix(norm, *p);
	}
	if (!hit)
		return 0;
	return snprintf(out, size, "%s%s", shim_root(), norm) < (int)size;
}
