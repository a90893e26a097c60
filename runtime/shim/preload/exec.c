/*
 * exec and posix_spawn. The new image inherits the model files whose descriptors have no
 * close-on-exec: before the call the server sets them aside under a token, which travels in the
 * environment (TSBINDGEN_SHIM_INHERIT=token:fd.kind,…); the new image's library claims it at
 * start. The old image's own connection closes with the exec, releasing its references.
 */
#include "shim.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define INHERIT "TSBINDGEN_SHIM_INHERIT"
#define SHIM_FD_LIMIT 65536

extern char **environ;

/* "TSBINDGEN_SHIM_INHERIT=token:fd.kind,…" for the model files an exec keeps, or NULL if none */
static char *inherit_entry(void)
{
	if (!shim_enabled())
		return NULL;
	struct shim_msg m;
	uint32_t n = 0;
	size_t cap = 64, len;
	char *entry = malloc(cap);
	if (!entry)
		return NULL;
	msg_init(&m, SHIM_EXEC);
	msg_u32(&m, 0);
	len = (size_t)snprintf(entry, cap, INHERIT "=0:");
	for (int fd = 0; fd < SHIM_FD_LIMIT; fd++) {
		if (!shim_kind(fd) || (syscall(SYS_fcntl, fd, F_GETFD) & FD_CLOEXEC))
			continue;
		msg_u32(&m, (uint32_t)fd);
		n++;
		if (len + 32 > cap && !(entry = realloc(entry, cap *= 2)))
			return NULL;
		len += (size_t)snprintf(entry + len, cap - len, "%d.%d,", fd, shim_kind(fd));
	}
	if (!n) {
		free(m.buf);
		free(entry);
		return NULL;
	}
	memcpy(m.buf + 8, &n, 4);
	struct shim_reply r;
	int token = shim_call(&m, &r);
	reply_free(&r);
	if (token <= 0) {
		free(entry);
		return NULL;
	}
	char head[48];
	int h = snprintf(head, sizeof head, INHERIT "=%d:", token);
	/* replace the "=0:" placeholder with the token */
	size_t old = strlen(INHERIT "=0:");
	char *out = malloc(len - old + (size_t)h + 1);
	if (out) {
		memcpy(out, head, (size_t)h);
		memcpy(out + h, entry + old, len - old + 1);
	}
	free(entry);
	shim_trace("exec keeps %u model files (%s)", n, out ? out : "?");
	return out;
}

/* `envp` without an older entry, plus `entry` (NULL: unchanged); freed with free() */
static char **with_entry(char *const envp[], char *entry)
{
	size_t n = 0;
	while (envp && envp[n])
		n++;
	char **out = malloc((n + 2) * sizeof *out);
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < n; i++)
		if (strncmp(envp[i], INHERIT "=", sizeof INHERIT))
			out[o++] = envp[i];
	if (entry)
		out[o++] = entry;
	out[o] = NULL;
	return out;
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	REAL(int, execve, const char *, char *const[], char *const[]);
	char *entry = inherit_entry();
	char **env = entry ? with_entry(envp, entry) : NULL;
	int r = real_execve(path, argv, env ? env : envp);
	free(env);
	free(entry);
	return r;
}

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	REAL(int, execvpe, const char *, char *const[], char *const[]);
	char *entry = inherit_entry();
	char **env = entry ? with_entry(envp, entry) : NULL;
	int r = real_execvpe(file, argv, env ? env : envp);
	free(env);
	free(entry);
	return r;
}

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

int execvp(const char *file, char *const argv[])
{
	return execvpe(file, argv, environ);
}

int fexecve(int fd, char *const argv[], char *const envp[])
{
	REAL(int, fexecve, int, char *const[], char *const[]);
	char *entry = inherit_entry();
	char **env = entry ? with_entry(envp, entry) : NULL;
	int r = real_fexecve(fd, argv, env ? env : envp);
	free(env);
	free(entry);
	return r;
}

/* the execl family: the argument list as an array, then the matching execv call */
#define ARGV_FROM_LIST(first, ap, argv, envp_out)                              \
	size_t n_ = 1;                                                         \
	va_list count_;                                                        \
	va_copy(count_, ap);                                                   \
	while (va_arg(count_, char *))                                         \
		n_++;                                                          \
	va_end(count_);                                                        \
	char **argv = alloca((n_ + 1) * sizeof(char *));                       \
	argv[0] = (char *)(first);                                             \
	for (size_t i_ = 1; i_ <= n_; i_++)                                    \
		argv[i_] = i_ < n_ ? va_arg(ap, char *) : NULL;                \
	if (envp_out)                                                          \
		(void)va_arg(ap, char *);                                      \
	(void)0

int execl(const char *path, const char *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	ARGV_FROM_LIST(arg, ap, argv, 0);
	va_end(ap);
	return execve(path, argv, environ);
}

int execlp(const char *file, const char *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	ARGV_FROM_LIST(arg, ap, argv, 0);
	va_end(ap);
	return execvpe(file, argv, environ);
}

int execle(const char *path, const char *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	ARGV_FROM_LIST(arg, ap, argv, 1);
	char *const *envp = va_arg(ap, char *const *);
	va_end(ap);
	return execve(path, argv, envp);
}

/* a spawned child is a new process that inherits the same descriptors an exec would keep */
int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr,
		char *const argv[], char *const envp[])
{
	REAL(int, posix_spawn, pid_t *, const char *, const posix_spawn_file_actions_t *, const posix_spawnattr_t *,
	     char *const[], char *const[]);
	char *entry = inherit_entry();
	char **env = entry ? with_entry(envp, entry) : NULL;
	int r = real_posix_spawn(pid, path, fa, attr, argv, env ? env : envp);
	free(env);
	free(entry);
	return r;
}

int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr,
		 char *const argv[], char *const envp[])
{
	REAL(int, posix_spawnp, pid_t *, const char *, const posix_spawn_file_actions_t *, const posix_spawnattr_t *,
	     char *const[], char *const[]);
	char *entry = inherit_entry();
	char **env = entry ? with_entry(envp, entry) : NULL;
	int r = real_posix_spawnp(pid, file, fa, attr, argv, env ? env : envp);
	free(env);
	free(entry);
	return r;
}
