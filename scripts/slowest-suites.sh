#!/usr/bin/env bash
# The slowest Swift test suites, each measured alone: `swift test --skip-build --filter` runs one
# suite at a time (its own tests still in parallel), so a figure is the suite's own wall time and
# not, as in the parallel run of `make test`, the time it spent queued behind every other suite
# on the cooperative pool (Swift Testing's per-test and per-suite times there mean nothing).
# Needs a build with tests (`swift build --build-tests`). Usage: slowest-suites.sh [N] [REGEX]
# (the N slowest, default 10; only suites whose Target.Suite name matches REGEX, default all).
# Writes every figure, slowest first, to var/suite-times.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
top="${1:-10}"
only="${2:-.}"
mkdir -p var
out="var/suite-times.txt"
suites="$(swift test list --skip-build 2>/dev/null | sed -E 's#/.*##' | sort -u | grep -E -- "$only" || true)"
[ -n "$suites" ] || { echo "slowest-suites: no suites (build with: swift build --build-tests)" >&2; exit 1; }
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
failed=""
for suite in $suites; do
  start="$(date +%s%N)"
  if ! swift test --skip-build --filter "^${suite//./\\.}/" >/dev/null 2>&1; then failed="$failed $suite"; fi
  end="$(date +%s%N)"
  awk -v ns="$((end - start))" -v name="$suite" 'BEGIN { printf "%8.2f s  %s\n", ns / 1e9, name }' >>"$tmp"
done
sort -rn "$tmp" >"$out"
echo "Slowest suites, each run alone (process start included; all figures in $out):"
head -n "$top" "$out"
if [ -n "$failed" ]; then echo "slowest-suites: failing suites:$failed" >&2; exit 1; fi
