/*
 * The wire format between the preload library and the server (runtime/shim/protocol.ts holds the
 * same numbers). One stream connection per process; every request is answered before the next is
 * sent. Integers are little-endian (both ends run on this machine).
 *
 *   request:  u32 length of what follows, u32 op, payload
 *   response: u32 length of what follows, i32 result (>= 0, or -errno), payload
 */
#ifndef TSBINDGEN_SHIM_PROTOCOL_H
#define TSBINDGEN_SHIM_PROTOCOL_H

enum shim_op {
	SHIM_HELLO = 1,        /* i32 pid, u32 uid, u32 fork token (0: a new process)          */
	SHIM_OPEN = 2,         /* i32 fd, i32 flags, path bytes  -> result; u32 kind            */
	SHIM_CLOSE = 3,        /* i32 fd                                                        */
	SHIM_DUP = 4,          /* i32 old fd, i32 new fd, i32 cloexec                           */
	SHIM_IOCTL = 5,        /* i32 fd, u32 request, i32 spare fd, u32 n, n bytes
	                          -> result; i32 installed fd, i32 cloexec, u32 n, n bytes,
	                             u32 copies, copies x (u64 address, u32 n, n bytes)           */
	SHIM_MMAP = 6,         /* i32 fd, u64 offset, u64 length, i32 prot
	                          -> result; u32 map id, u64 page-file offset, u64 bytes shown   */
	SHIM_MUNMAP = 7,       /* u32 map id                                                    */
	SHIM_FSTAT = 8,        /* i32 fd -> result; u64 ino, u32 kind, u32 f_flags, u32 minor  */
	SHIM_FDINFO = 9,       /* i32 fd, u32 flags the fd adds (O_CLOEXEC, F_SETFL's) -> text  */
	SHIM_SETUID = 10,      /* u32 uid                                                       */
	SHIM_FORK = 11,        /* -> result = token for the child's HELLO                       */
	SHIM_POLL = 12,        /* u32 n, n x (i32 fd, i32 events) -> result; n x i32 revents    */
	SHIM_LSEEK = 13,       /* i32 fd, u64 offset, i32 whence -> result; u64 position        */
	SHIM_EXEC = 14,        /* u32 n, n x i32 fd the new image keeps -> result = token       */
};

/* what a descriptor is, as the server reports it */
enum shim_kind {
	SHIM_KIND_NONE = 0,
	SHIM_KIND_PRIMARY = 1, /* /dev/dri/cardN      */
	SHIM_KIND_RENDER = 2,  /* /dev/dri/renderD128 */
	SHIM_KIND_DMABUF = 3,
	SHIM_KIND_OTHER = 4,   /* another file the model opened (/dev/null) */
};

#endif
