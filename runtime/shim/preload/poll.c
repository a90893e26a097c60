/*
 * poll on model files: the model says which of the asked events are ready (it never blocks);
 * the program's other descriptors are polled for real, without waiting when a model file is
 * already ready.
 */
#include "shim.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

static int model_poll(struct pollfd *fds, nfds_t n, int *ready)
{
	struct shim_msg m;
	struct shim_reply r;
	uint32_t count = 0;
	for (nfds_t i = 0; i < n; i++)
		count += shim_kind(fds[i].fd) != 0;
	msg_init(&m, SHIM_POLL);
	msg_u32(&m, count);
	for (nfds_t i = 0; i < n; i++)
		if (shim_kind(fds[i].fd)) {
			msg_u32(&m, (uint32_t)fds[i].fd);
			msg_u32(&m, (uint32_t)(unsigned short)fds[i].events);
		}
	int res = shim_call(&m, &r);
	*ready = 0;
	for (nfds_t i = 0; i < n; i++)
		if (shim_kind(fds[i].fd)) {
			fds[i].revents = (short)reply_u32(&r);
			*ready += fds[i].revents != 0;
		}
	reply_free(&r);
	return res;
}

static int poll_common(struct pollfd *fds, nfds_t n, int timeout, const struct timespec *ts, const sigset_t *mask)
{
	REAL(int, ppoll, struct pollfd *, nfds_t, const struct timespec *, const sigset_t *);
	int ours = 0;
	for (nfds_t i = 0; i < n; i++)
		ours |= shim_kind(fds[i].fd) != 0;
	struct timespec zero = { 0, 0 }, t;
	const struct timespec *wait = ts;
	if (!ts && timeout >= 0) {
		t.tv_sec = timeout / 1000;
		t.tv_nsec = (timeout % 1000) * 1000000L;
		wait = &t;
	}
	if (!ours)
		return real_ppoll(fds, n, wait, mask);
	int ready;
	if (model_poll(fds, n, &ready) < 0)
		return errno = EIO, -1;
	/* the real descriptors, with ours masked out (a negative fd is skipped by the kernel) */
	struct pollfd *copy = malloc(n * sizeof *copy);
	if (!copy)
		return errno = ENOMEM, -1;
	memcpy(copy, fds, n * sizeof *copy);
	for (nfds_t i = 0; i < n; i++)
		if (shim_kind(fds[i].fd))
			copy[i].fd = -1;
	int r = real_ppoll(copy, n, ready ? &zero : wait, mask);
	if (r < 0) {
		free(copy);
		return -1;
	}
	for (nfds_t i = 0; i < n; i++)
		if (!shim_kind(fds[i].fd))
			fds[i].revents = copy[i].revents;
	free(copy);
	return r + ready;
}

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	return poll_common(fds, n, timeout, NULL, NULL);
}

int __poll_chk(struct pollfd *fds, nfds_t n, int timeout, size_t len)
{
	(void)len;
	return poll(fds, n, timeout);
}

int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *ts, const sigset_t *mask)
{
	return poll_common(fds, n, 0, ts, mask);
}
