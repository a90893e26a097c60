#!/bin/sh
# Writes kbuild-flags.rsp: the gcc command line kbuild uses for an external module against the installed Debian
# headers package (make -C /usr/src/linux-headers-VERSION-amd64 M=DIR V=1 on a one-line module), as a gcc response
# file. Dependency output (-Wp,-MMD,…), -c, -o and the source file are dropped; kbuild's relative include
# directories (./include, ./arch/x86/include/generated) are made absolute, since make ran them from the headers tree.
#   examples/linux-6.1/capture-kbuild-flags.sh [/usr/src/linux-headers-VERSION-amd64]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$(ls -d /usr/src/linux-headers-*-amd64 2>/dev/null | sort -V | tail -n 1)}
[ -d "$build" ] || { echo "no /usr/src/linux-headers-*-amd64: install Debian's linux-headers-amd64" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' > "$work/probe.c"
echo 'obj-m := probe.o' > "$work/Makefile"
make -C "$build" M="$work" V=1 modules > "$work/make.log" 2>&1 || { cat "$work/make.log" >&2; exit 1; }
line=$(grep -E "^ *gcc[-0-9]* .* -c -o $work/probe.o $work/probe.c" "$work/make.log" | head -n 1)
[ -n "$line" ] || { echo "kbuild's compile line for probe.c not found in make V=1 output" >&2; exit 1; }
echo "$line" | sed -e 's/^ *gcc[-0-9]* //' -e "s| -c -o $work/probe.o $work/probe.c.*||" \
  | tr ' ' '\n' | grep -v -e '^-Wp,-MMD' -e '^$' -e 'KBUILD_BASENAME' -e 'KBUILD_MODNAME' \
  | sed -e "s|^-I\./|-I$build/|" > "$here/kbuild-flags.rsp"
basename "$build" | sed 's/^linux-headers-//' > "$here/headers-version"
echo "wrote $here/kbuild-flags.rsp ($(wc -l < "$here/kbuild-flags.rsp") flags) for $(cat "$here/headers-version")"
