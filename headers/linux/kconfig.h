/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tests on Kconfig symbols usable inside `#if` (models include/linux/kconfig.h, Linux 6.1).
 *
 * A symbol set to y is defined as 1, one set to m defines <symbol>_MODULE as 1, and an unset one is
 * not defined at all. `defined()` cannot be used inside a macro body, so the test pastes the
 * symbol's value onto a marker: only the expansion "1" turns the marker into an extra leading
 * argument, which shifts the value 1 into the position that is read back. Anything else (an
 * undefined name, a string, 0) leaves 0 there.
 */
#ifndef __LINUX_KCONFIG_H
#define __LINUX_KCONFIG_H

#define __KCONFIG_MARK_1 0,
#define __kconfig_second(ignored, val, ...) val
#define ___kconfig_probe(arg_or_junk) __kconfig_second(arg_or_junk 1, 0, 0)
#define __kconfig_probe(val) ___kconfig_probe(__KCONFIG_MARK_##val)
#define __kconfig_is_one(x) __kconfig_probe(x)

/** 1 when the option is built in (=y), otherwise 0. */
#define IS_BUILTIN(option) __kconfig_is_one(option)

/** 1 when the option is built as a module (=m), otherwise 0. */
#define IS_MODULE(option) __kconfig_is_one(option##_MODULE)

/** 1 when the option is built in or modular, otherwise 0. */
#define IS_ENABLED(option) (IS_BUILTIN(option) || IS_MODULE(option))

#endif /* __LINUX_KCONFIG_H */
