#!/usr/bin/env bash
# HTTP engine benchmarks (called by `make bench` through scripts/bench.sh).
# Builds release binaries, then scripts/bench_http.py runs wrk against a tiny keep-alive response,
# a static file and a real card page of `vetrina serve` (seeded temporary database), the same card
# page's HTML from memory, holds 10,000 idle keep-alive connections, and measures a Hummingbird 2
# reference serving the same things side by side. The reference is the separate package
# bench/hummingbird-reference (never a dependency of Vetrina), built here in .build-hummingbird/
# from the machine's local Swift package copies; when it does not build, the comparison is skipped.
# Figures go to bench/results/http.md and bench/results/http.json.
# Knobs: BENCH_RUNS (5), BENCH_DURATION (8s), BENCH_IDLE_CONNECTIONS (10000), BENCH_SKIP_HUMMINGBIRD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh bench
swift build -c release --product vetrina-bench-server
swift build -c release --product vetrina >/dev/null 2>&1 || echo "bench-http: vetrina did not build; card page skipped"
if [ "${BENCH_SKIP_HUMMINGBIRD:-0}" != 1 ]; then
  swift build -c release --package-path bench/hummingbird-reference --scratch-path .build-hummingbird >/dev/null 2>&1 \
    || echo "bench-http: the Hummingbird 2 reference did not build; comparison skipped"
fi
mkdir -p bench/results
exec python3 scripts/bench_http.py "$@"
