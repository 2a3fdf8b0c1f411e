#!/usr/bin/env bash
# Annotates an archive of articles with Apache Spark in local mode (issue #7):
# RDD.pipe through the release CLI's streaming --jsonl mode, then checks the
# output (count, ids in input order, no errors, byte-identical to the CLI run
# directly). Not part of scripts/test.sh: it downloads pyspark (~300 MB) and
# needs Java 17+.
#
#   scripts/spark/run.sh                  the benchmark corpus: ~4,000 articles, 10 MB
#   scripts/spark/run.sh IN.jsonl         your own archive ({"id", "text", "reference_date"?} per line)
#   PARTITIONS=16 MASTER='local[2]' scripts/spark/run.sh ...
#
# The venv lives in target/spark-venv (PYSPARK_VERSION to change the pin);
# the output goes to target/spark/out-<time>/part-*.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'spark: %s\n' "$*"; }
PYSPARK_VERSION="${PYSPARK_VERSION:-4.0.5}"

command -v java >/dev/null 2>&1 || { echo "spark: java is not installed (Spark needs Java 17+: apt-get install openjdk-17-jre-headless)" >&2; exit 1; }
venv=target/spark-venv
if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
  say "creating $venv with pyspark $PYSPARK_VERSION (a large download, once)"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi

say "cargo build --release (the CLI)"
cargo build --release --quiet
cli=target/release/article-annotator

input="${1:-}"
if [ -z "$input" ]; then
  node bench/corpus.mjs target/bench/corpus >/dev/null
  input=target/bench/corpus/articles.jsonl
fi
[ -f "$input" ] || { echo "spark: no such file: $input" >&2; exit 1; }

mkdir -p target/spark
expect=target/spark/expected.jsonl
say "the CLI on its own, for comparison: $cli --jsonl < $input"
t0=$(date +%s.%N)
"$cli" --jsonl < "$input" > "$expect" || say "(the CLI reported bad lines; the Spark check will list them)"
say "$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f} s')" "$t0" "$(date +%s.%N)") on all cores without Spark"

out="target/spark/out-$(date +%Y%m%d-%H%M%S)"
say "Spark local mode: $input -> $out"
exec "$venv/bin/python" scripts/spark/annotate_job.py --cli "$cli" --input "$input" --output "$out" \
  --partitions "${PARTITIONS:-8}" --master "${MASTER:-local[*]}" --expect "$expect"
