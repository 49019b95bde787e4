#!/usr/bin/env bash
# ndjson export benchmark (called by `make bench` through scripts/bench.sh).
# Builds the release `vetrina`, makes a temporary catalog with N synthetic cards, starts the real
# server on a free port and downloads /api/v1/services?format=ndjson&full=true once: writes the
# time, bytes, lines and the server's resident memory before and at its peak (VmRSS / VmHWM from
# /proc) to bench/results/ndjson.md and bench/results/ndjson.json.
# Knobs: BENCH_NDJSON_CARDS (100000), BENCH_NDJSON_DB (reuse a file), BENCH_NDJSON_CONFIG (release|debug).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh build
cards="${BENCH_NDJSON_CARDS:-100000}"
config="${BENCH_NDJSON_CONFIG:-release}"
swift build -c "$config" --product vetrina
bin="$(swift build -c "$config" --show-bin-path)/vetrina"
mkdir -p bench/results
work="$(mktemp -d "${TMPDIR:-/tmp}/vetrina-bench-ndjson.XXXXXX")"
pid=""
cleanup() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
db="${BENCH_NDJSON_DB:-$work/catalog.sqlite}"
"$bin" migrate --db "$db" >/dev/null
if [ -z "${BENCH_NDJSON_DB:-}" ]; then
  echo "bench-ndjson: seeding $cards synthetic cards…"
  "$bin" seed --db "$db" --synthetic "$cards" >/dev/null
fi
TMPDIR="$work" "$bin" serve --db "$db" --host 127.0.0.1 --port 0 >"$work/out" 2>"$work/err" &   # spool files stay in $work
pid=$!
base=""
for _ in $(seq 1 600); do
  base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/out" 2>/dev/null | head -1 || true)"
  [ -n "$base" ] && break; sleep 0.1
done
[ -n "$base" ] || { cat "$work/err" >&2; exit 1; }
curl -s -o /dev/null "$base/api/v1/services?per_page=1"      # builds the search snapshot
kib() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$pid/status"; }
rss_before="$(kib VmRSS)"; hwm_before="$(kib VmHWM)"
read -r seconds bytes < <(curl -s -o "$work/all.ndjson" -w '%{time_total} %{size_download}\n' \
  "$base/api/v1/services?format=ndjson&full=true")
rss_after="$(kib VmRSS)"; hwm_after="$(kib VmHWM)"
lines="$(wc -l <"$work/all.ndjson")"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
cat > bench/results/ndjson.json <<JSON
{"cards": $cards, "build": "$config", "lines": $lines, "bytes": $bytes, "seconds": $seconds,
 "rss_before_kib": $rss_before, "peak_rss_before_kib": $hwm_before, "rss_after_kib": $rss_after,
 "peak_rss_after_kib": $hwm_after, "load_average": "$load"}
JSON
cat > bench/results/ndjson.md <<MD
# ndjson export: /api/v1/services?format=ndjson&full=true

$(date -u '+%Y-%m-%d %H:%M UTC'), $config build, $cards synthetic cards, load average $load (2-core machine, shared).

| lines | bytes | time (s) | server RSS before (KiB) | peak RSS before (KiB) | peak RSS after (KiB) | growth of peak (KiB) |
|---|---|---|---|---|---|---|
| $lines | $bytes | $seconds | $rss_before | $hwm_before | $hwm_after | $((hwm_after - hwm_before)) |

Lines are encoded 200 records at a time into a spool file sent with sendfile, so the growth of the
peak stays around one batch plus the list of ids, whatever the catalog size.
MD
cat bench/results/ndjson.md
