#!/usr/bin/env bash
# The benchmark (issue #7): speed, size and scale, side by side with
# compromise + compromise-dates and wink-nlp in the same headless Chromium.
# Builds the release wasm and CLI, installs the peers (bench/package-lock.json,
# never by the tests), writes the corpus, then prints the table and writes it
# as JSON. A benchmark, not a test: it reports figures and never fails on them.
#
#   scripts/bench.sh            the full run (about 20 minutes on 2 shared cores)
#   scripts/bench.sh --quick    a smoke run of every step (figures too rough to quote)
#   BENCH_SKIP_BUILD=1 ...      reuse www/pkg and target/release as they are
#
# Output: target/bench/results.json (for tracking over time) and results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'bench: %s\n' "$*"; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  scripts/setup.sh --browser
  SKIP_SETUP=1 scripts/build.sh
  say "cargo build --release (the CLI)"
  cargo build --release --quiet
fi
if [ ! -d bench/node_modules/wink-nlp ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  say "installing the peers (npm ci in bench/)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi
node bench/corpus.mjs target/bench/corpus
# wink-nlp and its model ship as CommonJS only: one minified classic script.
bench/node_modules/.bin/esbuild bench/wink-entry.cjs --bundle --minify --platform=browser --target=es2020 \
  --log-level=warning --outfile=target/bench/wink.bundle.js
exec node bench/run.mjs "$@"
