/*
 * The connection to the server: one stream socket per process, opened on first use, replaced in
 * a forked child (which the server gives a copy of the parent's open files), and kept at a high
 * descriptor number so the program's own descriptors are numbered as without the shim.
 */
#include "shim.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

/* descriptors the shim keeps for itself sit at or above this number */
#define SHIM_PRIVATE_FD 900

void *shim_real(const char *name)
{
	void *p = dlsym(RTLD_NEXT, name);
	if (!p) {
		fprintf(stderr, "tsbindgen-shim: no libc symbol %s\n", name);
		abort();
	}
	return p;
}

int shim_enabled(void)
{
	static int on = -1;
	if (on < 0)
		on = getenv("TSBINDGEN_SHIM_SOCKET") != NULL;
	return on;
}

int shim_debug(void)
{
	static int on = -1;
	if (on < 0) {
		const char *v = getenv("TSBINDGEN_SHIM_DEBUG");
		on = v && *v && strcmp(v, "0") != 0;
	}
	return on;
}

void shim_trace(const char *fmt, ...)
{
	if (!shim_debug())
		return;
	char line[512];
	int n = snprintf(line, sizeof line, "tsbindgen-shim[%d]: ", (int)getpid());
	va_list ap;
	va_start(ap, fmt);
	n += vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof line - 1)
		n = sizeof line - 2;
	line[n++] = '\n';
	(void)!syscall(SYS_write, 2, line, (size_t)n);
}

/* ---- messages ---- */
static void msg_grow(struct shim_msg *m, size_t n)
{
	if (m->len + n <= m->cap)
		return;
	while (m->len + n > m->cap)
		m->cap = m->cap ? m->cap * 2 : 256;
	m->buf = realloc(m->buf, m->cap);
	if (!m->buf)
		abort();
}
void msg_bytes(struct shim_msg *m, const void *p, size_t n)
{
	msg_grow(m, n);
	if (n)
		memcpy(m->buf + m->len, p, n);
	m->len += n;
}
void msg_u32(struct shim_msg *m, uint32_t v) { msg_bytes(m, &v, 4); }
void msg_u64(struct shim_msg *m, uint64_t v) { msg_bytes(m, &v, 8); }
void msg_init(struct shim_msg *m, uint32_t op)
{
	m->buf = NULL;
	m->len = m->cap = 0;
	msg_u32(m, 0); /* length, filled in when sent */
	msg_u32(m, op);
}

const unsigned char *reply_bytes(struct shim_reply *r, size_t n)
{
	static const unsigned char zeros[16];
	if (r->pos + n > r->len)
		return n <= sizeof zeros ? zeros : NULL;
	const unsigned char *p = r->buf + r->pos;
	r->pos += n;
	return p;
}
uint32_t reply_u32(struct shim_reply *r)
{
	uint32_t v;
	memcpy(&v, reply_bytes(r, 4), 4);
	return v;
}
uint64_t reply_u64(struct shim_reply *r)
{
	uint64_t v;
	memcpy(&v, reply_bytes(r, 8), 8);
	return v;
}
void reply_free(struct shim_reply *r)
{
	free(r->buf);
	r->buf = NULL;
}

/* ---- the socket ---- */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int sock = -1;
static pid_t sock_pid;
static int pages = -1;
static uint32_t fork_token;

