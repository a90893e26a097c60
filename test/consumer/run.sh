#!/usr/bin/env bash
# The consumer test (.ci/run runs it): tsbindgen and every package as a user gets them. Packs the root and every
# workspace, installs the tarballs into a fresh project outside the repository (no workspace, no links), then
#   1. plain Node 20 ESM imports the generated packages and @tsbindgen/abi      (project/app.mjs)
#   2. tsc --strict, skipLibCheck off, with nodenext and with bundler resolution (project/app.ts)
#   3. esbuild bundles a browser build, which then runs                      (project/browser.mjs)
#   4. the installed CLI: --version, layout, and generate for a header of the user's own on all five targets;
#      that package is packed, installed, imported on every target, and its layout is checked against each
#      target's compiler (own/check-layout.mjs).
#      Step 4 includes own-std/mylib_std.h, which includes <stddef.h>, <stdint.h> and <stdbool.h>: the
#      headers tsbindgen ships in builtin-include/ (with glibc's behind them on the hosted targets).
#   5. "functions": true on test/functions/c/shapes.h with the installed CLI; the package is packed and installed,
#      type-checked with lib ES2022 only (functions/app.ts), and called through bindWasm on shapes.c compiled by
#      clang-14 for wasm32 (functions/app.mjs). Skipped, saying so, without clang-14 and wasm-ld-14.
# TSBINDGEN_CONSUMER_KEEP=1 keeps the temporary directory.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tsbindgen-consumer-XXXXXX")"
case "$WORK" in "$REPO"/*) echo "consumer: $WORK is inside the repository" >&2; exit 1 ;; esac
cleanup() { if [ "${TSBINDGEN_CONSUMER_KEEP:-0}" = 1 ]; then echo "consumer: kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
step() { echo "== consumer: $*"; }
NPM_FLAGS=(--no-audit --no-fund --prefer-offline --loglevel=error)

step "pack tsbindgen and every workspace into $WORK/tarballs"
mkdir -p "$WORK/tarballs"
(cd "$REPO" && npm pack --silent --pack-destination "$WORK/tarballs" >/dev/null && npm pack --silent --workspaces --pack-destination "$WORK/tarballs" >/dev/null)
ls "$WORK/tarballs"
TSB_TGZ="$(ls "$WORK"/tarballs/tsbindgen-[0-9]*.tgz)"
if tar -tzf "$TSB_TGZ" | grep -E '^package/(test|generator|scripts|bench|runtime)/'; then
  echo "consumer: the tsbindgen tarball carries sources or tests (above)" >&2
  exit 1
fi
echo "tsbindgen tarball: $(tar -tzf "$TSB_TGZ" | wc -l) files, $(du -k "$TSB_TGZ" | cut -f1) kB"

step "install the tarballs into a fresh project"
cp -r "$HERE/project" "$WORK/project"
cd "$WORK/project"
printf '{ "name": "consumer", "private": true, "type": "module" }\n' >package.json
npm install "${NPM_FLAGS[@]}" "$WORK"/tarballs/*.tgz
if find node_modules -mindepth 1 -maxdepth 2 -type l -not -path 'node_modules/.bin/*' | grep .; then
  echo "consumer: installed packages are links (above), not copies" >&2
  exit 1
fi
TSC=(node node_modules/typescript/bin/tsc)
ESBUILD=(node_modules/.bin/esbuild)

step "1. node ESM"
node app.mjs

step "2. tsc --strict (nodenext, then bundler resolution)"
"${TSC[@]}" -p tsconfig.nodenext.json
"${TSC[@]}" -p tsconfig.bundler.json
echo "tsc: ok"

step "3. esbuild browser bundle"
"${ESBUILD[@]}" browser.mjs --bundle --platform=browser --format=esm --log-level=warning --outfile=out/browser.js
node --input-type=module -e "await import('./out/browser.js'); if (globalThis.result !== '32:640x480x32') throw new Error(globalThis.result); console.log('esbuild bundle ran:', globalThis.result)"

step "4. the installed CLI on a header of the user's own"
# In the same project (one install: tree-sitter compiles at install time), as a user adds tsbindgen to theirs.
npx --no -- tsbindgen --version
cp -r "$HERE/own/." .
cp "$HERE/own-std/mylib_std.h" headers/
OWN_HEADERS=(mylib.h mylib_std.h)
npx --no -- tsbindgen layout --target i386 -nostdinc headers/mylib.h >layout-i386.json
node -e 'const d=require("./layout-i386.json"); if (d.records["struct mylib_sample"].align !== 4) throw new Error("i386 long long alignment"); console.log("layout: ok", Object.keys(d.records).length, "records")'
npx --no -- tsbindgen generate
npx --no -- tsbindgen generate --check
(cd generated/mylib && npm pack --silent --pack-destination "$WORK/tarballs" >/dev/null)
npm install "${NPM_FLAGS[@]}" "$WORK"/tarballs/mylib-mylib-*.tgz
node check-layout.mjs "${OWN_HEADERS[@]}"

step "5. functions through the installed packages (wasm32)"
if command -v clang-14 >/dev/null && command -v wasm-ld-14 >/dev/null; then
  mkdir -p fn/c
  cp "$HERE/functions/"* fn/
  cp "$REPO/test/functions/c/shapes.h" "$REPO/test/functions/c/shapes.c" fn/c/
  (cd fn && npx --no -- tsbindgen generate)
  (cd fn/generated/shapes && npm pack --silent --pack-destination "$WORK/tarballs" >/dev/null)
  npm install "${NPM_FLAGS[@]}" "$WORK"/tarballs/shapes-shapes-*.tgz
  clang-14 --target=wasm32 -O2 -nostdlib -ffreestanding -Wl,--no-entry -Wl,--export-all -o shapes.wasm fn/c/shapes.c
  "${TSC[@]}" -p fn/tsconfig.json
  cp fn/app.mjs fn-app.mjs
  node fn-app.mjs
else
  echo "SKIP step 5: clang-14 or wasm-ld-14 is not installed"
fi

step "all consumer paths passed"
