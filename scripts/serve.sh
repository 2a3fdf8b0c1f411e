#!/usr/bin/env bash
# Builds the page (scripts/build.sh) and serves www/ on http://127.0.0.1:PORT
# (default 8000; PORT=8080 scripts/serve.sh to change). Static files only:
# the annotator runs in the browser, nothing is sent to this server.
#   SKIP_BUILD=1 scripts/serve.sh   serve what is already built
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8000}"
case "$port" in (*[!0-9]*|'') echo "serve.sh: PORT must be a number, not '$port'" >&2; exit 2 ;; esac
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  scripts/build.sh
fi
[ -f www/pkg/article_annotator_bg.wasm ] || { echo "serve.sh: www/pkg is not built (run scripts/build.sh)" >&2; exit 1; }
echo
echo "  Article Annotator: http://127.0.0.1:$port/"
echo "  (single file, no server needed: www/dist/article-annotator.html)"
echo "  Ctrl+C stops the server."
echo
# python's http.server serves .wasm as application/wasm and .js as text/javascript.
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