static int full_io(int write, void *p, size_t n)
{
	unsigned char *b = p;
	while (n) {
		long r = syscall(write ? SYS_write : SYS_read, sock, b, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		b += r;
		n -= (size_t)r;
	}
	return 0;
}

/* a private copy of `fd` at or above SHIM_PRIVATE_FD, close-on-exec */
static int hide_fd(int fd)
{
	int high = (int)syscall(SYS_fcntl, fd, F_DUPFD_CLOEXEC, SHIM_PRIVATE_FD);
	if (high >= 0) {
		syscall(SYS_close, fd);
		return high;
	}
	return fd;
}

static int exchange(struct shim_msg *m, struct shim_reply *r);

static int connect_locked(uint32_t token)
{
	const char *path = getenv("TSBINDGEN_SHIM_SOCKET");
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	if (!path || strlen(path) >= sizeof addr.sun_path)
		return -1;
	strcpy(addr.sun_path, path);
	int fd = (int)syscall(SYS_socket, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	if (syscall(SYS_connect, fd, &addr, sizeof addr) < 0) {
		syscall(SYS_close, fd);
		return -1;
	}
	sock = hide_fd(fd);
	sock_pid = getpid();
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_HELLO);
	msg_u32(&m, (uint32_t)getpid());
	msg_u32(&m, shim_uid());
	msg_u32(&m, token);
	if (exchange(&m, &r) < 0) {
		reply_free(&r);
		syscall(SYS_close, sock);
		sock = -1;
		return -1;
	}
	reply_free(&r);
	shim_trace("connected to %s%s", path, token ? " (forked)" : "");
	return 0;
}

/* one read(2) of whatever has arrived, at least `want` bytes in all; the total, or -1 */
static long read_some(unsigned char *b, size_t cap, size_t want)
{
	size_t have = 0;
	while (have < want) {
		long r = syscall(SYS_read, sock, b + have, cap - have);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		have += (size_t)r;
	}
	return (long)have;
}

/* with the lock held. Only one request is ever in flight, so reading ahead cannot eat into the
 * next response: a small answer costs one read. */
static int exchange(struct shim_msg *m, struct shim_reply *r)
{
	uint32_t len = (uint32_t)(m->len - 4);
	memcpy(m->buf, &len, 4);
	r->buf = NULL;
	r->len = r->pos = 0;
	r->result = -EIO;
	int bad = full_io(1, m->buf, m->len);
	free(m->buf);
	m->buf = NULL;
	unsigned char head[4096];
	long have = bad ? -1 : read_some(head, sizeof head, 8);
	if (have < 0)
		return -EIO;
	memcpy(&len, head, 4);
	if (len < 4)
		return -EIO;
	size_t payload = len - 4, got = (size_t)have - 8;
	r->buf = malloc(payload ? payload : 1);
	if (!r->buf || got > payload)
		return -EIO;
	memcpy(r->buf, head + 8, got);
	if (got < payload && full_io(0, r->buf + got, payload - got))
		return -EIO;
	memcpy(&r->result, head + 4, 4);
	r->len = payload;
	return r->result;
}

int shim_call(struct shim_msg *m, struct shim_reply *r)
{
	pthread_mutex_lock(&lock);
	if (sock >= 0 && sock_pid != getpid()) {
		/* a child made without fork(3)'s handlers: it starts as a process of its own */
		syscall(SYS_close, sock);
		sock = -1;
	}
	if (sock < 0 && connect_locked(0) < 0) {
		pthread_mutex_unlock(&lock);
		free(m->buf);
		r->buf = NULL;
		r->len = r->pos = 0;
		r->result = -EIO;
		shim_trace("no server");
		return -EIO;
	}
	int res = exchange(m, r);
	pthread_mutex_unlock(&lock);
	return res;
}

/* ---- fork: the child gets a copy of the parent's open files and mappings in the model ---- */
static void before_fork(void)
{
	pthread_mutex_lock(&lock);
	fork_token = 0;
	if (sock >= 0) {
		struct shim_msg m;
		struct shim_reply r;
		msg_init(&m, SHIM_FORK);
		int t = exchange(&m, &r);
		reply_free(&r);
		fork_token = t > 0 ? (uint32_t)t : 0;
	}
}
static void after_fork_parent(void)
{
	pthread_mutex_unlock(&lock);
}
static void after_fork_child(void)
{
	pthread_mutex_init(&lock, NULL);
	if (sock >= 0) {
		syscall(SYS_close, sock);
		sock = -1;
		if (connect_locked(fork_token) < 0)
			shim_trace("forked child could not reach the server");
	}
}

/* An image started by exec or posix_spawn claims the model files it inherited (exec.c). */
static void claim_inherited(void)
{
	const char *v = getenv("TSBINDGEN_SHIM_INHERIT");
	if (!v)
		return;
	char *end;
	unsigned long token = strtoul(v, &end, 10);
	if (*end == ':') {
		for (const char *p = end + 1; *p;) {
			long fd = strtol(p, &end, 10);
			if (*end != '.')
				break;
			long kind = strtol(end + 1, &end, 10);
			shim_set_kind((int)fd, (int)kind);
			p = *end == ',' ? end + 1 : end;
		}
		pthread_mutex_lock(&lock);
		if (connect_locked((uint32_t)token) < 0)
			shim_trace("could not claim the inherited model files");
		pthread_mutex_unlock(&lock);
	}
	unsetenv("TSBINDGEN_SHIM_INHERIT");
}

__attribute__((constructor)) static void shim_init(void)
{
	if (!shim_enabled())
		return;
	pthread_atfork(before_fork, after_fork_parent, after_fork_child);
	claim_inherited();
}

int shim_is_private(int fd)
{
	return fd >= 0 && (fd == sock || fd == pages || fd == shim_empty_fd_peek());
}

/* ---- descriptor table ---- */
#define SHIM_FDS 65536
static unsigned char kinds[SHIM_FDS];

int shim_kind(int fd)
{
	return fd >= 0 && fd < SHIM_FDS ? kinds[fd] : SHIM_KIND_NONE;
}
void shim_set_kind(int fd, int kind)
{
	if (fd >= 0 && fd < SHIM_FDS)
		kinds[fd] = (unsigned char)kind;
}
void shim_forget(int fd)
{
	if (!shim_kind(fd))
		return;
	shim_set_kind(fd, SHIM_KIND_NONE);
	struct shim_msg m;
	struct shim_reply r;
	msg_init(&m, SHIM_CLOSE);
	msg_u32(&m, (uint32_t)fd);
	shim_call(&m, &r);
	reply_free(&r);
}

int shim_new_stand_in(int cloexec)
{
	return (int)syscall(SYS_eventfd2, 0, cloexec ? EFD_CLOEXEC : 0);
}

int shim_pages_fd(void)
{
	if (pages >= 0)
		return pages;
	char path[4096];
	snprintf(path, sizeof path, "%s/pages", getenv("TSBINDGEN_SHIM_DIR") ? getenv("TSBINDGEN_SHIM_DIR") : "");
	int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return -1;
	pages = hide_fd(fd);
	return pages;
}
