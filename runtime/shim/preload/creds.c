/*
 * Credentials. By default the model sees the process's real uid, and setuid/setgid are the real
 * calls (the model hears of a successful setuid). With TSBINDGEN_SHIM_UID=N the program runs as
 * uid/gid N in the model whoever runs it, and the id calls are answered from that virtual set
 * (the oracle's runner starts as root in its guest; CI need not be root to reproduce it).
 */
#include "shim.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static int virtual_ids = -1;
static uid_t vuid, veuid;
static gid_t vgid, vegid;

static int is_virtual(void)
{
	if (virtual_ids < 0) {
		const char *v = getenv("TSBINDGEN_SHIM_UID");
		virtual_ids = shim_enabled() && v && *v;
		if (virtual_ids)
			vuid = veuid = vgid = vegid = (uid_t)strtoul(v, NULL, 10);
	}
	return virtual_ids;
}

uid_t shim_uid(void)
{
	if (is_virtual())
		return veuid;
	REAL(uid_t, geteuid, void);
	return real_geteuid();
}

/* tells the model; the model's answer (0 or -1) decides in the virtual set */
static int model_setuid(uid_t uid)
{
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_SETUID);
	msg_u32(&m, uid);
	int res = shim_call(&m, &r);
	reply_free(&r);
	return res;
}

int setuid(uid_t uid)
{
	if (is_virtual()) {
		if (veuid != 0 && uid != vuid) {
			errno = EPERM;
			return -1;
		}
		if (model_setuid(uid) < 0) {
			errno = EPERM;
			return -1;
		}
		vuid = veuid = uid;
		shim_trace("setuid(%u) (virtual)", uid);
		return 0;
	}
	REAL(int, setuid, uid_t);
	int r = real_setuid(uid);
	if (r == 0 && shim_enabled())
		model_setuid(uid);
	return r;
}

int setgid(gid_t gid)
{
	if (is_virtual()) {
		if (veuid != 0 && gid != vgid) {
			errno = EPERM;
			return -1;
		}
		vgid = vegid = gid;
		return 0;
	}
	REAL(int, setgid, gid_t);
	return real_setgid(gid);
}

uid_t getuid(void)
{
	if (is_virtual())
		return vuid;
	REAL(uid_t, getuid, void);
	return real_getuid();
}
uid_t geteuid(void)
{
	if (is_virtual())
		return veuid;
	REAL(uid_t, geteuid, void);
	return real_geteuid();
}
gid_t getgid(void)
{
	if (is_virtual())
		return vgid;
	REAL(gid_t, getgid, void);
	return real_getgid();
}
gid_t getegid(void)
{
	if (is_virtual())
		return vegid;
	REAL(gid_t, getegid, void);
	return real_getegid();
}
