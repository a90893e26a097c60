/*
 * Internal interface of the preload library: the connection to the server, the table of
 * descriptors the model backs, the real libc functions and path classification.
 */
#ifndef TSBINDGEN_SHIM_H
#define TSBINDGEN_SHIM_H

#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <fcntl.h>
#include <sys/types.h>
#include "protocol.h"

/* the next definition of a libc symbol (the one we shadow), looked up once */
void *shim_real(const char *name);
#define REAL(ret, name, ...)                                                   \
	static ret (*real_##name)(__VA_ARGS__);                                \
	if (!real_##name)                                                      \
		real_##name = (ret (*)(__VA_ARGS__))shim_real(#name)

/* the shim is on when the server's socket is named in the environment */
int shim_enabled(void);
int shim_debug(void);
void shim_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- messages ---- */
struct shim_msg {
	unsigned char *buf;
	size_t len, cap;
};
void msg_init(struct shim_msg *m, uint32_t op);
void msg_u32(struct shim_msg *m, uint32_t v);
void msg_u64(struct shim_msg *m, uint64_t v);
void msg_bytes(struct shim_msg *m, const void *p, size_t n);

struct shim_reply {
	int32_t result;
	unsigned char *buf; /* the payload after the result; freed by reply_free */
	size_t len, pos;
};
uint32_t reply_u32(struct shim_reply *r);
uint64_t reply_u64(struct shim_reply *r);
const unsigned char *reply_bytes(struct shim_reply *r, size_t n);
void reply_free(struct shim_reply *r);

/* Sends `m` (freeing it) and waits for the answer. Returns the result, or -EIO when the server
 * is gone (the reply is then empty). Connects on first use. */
int shim_call(struct shim_msg *m, struct shim_reply *r);

/* ---- descriptors the model backs ---- */
int shim_kind(int fd); /* SHIM_KIND_* or SHIM_KIND_NONE */
void shim_set_kind(int fd, int kind);
/* the server forgets `fd` (close, or implicitly replaced by dup2) */
void shim_forget(int fd);
/* a fresh real descriptor to stand for a model file (an eventfd), or -1 */
int shim_new_stand_in(int cloexec);
/* the shared page file (opened once per process), or -1 */
int shim_pages_fd(void);
/* an empty file: pages mapped from it fault with SIGBUS, as pages past an object's end */
int shim_empty_fd(void);
int shim_empty_fd_peek(void);
/* one of the shim's own descriptors (socket, page file) */
int shim_is_private(int fd);

/* F_GETFL of a model file: the model's f_flags, or -errno */
int shim_model_flags(int fd);
/* the f_flags bits F_SETFL changes: the stand-in descriptor carries them */
#define SHIM_SETFL_FLAGS (O_APPEND | O_ASYNC | O_DIRECT | O_NOATIME | O_NONBLOCK)

/* ---- credentials as the model sees them ---- */
uid_t shim_uid(void);

/* ---- paths ---- */
/* lexical normalisation of `path` (relative to the cwd) into `out`; 0, or -1 if too long */
int shim_normalize(const char *path, char *out, size_t size);
/* a /dev/dri node or the directory itself */
int shim_is_dri(const char *norm);
/* /proc/self|PID|thread-self/fd/N or /dev/fd/N of a model-backed N: N, else -1 */
int shim_proc_fd(const char *norm, const char *dir);
/* the emulated tree's copy of `norm` into `out` when `norm` is under a redirected prefix: 1, else 0 */
int shim_redirect(const char *norm, char *out, size_t size);
/* the emulated tree's root, as the environment names it */
const char *shim_root(void);

/* ---- the model's answers ---- */
int shim_open_model(const char *path, int flags);  /* fd or -1 with errno */
int shim_open_fdinfo(int fd, int flags);           /* a memfd holding the text, or -1 with errno */
void shim_unmap_range(void *addr, size_t len);     /* releases model mappings in the range */

#endif
