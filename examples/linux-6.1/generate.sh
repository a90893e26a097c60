#!/bin/sh
# Generates (or with --check, checks) examples/linux-6.1/generated from the Debian headers package named in
# headers-version, then type-checks the packages. Skips, saying why, when that package is not installed: the
# committed output is what those exact headers give, and another version is another input.
#   examples/linux-6.1/generate.sh [--check]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(cat "$here/headers-version")
if [ ! -f "/usr/src/linux-headers-$version/.config" ]; then
  installed=$(ls -d /usr/src/linux-headers-*-amd64 2>/dev/null | sed 's|/usr/src/linux-headers-||' | tr '\n' ' ')
  echo "SKIP examples/linux-6.1: it is generated from linux-headers-$version, which is not installed (installed: ${installed:-none})."
  echo "     To move it to another version: examples/linux-6.1/capture-kbuild-flags.sh /usr/src/linux-headers-V-amd64, set KERNEL_VERSION in tsbindgen.config.json, run this script."
  exit 0
fi
export KERNEL_VERSION="${version%-amd64}"
cd "$root"
npx tsbindgen generate --config examples/linux-6.1/tsbindgen.config.json "$@"
npx tsc -p examples/linux-6.1/tsconfig.json
