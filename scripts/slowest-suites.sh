#!/usr/bin/env bash
# The slowest Swift test suites, each measured alone: the test binary runs one suite at a time
# (its own tests still in parallel), so a figure is the suite's own wall time and not, as in the
# parallel run of `make test`, the time it spent queued behind every other suite (Swift Testing's
# per-test and per-suite times there mean nothing). Beside the wall time, the CPU time (user +
# sys, of the test process and the servers or child processes it runs): a suite whose wall time is
# far above its CPU time is waiting (timeouts, sleeps, the disk), one near it is computing.
# Each figure includes starting the test process and building the database templates the suite
# uses (about 0.05 s to 0.3 s), which the full run pays once.
# Needs a build with tests (`swift build --build-tests`). Usage: slowest-suites.sh [N] [REGEX]
# (the N slowest, default 10; only suites whose Target.Suite name matches REGEX, default all).
# Writes every figure, slowest first, to var/suite-times.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
top="${1:-10}"
only="${2:-.}"
mkdir -p var
out="var/suite-times.txt"
binary="$(swift build --show-bin-path)/vetrinaPackageTests.xctest"
[ -x "$binary" ] || { echo "slowest-suites: no test binary at $binary (build with: swift build --build-tests)" >&2; exit 1; }
suites="$(swift test list --skip-build 2>/dev/null | sed -E 's#/.*##' | sort -u | grep -E -- "$only" || true)"
[ -n "$suites" ] || { echo "slowest-suites: no suites (build with: swift build --build-tests)" >&2; exit 1; }
tmp="$(mktemp)"
times="$(mktemp)"
trap 'rm -f "$tmp" "$times"' EXIT
failed=""
TIMEFORMAT="%R %U %S"   # bash's `time`: wall, user and sys seconds, children included
for suite in $suites; do
  # Run the binary itself, as `swift test` does, without SwiftPM's start-up for every suite.
  if ! { time "$binary" --testing-library swift-testing --filter "^${suite//./\\.}/" >/dev/null 2>&1; } 2>"$times"; then
    failed="$failed $suite"
  fi
  read -r wall user sys <"$times"
  awk -v w="$wall" -v u="$user" -v s="$sys" -v name="$suite" \
    'BEGIN { printf "%8.2f s wall %8.2f s cpu  %s\n", w, u + s, name }' >>"$tmp"
done
sort -rn "$tmp" >"$out"
echo "Slowest suites, each run alone (process start included; all figures in $out):"
head -n "$top" "$out"
if [ -n "$failed" ]; then echo "slowest-suites: failing suites:$failed" >&2; exit 1; fi
