#!/usr/bin/env bash
# HTTP engine benchmarks (called by `make bench` through scripts/bench.sh).
# Builds release binaries, then scripts/bench_http.py runs wrk against a tiny keep-alive response,
# a static file and (when `vetrina serve` works) a real card page, holds 10,000 idle keep-alive
# connections, and measures a Hummingbird 2 reference server side by side when one has been built
# at $HUMMINGBIRD_REF (default /work/ref-hummingbird; never part of this package).
# Figures go to bench/results/http.md and bench/results/http.json.
# Knobs: BENCH_RUNS (5), BENCH_DURATION (8s), BENCH_IDLE_CONNECTIONS (10000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh bench
swift build -c release --product vetrina-bench-server
swift build -c release --product vetrina >/dev/null 2>&1 || echo "bench-http: vetrina did not build; card page skipped"
mkdir -p bench/results
exec python3 scripts/bench_http.py "$@"
