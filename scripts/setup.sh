#!/usr/bin/env bash
# Installs what the build and the tests need and is missing; does nothing for
# what is already there, so it is cheap to run every time.
#   - the wasm32 target for rustc
#   - wasm-bindgen-cli at exactly the version Cargo.toml pins, and wasm-pack
#   - node packages from package-lock.json (binaryen's wasm-opt, playwright-core)
#   - Debian's chromium + chromium-driver (only when asked: --browser)
set -euo pipefail
cd "$(dirname "$0")/.."
want_browser=0
for a in "$@"; do
  case "$a" in
    --browser) want_browser=1 ;;
    *) echo "setup.sh: unknown option $a" >&2; exit 2 ;;
  esac
done
say() { printf 'setup: %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate exactly, or wasm-pack's bindings break.
bindgen_version=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
if [ -z "$bindgen_version" ]; then
  echo "setup.sh: cannot read the pinned wasm-bindgen version from Cargo.toml" >&2; exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (have: ${have:-none})"
  cargo install --locked --quiet wasm-bindgen-cli --version "$bindgen_version"
fi
if ! command -v wasm-pack >/dev/null 2>&1; then
  say "installing wasm-pack"
  cargo install --locked --quiet wasm-pack
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$want_browser" = 1 ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "installing chromium and chromium-driver from Debian"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
say "ok"
