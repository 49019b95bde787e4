#!/usr/bin/env bash
# Search benchmark (called by `make bench` through scripts/bench.sh).
# Builds release binaries, creates a temporary catalog with `vetrina migrate` and
# `vetrina seed --synthetic N`, then vetrina-bench-search runs many queries of each kind
# (need + comune, free text, text + filters, …) and writes p50/p95 per kind to
# bench/results/search.md and bench/results/search.json.
# Knobs: BENCH_SEARCH_CARDS (100000), BENCH_SEARCH_QUERIES (500), BENCH_SEARCH_DB (reuse a file).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh build
cards="${BENCH_SEARCH_CARDS:-100000}"
queries="${BENCH_SEARCH_QUERIES:-500}"
swift build -c release --product vetrina
swift build -c release --product vetrina-bench-search
mkdir -p bench/results
work="$(mktemp -d "${TMPDIR:-/tmp}/vetrina-bench-search.XXXXXX")"
trap 'rm -rf "$work"' EXIT
db="${BENCH_SEARCH_DB:-$work/catalog.sqlite}"
if [ ! -e "$db" ]; then
  .build/release/vetrina migrate --db "$db"
  echo "bench-search: seeding $cards synthetic cards (takes a while)…"
  .build/release/vetrina seed --db "$db" --synthetic "$cards"
else
  .build/release/vetrina migrate --db "$db"
fi
.build/release/vetrina-bench-search --db "$db" --queries "$queries" \
  --md bench/results/search.md --json bench/results/search.json
