/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's own basic types (models include/linux/types.h, Linux 6.1, together with the small
 * pieces of linux/stddef.h, linux/compiler_types.h, asm/bitsperlong.h, asm/page_types.h and
 * linux/rbtree_types.h the other headers rely on, so that nothing here needs a system header).
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <uapi/linux/types.h>

/* Annotations for the sparse checker; a compiler sees nothing. */
#define __user
#define __iomem
#define __rcu
#define __force
#define __must_check __attribute__((warn_unused_result))

/*
 * Width of `long` on the target. The kernel takes it from CONFIG_64BIT; deriving it from the
 * compiler keeps one .config valid for 32- and 64-bit targets alike.
 */
#define BITS_PER_LONG __BITS_PER_LONG
#define BITS_PER_LONG_LONG 64

/* 4 KiB pages on every target we model (x86, and the default of arm and arm64). */
#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))

/** The null pointer constant, as linux/stddef.h spells it. */
#undef NULL
#define NULL ((void *)0)

/** Bit @nr set in an unsigned long. */
#define BIT(nr) (1UL << (nr))
/** Bit @nr set in an unsigned long long. */
#define BIT_ULL(nr) (1ULL << (nr))

/* Largest values of the fixed-width types (linux/limits.h). */
#define U8_MAX ((u8)~0U)
#define INT_MAX ((int)(~0U >> 1))
#define INT_MIN (-INT_MAX - 1)
#define U32_MAX ((u32)~0U)
#define S32_MAX ((s32)(U32_MAX >> 1))
#define U64_MAX ((u64)~0ULL)

#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)

#ifndef __ASSEMBLY__

/** Signed 8-bit integer. */
typedef __s8 s8;
/** Unsigned 8-bit integer. */
typedef __u8 u8;
/** Signed 16-bit integer. */
typedef __s16 s16;
/** Unsigned 16-bit integer. */
typedef __u16 u16;
/** Signed 32-bit integer. */
typedef __s32 s32;
/** Unsigned 32-bit integer. */
typedef __u32 u32;
/** Signed 64-bit integer. */
typedef __s64 s64;
/** Unsigned 64-bit integer. */
typedef __u64 u64;

/* The C99 spellings, which the kernel also provides itself. */
typedef u8 uint8_t;
typedef u16 uint16_t;
typedef u32 uint32_t;
typedef u64 uint64_t;
typedef s8 int8_t;
typedef s16 int16_t;
typedef s32 int32_t;
typedef s64 int64_t;

/** The kernel's boolean: C's own _Bool. */
typedef _Bool bool;

/* linux/stddef.h makes true and false enumerators rather than macros. */
enum {
	false = 0,
	true = 1
};

/** Size of an object in memory. */
typedef __kernel_size_t size_t;
/** Signed size, or a negative errno. */
typedef __kernel_ssize_t ssize_t;
/** Difference of two pointers. */
typedef __kernel_ptrdiff_t ptrdiff_t;
/** An address held as an integer. */
typedef unsigned long uintptr_t;
/** File position, 64 bits on every target. */
typedef __kernel_loff_t loff_t;
/** Process id. */
typedef __kernel_pid_t pid_t;
/** User id. */
typedef __kernel_uid32_t uid_t;
/** Group id. */
typedef __kernel_gid32_t gid_t;
/** File type and permission bits. */
typedef unsigned short umode_t;

/*
 * Bus and physical addresses are as wide as the platform's address space, not as `long`: a
 * 32-bit kernel with large physical memory still has 64-bit ones.
 */
#ifdef CONFIG_ARCH_DMA_ADDR_T_64BIT
/** An address as a device sees it. */
typedef u64 dma_addr_t;
#else
/** An address as a device sees it. */
typedef u32 dma_addr_t;
#endif

#ifdef CONFIG_PHYS_ADDR_T_64BIT
/** A physical memory address. */
typedef u64 phys_addr_t;
#else
/** A physical memory address. */
typedef u32 phys_addr_t;
#endif

/** Start or size of a hardware resource. */
typedef phys_addr_t resource_size_t;

/** Allocation flags (GFP_KERNEL and friends). */
typedef unsigned int __bitwise gfp_t;
/** How a file was opened (FMODE_READ, FMODE_WRITE, ...). */
typedef unsigned int __bitwise fmode_t;

/** A counter changed only by atomic operations. */
typedef struct {
	/** The current value. */
	int counter;
} atomic_t;

/** A 64-bit counter changed only by atomic operations. */
typedef struct {
	/** The current value. */
	s64 counter;
} atomic64_t;

/*
 * atomic_long_t is as wide as `long`: the 64-bit counter on 64-bit targets, the 32-bit one
 * elsewhere.
 */
#if BITS_PER_LONG == 64
/** A long-sized atomic counter. */
typedef atomic64_t atomic_long_t;
#else
/** A long-sized atomic counter. */
typedef atomic_t atomic_long_t;
#endif

/**
 * A link in a circular doubly linked list. An empty list is a head whose two pointers point at
 * the head itself.
 */
struct list_head {
	/** Next entry (the head itself after the last entry). */
	struct list_head *next;
	/** Previous entry (the head itself before the first entry). */
	struct list_head *prev;
};

/** Head of a hash-bucket list: a single pointer keeps hash tables small. */
struct hlist_head {
	/** First node, or NULL. */
	struct hlist_node *first;
};

/** A node of a hash-bucket list. */
struct hlist_node {
	/** Next node, or NULL. */
	struct hlist_node *next;
	/** Address of the pointer that points at this node. */
	struct hlist_node **pprev;
};

/**
 * A callback queued to run later (after an RCU grace period, or from task work). Aligned so
 * that the low bits of a pointer to it are free for flags.
 */
struct callback_head {
	/** Next queued callback. */
	struct callback_head *next;
	/** The function to call with this head. */
	void (*func)(struct callback_head *head);
} __attribute__((aligned(sizeof(void *))));
#define rcu_head callback_head

/**
 * A node of a red-black tree. The parent pointer and the node's colour share one word: nodes are
 * long-aligned, so the lowest bit of the parent's address is free to hold the colour.
 */
struct rb_node {
	/** Parent address with the colour in bit 0 (1 = black). */
	unsigned long  __rb_parent_color;
	/** Right child, or NULL. */
	struct rb_node *rb_right;
	/** Left child, or NULL. */
	struct rb_node *rb_left;
} __attribute__((aligned(sizeof(long))));

/** Root of a red-black tree. */
struct rb_root {
	/** The root node, or NULL for an empty tree. */
	struct rb_node *rb_node;
};

/** A red-black tree that also remembers its leftmost (smallest) node. */
struct rb_root_cached {
	/** The tree. */
	struct rb_root rb_root;
	/** The leftmost node, or NULL for an empty tree. */
	struct rb_node *rb_leftmost;
};

#endif /* __ASSEMBLY__ */
#endif /* _LINUX_TYPES_H */
