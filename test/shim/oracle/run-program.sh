#!/bin/bash
# run-program.sh STATIC-BINARY [ARG…] > OUTPUT.txt
#
# A copy of ../../../../shared/oracle/kernel/run-trace.sh that boots the oracle's kernel (Linux 6.1,
# vgem) with STATIC-BINARY in place of the runner and prints what it wrote to stdout. It uses the
# oracle's cached kernel and base initramfs (run the oracle's setup.sh once first); the binary
# must be statically linked (the initramfs has no libc). Used to record test/shim/*.expected.
# Env: ORACLE_DIR (default ../shared/oracle/kernel from the repo root), ORACLE_CACHE,
# ORACLE_TIMEOUT (s, default 120), ORACLE_KEEP=1.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ORACLE="${ORACLE_DIR:-$HERE/../../../../shared/oracle/kernel}"
CACHE="${ORACLE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/drm-gem-oracle}"
BIN="${1:?usage: run-program.sh STATIC-BINARY [ARG…] > OUTPUT.txt}"
shift
[ -x "$BIN" ] || { echo "run-program: $BIN is not executable" >&2; exit 2; }
if [ ! -s "$CACHE/vmlinuz" ] || [ ! -s "$CACHE/base.cpio.gz" ]; then
	"$ORACLE/setup.sh" >&2
fi

WORK="$(mktemp -d -t oracle-program.XXXXXX)"
cleanup() { [ "${ORACLE_KEEP:-0}" = 1 ] || rm -rf "$WORK"; }
trap cleanup EXIT

# the base initramfs's /init runs "/runner /script.txt": here /runner is a busybox sh script that
# runs the program with the given arguments instead
mkdir -p "$WORK/extra"
cp "$BIN" "$WORK/extra/program"
{ printf '#!/bin/sh\nexec /program'; for a in "$@"; do printf " '%s'" "$a"; done; printf '\n'; } > "$WORK/extra/runner"
chmod +x "$WORK/extra/runner"
: > "$WORK/extra/script.txt"
(cd "$WORK/extra" && printf '%s\n' runner program script.txt | cpio -o -H newc --owner=0:0 --quiet) | gzip -1 > "$WORK/extra.cpio.gz"
cat "$CACHE/base.cpio.gz" "$WORK/extra.cpio.gz" > "$WORK/initrd.cpio.gz"

ACCEL=(-accel tcg)
if [ -w /dev/kvm ] && [ "${ORACLE_NO_KVM:-0}" != 1 ]; then ACCEL=(-accel kvm -cpu host); fi

set +e
timeout "${ORACLE_TIMEOUT:-120}" qemu-system-x86_64 \
	"${ACCEL[@]}" -machine pc -m 512 -smp 1 \
	-nodefaults -no-user-config -display none -monitor none -no-reboot \
	-kernel "$CACHE/vmlinuz" -initrd "$WORK/initrd.cpio.gz" \
	-append "console=ttyS0 loglevel=4 panic=-1 rdinit=/init mitigations=off nokaslr" \
	-serial "file:$WORK/console.log" -serial "file:$WORK/trace.raw" \
	</dev/null >"$WORK/qemu.out" 2>&1
qrc=$?
set -e

tr -d '\r' < "$WORK/trace.raw" > "$WORK/trace.txt" || true
if ! grep -q '^ORACLE-END' "$WORK/trace.txt"; then
	echo "run-program: no ORACLE-END marker (qemu rc=$qrc)" >&2
	tail -n 40 "$WORK/console.log" >&2 || true
	cat "$WORK/trace.txt" >&2 || true
	exit 1
fi
sed -n '/^ORACLE-BEGIN/,/^ORACLE-END/{/^ORACLE-/d;p}' "$WORK/trace.txt"
echo "run-program: kernel $(sed -n 's/^ORACLE-BEGIN //p' "$WORK/trace.txt"), $(grep '^ORACLE-END' "$WORK/trace.txt")" >&2
