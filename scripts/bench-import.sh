#!/usr/bin/env bash
# CSV import benchmark (called by `make bench` through scripts/bench.sh; issue 14 item 3).
# Builds release binaries, creates a temporary catalog with `vetrina migrate` and `vetrina seed`
# (territories and vocabularies), then vetrina-bench-import dry-runs a 50,000-row CSV and a file
# of 110,000 empty rows, writing wall time and peak RSS to bench/results/import.md and .json.
# Knob: BENCH_IMPORT_ROWS (50000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh build
rows="${BENCH_IMPORT_ROWS:-50000}"
swift build -c release --product vetrina
swift build -c release --product vetrina-bench-import
mkdir -p bench/results
work="$(mktemp -d "${TMPDIR:-/tmp}/vetrina-bench-import.XXXXXX")"
trap 'rm -rf "$work"' EXIT
db="$work/catalog.sqlite"
.build/release/vetrina migrate --db "$db" >/dev/null
.build/release/vetrina seed --db "$db" >/dev/null
.build/release/vetrina-bench-import --db "$db" --rows "$rows" \
  --md bench/results/import.md --json bench/results/import.json
