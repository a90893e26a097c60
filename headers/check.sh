#!/bin/sh
# Compiles every header of headers/ on its own, for every target compiler and every config, with
# -Wall -Wextra -Werror and no system headers. A header that needs another one it does not include,
# or leans on a system header, or warns on one target, fails here.
#
# Usage: headers/check.sh [compiler-label...]   (labels: x86_64 i386 aarch64 armhf wasm32)
# A compiler that is not installed is reported as "skip" and does not fail the run; set
# HEADERS_CHECK_STRICT=1 to make a missing compiler an error.
set -u

here=$(cd "$(dirname "$0")" && pwd)
cd "$here" || exit 2

# label:command (the command is word-split on purpose)
all_targets="x86_64:gcc i386:gcc_-m32 aarch64:aarch64-linux-gnu-gcc armhf:arm-linux-gnueabihf-gcc wasm32:clang-14_--target=wasm32_-ffreestanding"
selected=${*:-x86_64 i386 aarch64 armhf wasm32}

# Kconfig lines to -D flags the way the kernel's autoconf.h does: =y is 1, =m defines
# CONFIG_X_MODULE, strings and numbers are kept, "is not set" and =n define nothing.
config_flags() {
	sed -n \
		-e 's/^\(CONFIG_[A-Za-z0-9_]*\)=y$/-D\1=1/p' \
		-e 's/^\(CONFIG_[A-Za-z0-9_]*\)=m$/-D\1_MODULE=1/p' \
		-e 's/^\(CONFIG_[A-Za-z0-9_]*\)=\(-\{0,1\}[0-9][0-9a-fA-Fx]*\)$/-D\1=\2/p' \
		-e 's/^\(CONFIG_[A-Za-z0-9_]*\)=\(".*"\)$/-D\1=\2/p' \
		"$1"
}

headers=$(find uapi linux drm -name '*.h' | LC_ALL=C sort)
configs=".config configs/debug.config"
warn="-Wall -Wextra -Werror -std=gnu11"
fail=0

# Compiles one header (alone, via -include) and records a failure with the compiler's output.
# Runs in the background; results land in $work, one file per compilation.
compile_one() { # id cmd flags header
	# shellcheck disable=SC2086
	if out=$($2 $warn -fsyntax-only -nostdinc $3 -x c -include "$4" /dev/null 2>&1); then
		: > "$work/$1.ok"
	else
		printf '%s\n%s\n' "$5" "$out" > "$work/$1.fail"
	fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0

for label in $selected; do
	cmd=""
	for t in $all_targets; do
		[ "${t%%:*}" = "$label" ] && cmd=$(echo "${t#*:}" | tr '_' ' ')
	done
	if [ -z "$cmd" ]; then echo "unknown target $label"; fail=1; continue; fi
	exe=${cmd%% *}
	if ! command -v "$exe" >/dev/null 2>&1; then
		echo "skip $label: $exe not installed"
		[ "${HEADERS_CHECK_STRICT:-0}" = 1 ] && fail=1
		continue
	fi
	for cfg in $configs; do
		defs=$(config_flags "$cfg" | tr '\n' ' ')
		for h in $headers; do
			n=$((n + 1))
			compile_one "$n" "$cmd" "-I . -I uapi $defs" "$h" "FAIL $label $cfg $h" &
		done
		# uapi headers must also stand alone, as user space installs them (no kernel tree).
		for h in $(echo "$headers" | grep '^uapi/'); do
			n=$((n + 1))
			compile_one "$n" "$cmd" "-I uapi" "$h" "FAIL $label uapi-only $h" &
		done
		wait
	done
	echo "compiled $label"
done

for f in "$work"/*.fail; do
	[ -e "$f" ] || continue
	cat "$f"; fail=1
done
checked=$(find "$work" -name '*.ok' -o -name '*.fail' | wc -l)
echo "checked $checked compilations"
[ "$fail" = 0 ] && echo "PASS" || echo "FAILED"
exit $fail
