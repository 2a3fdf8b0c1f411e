#!/usr/bin/env bash
# Fuzzes the whole pipeline (fuzz/fuzz_targets/annotate.rs: any bytes in,
# every document checked against tests/support/invariants.rs) for SECONDS
# (default 60) with `cargo +nightly fuzz`, and prints how many inputs ran.
#
#   scripts/fuzz.sh            60 s (scripts/test.sh runs this)
#   scripts/fuzz.sh 900        a long run: 15 minutes
#   FUZZ_JOBS=2 scripts/fuzz.sh 3600   more workers on a machine to spare
#
# Installs the nightly toolchain and cargo-fuzz when missing
# (scripts/setup.sh --fuzz; SKIP_SETUP=1 when it has just run). Starts from the
# seeds in fuzz/seeds/annotate (committed) and the corpus earlier runs grew in
# fuzz/corpus/annotate (git-ignored). A crash or an input slower than
# FUZZ_TIMEOUT seconds (default 20) fails the run; its input is saved under
# fuzz/artifacts/annotate/ and the command to replay it is printed. Make each
# one a regression test (a row of tests/fuzz_regressions.rs) citing its issue.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-60}
case "$seconds" in ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;; esac
jobs=${FUZZ_JOBS:-1}
say() { printf 'fuzz: %s\n' "$*"; }

if [ "${SKIP_SETUP:-0}" != 1 ]; then
  scripts/setup.sh --fuzz
fi

target=annotate
corpus=fuzz/corpus/$target
mkdir -p "$corpus" "fuzz/artifacts/$target"
# No sanitizer: the crate has no unsafe code, and without AddressSanitizer
# twice as many inputs run in the same time. Panics (and debug assertions,
# on in cargo fuzz's release build) are what the target finds.
say "building (cargo +nightly fuzz build, no sanitizer)"
cargo +nightly fuzz build --sanitizer none "$target"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
say "running $target for ${seconds}s with $jobs worker(s)"
rc=0
parallel=()
if [ "$jobs" -gt 1 ]; then parallel=(-jobs="$jobs" -workers="$jobs"); fi
# -max_len: articles are long, but 16 KB inputs already reach every stage.
cargo +nightly fuzz run --sanitizer none "$target" "$PWD/$corpus" "$PWD/fuzz/seeds/$target" -- \
  -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-20}" -max_len=16384 -rss_limit_mb=2048 \
  -dict="$PWD/fuzz/annotate.dict" -print_final_stats=1 "${parallel[@]}" >"$log" 2>&1 || rc=$?
if [ "$jobs" -gt 1 ]; then cat fuzz-*.log >>"$log" 2>/dev/null || true; rm -f fuzz-*.log; fi
# libFuzzer's final statistics: "stat::number_of_executed_units: N" per worker.
runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9][0-9]*\).*/\1/p' "$log" | awk '{s += $1} END {print s + 0}')
if [ "$rc" != 0 ]; then
  grep -v '^#' "$log" | tail -n 40 >&2
  say "FAILED after $runs executions; the input is in fuzz/artifacts/$target/" >&2
  for a in "fuzz/artifacts/$target"/*; do
    [ -f "$a" ] && say "replay: cargo +nightly fuzz run --sanitizer none $target $a" >&2
  done
  exit "$rc"
fi
say "$runs executions in ${seconds}s without a crash ($(find "$corpus" -type f | wc -l) inputs in the corpus)"
