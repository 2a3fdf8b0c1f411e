#!/usr/bin/env bash
# Builds the WebAssembly package the page imports, optimizes it, checks its
# size budget, and makes the single-file page. Settings: wasm-pack.toml.
#
#   scripts/build.sh               setup, wasm-pack, wasm-opt, budget, dist (scripts/bundle.mjs)
#   SKIP_SETUP=1 scripts/build.sh  when scripts/setup.sh has just run
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'build: %s\n' "$*"; }

if [ "${SKIP_SETUP:-0}" != 1 ]; then
  scripts/setup.sh
fi

# wasm-pack.toml -> shell variables (tomllib: Python >= 3.11).
eval "$(python3 - <<'PY'
import shlex, sys, tomllib
with open("wasm-pack.toml", "rb") as f:
    cfg = tomllib.load(f)
b, o, g, d = cfg.get("build", {}), cfg.get("wasm_opt", {}), cfg.get("budget", {}), cfg.get("dist", {})
targets = b.get("targets", ["web"])
if not targets or not all(isinstance(t, str) for t in targets):
    sys.exit("wasm-pack.toml: build.targets must be a non-empty list of strings")
vals = {
    "TARGETS": " ".join(targets),
    "OUT_DIR": b.get("out_dir", "www/pkg"),
    "OPT_LEVEL": str(b.get("opt_level", "z")),
    "STRIP": str(b.get("strip", "debuginfo")).lower(),
    "PANIC": str(b.get("panic", "unwind")),
    "WASM_OPT": "1" if o.get("enabled", True) else "0",
    "WASM_OPT_LEVEL": o.get("level", "-Oz"),
    "WASM_OPT_FLAGS": " ".join(shlex.quote(x) for x in
                               [f"--enable-{f}" for f in o.get("features", [])] + o.get("flags", [])),
    "BUDGET_GZIP": str(int(g.get("gzip_bytes", 0))),
    "SINGLE_FILE": d.get("single_file", ""),
}
for k, v in vals.items():
    print(f"CFG_{k}={shlex.quote(v)}")
PY
)"

crate=article_annotator
first=1
for target in $CFG_TARGETS; do
  if [ "$first" = 1 ]; then out="$CFG_OUT_DIR"; else out="$CFG_OUT_DIR-$target"; fi
  say "wasm-pack build --target $target -> $out (opt-level $CFG_OPT_LEVEL)"
  CARGO_PROFILE_RELEASE_OPT_LEVEL="$CFG_OPT_LEVEL" CARGO_PROFILE_RELEASE_STRIP="$CFG_STRIP" CARGO_PROFILE_RELEASE_PANIC="$CFG_PANIC" \
    wasm-pack --log-level warn build --target "$target" --release --mode no-install --out-dir "$out" .
  wasm="$out/${crate}_bg.wasm"
  [ -f "$wasm" ] || { echo "build: $wasm was not made" >&2; exit 1; }
  raw_before=$(stat -c %s "$wasm")
  if [ "$CFG_WASM_OPT" = 1 ]; then
    opt=node_modules/.bin/wasm-opt   # npm binaryen, never Debian's
    [ -x "$opt" ] || { echo "build: $opt missing: run npm ci (scripts/setup.sh does)" >&2; exit 1; }
    say "$("$opt" --version) $CFG_WASM_OPT_LEVEL $CFG_WASM_OPT_FLAGS"
    # shellcheck disable=SC2086  # flags are pre-quoted words
    eval "\"$opt\" $CFG_WASM_OPT_LEVEL $CFG_WASM_OPT_FLAGS \"$wasm\" -o \"$wasm.opt\""
    mv "$wasm.opt" "$wasm"
  fi
  raw=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  say "$wasm: $raw bytes raw (before wasm-opt $raw_before), $gz bytes gzip -9"
  first=0
done

# The glue factory, the single-file page and the widget (scripts/bundle.mjs, esbuild).
[ -x node_modules/.bin/esbuild ] || { echo "build: esbuild missing: run npm ci (scripts/setup.sh does)" >&2; exit 1; }
node scripts/bundle.mjs "$CFG_OUT_DIR" "$CFG_SINGLE_FILE"

# What a page fetches is minified: wasm-bindgen's glue and its factory (made
# from the readable glue above), each an ES module whose exports keep their names.
wasm="$CFG_OUT_DIR/${crate}_bg.wasm"
for js in "$CFG_OUT_DIR/${crate}.js" "$CFG_OUT_DIR/${crate}_factory.js"; do
  node_modules/.bin/esbuild "$js" --minify --format=esm --log-level=warning --outfile="$js.min"
  mv "$js.min" "$js"
done

# The size budget: the wasm plus the glue a page loads with it, gzipped.
gz=$(gzip -9 -c "$wasm" | wc -c)
glue_gz=$(gzip -9 -c "$CFG_OUT_DIR/${crate}.js" | wc -c)
payload=$(( gz + glue_gz ))
say "payload (wasm + ${crate}.js, minified, gzip -9): $gz + $glue_gz = $payload bytes"
if [ "$CFG_BUDGET_GZIP" -gt 0 ]; then
  if [ "$payload" -gt "$CFG_BUDGET_GZIP" ]; then
    echo "build: FAILED size budget: payload $payload gzip bytes > $CFG_BUDGET_GZIP (wasm-pack.toml [budget] gzip_bytes)" >&2
    exit 1
  fi
  say "size budget ok: $payload <= $CFG_BUDGET_GZIP gzip bytes ($(( payload * 100 / CFG_BUDGET_GZIP ))%)"
fi
say "ok: serve www/ (scripts/serve.sh) or open $CFG_SINGLE_FILE"
