#!/usr/bin/env bash
# Installs what the build and the tests need and is missing; does nothing for
# what is already there, so it is cheap to run every time.
#   - the wasm32 target for rustc
#   - wasm-bindgen-cli at exactly the version Cargo.toml pins, and wasm-pack
#   - node packages from package-lock.json (binaryen's wasm-opt, playwright-core)
#   - Debian's chromium + chromium-driver (only when asked: --browser)
#   - the nightly toolchain and cargo-fuzz (only when asked: --fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
want_browser=0
want_fuzz=0
for a in "$@"; do
  case "$a" in
    --browser) want_browser=1 ;;
    --fuzz) want_fuzz=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option $a" >&2; exit 2 ;;
  esac
done
say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PATH"
if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then $sudo apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

for tool in cargo rustup python3; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (the machine's Rust toolchain and Python 3.11 are expected)"
done
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  say "installing nodejs and npm from Debian"
  apt_install nodejs npm
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# `cargo install --locked` first (the versions the tool was released with);
# when a locked dependency is no longer on the registry (a yanked release,
# as happened to wasm-bindgen-cli 0.2.130's webpki-roots), resolve afresh.
cargo_install() {
  local log
  log=$(mktemp)
  if cargo install --locked --quiet "$@" 2>"$log"; then rm -f "$log"; return 0; fi
  if grep -q 'failed to select a version\|yanked' "$log"; then
    say "locked install of $1 failed on a missing dependency; retrying without --locked"
    rm -f "$log"
    cargo install --quiet "$@"
  else
    cat "$log" >&2; rm -f "$log"; return 1
  fi
}

# The CLI must match the wasm-bindgen crate exactly, or wasm-pack's bindings break.
bindgen_version=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
[ -n "$bindgen_version" ] || die "cannot read the pinned wasm-bindgen version from Cargo.toml"
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (have: ${have:-none}); takes a few minutes"
  cargo_install wasm-bindgen-cli --version "$bindgen_version"
fi
if ! command -v wasm-pack >/dev/null 2>&1; then
  say "installing wasm-pack; takes a few minutes"
  cargo_install wasm-pack
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/esbuild ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$want_browser" = 1 ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing chromium and chromium-driver from Debian"
    apt_install chromium chromium-driver
  fi
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || die "chromium / chromedriver missing after install"
  # Colour emoji for the page's test articles (and docs/screenshot.png).
  if ! dpkg -s fonts-noto-color-emoji >/dev/null 2>&1; then
    say "installing fonts-noto-color-emoji from Debian"
    apt_install fonts-noto-color-emoji || say "(no emoji font: emoji will show as boxes in screenshots)"
  fi
fi
if [ "$want_fuzz" = 1 ]; then
  # scripts/fuzz.sh: `cargo +nightly fuzz` (libFuzzer needs nightly rustc).
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain (for cargo fuzz)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz; takes a few minutes"
    cargo_install cargo-fuzz
  fi
fi
say "ok"
