#!/usr/bin/env bash
# Card-save benchmark (called by `make bench` through scripts/bench.sh).
# For each catalog size (synthetic cards from `vetrina seed --synthetic N`, grown in place):
# card save latency = `CardEditor.update` as a redattore (permission, validation, revision and
# audit in one transaction, what the admin form's save runs) + the next search that finds the
# saved title (it catches the text index and the search snapshot up), p50/p95; at
# the largest size also search latency while a writer thread saves every 10 ms. Each size is
# run BENCH_INDEX_RUNS times and the medians are reported.
# Output: bench/results/index-$LABEL.json, and bench/results/index.md built from every
# bench/results/index-*.json (so a "before" run of another commit sits next to this one).
# Knobs: BENCH_INDEX_SIZES ("1000 10000 100000"), BENCH_INDEX_SAVES (100),
# BENCH_INDEX_SEARCHES (400), BENCH_INDEX_RUNS (3), BENCH_INDEX_LABEL (current),
# BENCH_INDEX_BIN (directory with vetrina and vetrina-bench-search; default: release build
# of this tree), BENCH_INDEX_DB_DIR (keep the seeded catalogs there for another run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh build
sizes="${BENCH_INDEX_SIZES:-1000 10000 100000}"
saves="${BENCH_INDEX_SAVES:-100}"
searches="${BENCH_INDEX_SEARCHES:-400}"
runs="${BENCH_INDEX_RUNS:-3}"
label="${BENCH_INDEX_LABEL:-current}"
bin="${BENCH_INDEX_BIN:-}"
if [ -z "$bin" ]; then
  swift build -c release --product vetrina
  swift build -c release --product vetrina-bench-search
  bin=.build/release
fi
mkdir -p bench/results
work="$(mktemp -d "${TMPDIR:-/tmp}/vetrina-bench-index.XXXXXX")"
trap 'rm -rf "$work"' EXIT
dbdir="${BENCH_INDEX_DB_DIR:-$work}"
mkdir -p "$dbdir"
out="$work/runs.jsonl"
largest="$(echo $sizes | tr ' ' '\n' | sort -n | tail -1)"
previous=""
for n in $(echo $sizes | tr ' ' '\n' | sort -n); do
  db="$dbdir/cards-$n.sqlite"
  if [ ! -e "$db" ]; then
    if [ -n "$previous" ]; then cp "$previous" "$db"; else "$bin/vetrina" migrate --db "$db" >/dev/null; fi
    echo "bench-index: seeding $n synthetic cards…"
    "$bin/vetrina" seed --db "$db" --synthetic "$n" >/dev/null
  fi
  "$bin/vetrina" migrate --db "$db" >/dev/null
  previous="$db"
  load_searches=0
  [ "$n" = "$largest" ] && load_searches="$searches"
  for r in $(seq 1 "$runs"); do
    echo "bench-index: $n cards, run $r/$runs"
    "$bin/vetrina-bench-search" --db "$db" --writes --saves "$saves" --searches "$load_searches" | tee -a "$out"
  done
done
python3 - "$out" "$label" "$(git rev-parse --short HEAD)" <<'PY'
import json, statistics, sys, glob, os, datetime
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
label, commit = sys.argv[2], sys.argv[3]
by_size = {}
for r in runs:
    by_size.setdefault(r["cards"], []).append(r)
def med(rs, key, p):
    values = [r[key][p] for r in rs if r[key]["n"] > 0]
    return round(statistics.median(values), 2) if values else None
rows = []
for cards, rs in sorted(by_size.items()):
    rows.append({"cards": cards, "runs": len(rs), "saves_per_run": rs[0]["save"]["n"],
                 "searches_per_run": rs[0]["search_under_load"]["n"],
                 "save_p50_ms": med(rs, "save", "p50"), "save_p95_ms": med(rs, "save", "p95"),
                 "write_p50_ms": med(rs, "write_only", "p50"), "write_p95_ms": med(rs, "write_only", "p95"),
                 "search_under_load_p50_ms": med(rs, "search_under_load", "p50"),
                 "search_under_load_p95_ms": med(rs, "search_under_load", "p95"),
                 "writes_during_searches": statistics.median([r["writes_during_searches"] for r in rs]),
                 "missed": sum(r["missed"] for r in rs), "load": [r["load"] for r in rs]})
doc = {"label": label, "commit": commit, "date": datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"),
       "save_path": "CardEditor.update", "rows": rows}
json.dump(doc, open(f"bench/results/index-{label}.json", "w"), indent=2)
md = ["# Card save and search under writes", "",
      "`scripts/bench-index.sh` (`make bench`). Save = `CardEditor.update` as a redattore (permission,",
      "validation, the card's revision and audit line in one transaction; title and summary changed)",
      "+ the next search finding the new title (catching the text index and the search snapshot up);",
      "write only = the `CardEditor.update` call alone. Each run names the save path it timed; runs",
      "before it was the editor timed a raw SQL write (title, summary, date, version, needs rewritten).",
      "Search under load: need + comune,",
      "free text, text + filters and text + comune + need queries, cold text cache, while a writer",
      "thread saves a card every 10 ms. Medians over the runs of each run's p50/p95, in ms.", ""]
for path in sorted(glob.glob("bench/results/index-*.json")):
    d = json.load(open(path))
    md += [f"## {d['label']} ({d['commit']}, {d['date']})", "",
           f"Save path: {d.get('save_path', 'raw SQL write (before CardEditor.update was timed)')}.", "",
           "| cards | runs × saves / searches | save p50 | save p95 | write only p50 | write only p95 | search under writes p50 | p95 | saves meanwhile | missed | load avg |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in d["rows"]:
        f = lambda v: "–" if v is None else f"{v:.2f}"
        md.append(f"| {r['cards']:,} | {r['runs']} × {r.get('saves_per_run', '?')} / {r.get('searches_per_run', '?')} | {f(r['save_p50_ms'])} | {f(r['save_p95_ms'])} | {f(r['write_p50_ms'])} | "
                  f"{f(r['write_p95_ms'])} | {f(r['search_under_load_p50_ms'])} | {f(r['search_under_load_p95_ms'])} | "
                  f"{r['writes_during_searches']} | {r['missed']} | {' '.join(r['load'])} |")
    md.append("")
open("bench/results/index.md", "w").write("\n".join(md))
print("\n".join(md))
PY
