#!/usr/bin/env bash
# Builds the WebAssembly package the page imports, optimizes it, checks its
# size budget, and makes the single-file page. Settings: wasm-pack.toml.
#
#   scripts/build.sh               setup, wasm-pack, wasm-opt, budget, dist
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
  CARGO_PROFILE_RELEASE_OPT_LEVEL="$CFG_OPT_LEVEL" CARGO_PROFILE_RELEASE_STRIP="$CFG_STRIP" \
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
  if [ "$CFG_BUDGET_GZIP" -gt 0 ]; then
    if [ "$gz" -gt "$CFG_BUDGET_GZIP" ]; then
      echo "build: FAILED size budget: $gz gzip bytes > $CFG_BUDGET_GZIP (wasm-pack.toml [budget] gzip_bytes)" >&2
      exit 1
    fi
    say "size budget ok: $gz <= $CFG_BUDGET_GZIP gzip bytes ($(( gz * 100 / CFG_BUDGET_GZIP ))%)"
  fi
  first=0
done

if [ -n "$CFG_SINGLE_FILE" ]; then
  # One page with the CSS, the JS modules (as data: URLs, imported by an
  # inline module) and the wasm (base64) inlined: works from file://.
  python3 - "$CFG_OUT_DIR" "$CFG_SINGLE_FILE" "$crate" <<'PY'
import base64, os, re, sys
pkg, dest, crate = sys.argv[1:4]
www = "www"
def read(p):
    with open(p, encoding="utf-8") as f:
        return f.read()
def data_url(js):
    return "data:text/javascript;base64," + base64.b64encode(js.encode("utf-8")).decode("ascii")

html = read(os.path.join(www, "index.html"))
glue = read(os.path.join(pkg, f"{crate}.js"))
render = read(os.path.join(www, "render.js"))
app = read(os.path.join(www, "app.js"))
wasm = open(os.path.join(pkg, f"{crate}_bg.wasm"), "rb").read()

rel_pkg = os.path.relpath(pkg, www).replace(os.sep, "/")
imports = {f"./{rel_pkg}/{crate}.js": data_url(glue), "./render.js": data_url(render)}
for spec, url in imports.items():
    pattern = re.compile(r"""(from\s*)(['"])""" + re.escape(spec) + r"""\2""")
    app, n = pattern.subn(lambda m: m.group(1) + '"' + url + '"', app)
    if n != 1:
        sys.exit(f"single file: app.js does not import {spec!r} exactly once")
if re.search(r"""\bfrom\s*['"]\.""", app) or re.search(r"""\bimport\s*\(""", app):
    sys.exit("single file: app.js has a relative import that is not inlined")
if "</script" in app.lower():
    sys.exit("single file: app.js contains '</script'")

def sub_once(pattern, repl, text, what):
    out, n = re.subn(pattern, lambda m: repl, text, count=1)
    if n != 1:
        sys.exit(f"single file: cannot find {what} in index.html")
    return out

css = read(os.path.join(www, "style.css"))
html = sub_once(r'<link rel="stylesheet" href="style\.css">', f"<style>\n{css}</style>", html, "the stylesheet link")
wasm_b64 = base64.b64encode(wasm).decode("ascii")
wasm_b64 = "\n".join(wasm_b64[i:i + 120] for i in range(0, len(wasm_b64), 120))
script = (f'<script type="application/octet-stream" id="article-annotator-wasm">\n{wasm_b64}\n</script>\n'
          f'  <script type="module">\n{app}</script>')
html = sub_once(r'<script type="module" src="app\.js"></script>', script, html, "the app.js script tag")
# Nothing is fetched at all in this build: no 'self', no connect-src.
csp = ("default-src 'none'; script-src 'unsafe-inline' data: 'wasm-unsafe-eval'; "
       "style-src 'unsafe-inline'; img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'")
html = sub_once(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                f'<meta http-equiv="Content-Security-Policy" content="{csp}">', html, "the CSP meta")
os.makedirs(os.path.dirname(dest), exist_ok=True)
with open(dest, "w", encoding="utf-8") as f:
    f.write(html)
print(f"build: {dest}: {os.path.getsize(dest)} bytes (self-contained, opens from file://)")
PY
fi
say "ok: serve www/ (scripts/serve.sh) or open $CFG_SINGLE_FILE"
