#!/usr/bin/env bash
# Every test, in order, stopping at the first failure. Installs what is
# missing first (wasm32 target, wasm-bindgen-cli, wasm-pack, npm packages,
# Debian's chromium + chromium-driver). Each step prints a heading and its
# time; the last step (the accuracy report) never fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

t_all=$(date +%s)
n=0
step() {
  local name=$1; shift
  n=$((n + 1))
  printf '\n=== [%d] %s ===\n' "$n" "$name"
  local t0 rc=0
  t0=$(date +%s)
  "$@" || rc=$?
  local dt=$(( $(date +%s) - t0 ))
  if [ "$rc" != 0 ]; then
    printf -- '--- [%d] %s: FAILED (exit %d) after %ds; total %ds\n' "$n" "$name" "$rc" "$dt" "$(( $(date +%s) - t_all ))"
    exit "$rc"
  fi
  printf -- '--- [%d] %s: ok in %ds\n' "$n" "$name" "$dt"
}

wasm_tests() {
  # wasm-bindgen-test-runner reads the browser's capabilities from this file.
  local caps
  caps=$(mktemp --suffix=.json)
  cat >"$caps" <<'JSON'
{"goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": [
  "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-quic"]}}
JSON
  local rc=0
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$caps" WASM_BINDGEN_TEST_TIMEOUT=120 \
    wasm-pack --log-level warn test --headless --chrome --chromedriver /usr/bin/chromedriver --mode no-install . --test wasm || rc=$?
  rm -f "$caps"
  return "$rc"
}

accuracy() {
  if [ ! -f ../shared/eval/score.py ] || [ ! -d ../shared/data/dev ]; then
    echo "skipped: ../shared (the scorer and the dev articles) is not beside this clone"
    return 0
  fi
  python3 ../shared/eval/score.py ../shared/data/dev \
    --run 'target/release/article-annotator --reference-date {reference_date} {file}' \
    || echo "(the accuracy report failed with exit $?; it is a report only, the run goes on)"
}

step "setup (with browser and fuzzer)" scripts/setup.sh --browser --fuzz
step "cargo test" cargo test --quiet
step "cargo clippy" cargo clippy --quiet --all-targets -- -D warnings
step "cargo build --release (the CLI)" cargo build --release --quiet
step "cargo test --release --test hostile (10 MB, 100,000 marks, linear time)" cargo test --release --quiet --test hostile
step "wasm-pack test --headless --chrome (tests/wasm.rs)" wasm_tests
step "scripts/build.sh (wasm package, single file)" env SKIP_SETUP=1 scripts/build.sh
step "node --test tests/e2e/ (the page in Chromium)" node --test tests/e2e/
step "node --test tests/parity/ (wasm ≡ native on generated texts)" node --test tests/parity/
step "scripts/fuzz.sh 60 (the whole pipeline, 60 s)" env SKIP_SETUP=1 scripts/fuzz.sh 60
step "accuracy report (../shared/data/dev; never fails the run)" accuracy

printf '\nall steps passed in %ds\n' "$(( $(date +%s) - t_all ))"
