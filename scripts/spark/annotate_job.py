"""Annotates a JSON-lines archive with Apache Spark (issue #7).

Each partition of the input is piped through one `article-annotator --jsonl`
process (RDD.pipe): the CLI streams, so an executor holds one partition's
window of lines, never the archive. Spark keeps the order of elements within
a partition and of the partitions, so the output lines come back in input
order, one per input line.

    python annotate_job.py --cli target/release/article-annotator \
        --input articles.jsonl --output out_dir [--partitions 8] [--jobs 1] \
        [--master local[*]] [--expect same-as-cli.jsonl]

Input lines: {"id": ..., "text": ..., "reference_date"?: "YYYY-MM-DD"}.
Output (out_dir/part-*): {"id": ..., ...annotations document} per line, or
{"line": n, "error": ...} where n counts lines within that partition.

Checks after the run (exit 1 when one fails): as many output lines as input
lines, every output id equal to its input line's id in the same position, no
error lines, and with --expect, the output byte for byte equal to that file
(the CLI's own output on the whole input).
"""

import argparse
import glob
import hashlib
import json
import os
import sys
import time


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cli", required=True, help="the release article-annotator binary")
    p.add_argument("--input", required=True, help="JSON lines: id, text, reference_date")
    p.add_argument("--output", required=True, help="a directory that must not exist yet")
    p.add_argument("--partitions", type=int, default=8)
    p.add_argument("--jobs", type=int, default=1,
                   help="--jobs of each CLI process (Spark already runs one task per core)")
    p.add_argument("--master", default="local[*]")
    p.add_argument("--expect", help="compare the output with this file, byte for byte")
    return p.parse_args()


def output_lines(directory):
    """The output's lines in order: part files are numbered by partition."""
    for part in sorted(glob.glob(os.path.join(directory, "part-*"))):
        with open(part, encoding="utf-8") as f:
            for line in f:
                yield line.rstrip("\n")


def input_ids(path):
    """The id of every non-blank input line (None for a line the CLI will reject)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.strip():
                try:
                    record = json.loads(line)
                except ValueError:
                    record = None
                yield record.get("id") if isinstance(record, dict) else None


def check(args, started):
    failures = []
    n_out = errors = mismatched = 0
    digest = hashlib.sha256()
    ids = input_ids(args.input)
    for n_out, line in enumerate(output_lines(args.output), 1):
        digest.update(line.encode("utf-8") + b"\n")
        record = json.loads(line)
        if "error" in record:
            errors += 1
            if errors <= 3:
                failures.append(f"error line: {line[:200]}")
        expected = next(ids, "<no input line>")
        if "error" not in record and record.get("id") != expected:
            mismatched += 1
            if mismatched <= 3:
                failures.append(f"output line {n_out} has id {record.get('id')!r}, input has {expected!r}")
    n_in = n_out + sum(1 for _ in ids)
    if n_out != n_in:
        failures.append(f"{n_out} output lines for {n_in} input lines")
    if errors:
        failures.append(f"{errors} error lines")
    if args.expect:
        want = hashlib.sha256()
        with open(args.expect, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                want.update(chunk)
        if want.hexdigest() != digest.hexdigest():
            failures.append(f"the output differs from {args.expect} (the CLI run directly)")
    seconds = time.time() - started
    mb = os.path.getsize(args.input) / 1e6
    print(f"spark: {n_out} lines annotated in {seconds:.1f} s ({mb / seconds:.2f} MB/s of JSON lines in), "
          f"{args.partitions} partitions, master {args.master}, --jobs {args.jobs} per CLI process")
    for f in failures:
        print(f"spark: FAILED: {f}", file=sys.stderr)
    if not failures:
        print("spark: ok: one output line per input line, ids in input order, no errors"
              + (", byte-identical to the CLI run directly" if args.expect else ""))
    return not failures


def main():
    args = parse_args()
    cli = os.path.abspath(args.cli)
    if not os.access(cli, os.X_OK):
        sys.exit(f"spark: {cli} is not an executable (cargo build --release makes it)")
    if os.path.exists(args.output):
        sys.exit(f"spark: {args.output} exists already; give a new directory")

    from pyspark.sql import SparkSession  # imported late: --help works without pyspark

    spark = (SparkSession.builder.master(args.master).appName("article-annotator")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("WARN")
    started = time.time()
    try:
        lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
        # Blank lines give no output line: drop them here so that input and
        # output lines pair up one to one.
        annotated = lines.filter(lambda line: line.strip() != "").pipe(
            f"{cli} --jsonl --jobs {args.jobs}", checkCode=False)
        annotated.saveAsTextFile(args.output)
    finally:
        spark.stop()
    return 0 if check(args, started) else 1


if __name__ == "__main__":
    sys.exit(main())
