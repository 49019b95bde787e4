#!/usr/bin/env bash
# Regenerates docs/screenshots/ (home, search results, a card at 390 px and 1280 px wide) with
# headless Chromium against the real server over a temporary demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh browser
source scripts/live-server.sh
start_live_server
mkdir -p docs/screenshots
card="$(curl -s "$BASE/cerca?bisogno=salute&comune=Pinerolo" | grep -o 'href="/servizi/[^"?]*' | head -1 | sed 's/^href="//')"
shoot() { # name path width height
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size="$3,$4" \
    --screenshot="docs/screenshots/$1-$3.png" "$BASE$2" >/dev/null 2>&1
  echo "docs/screenshots/$1-$3.png"
}
for width in 390 1280; do
  height=$([ "$width" = 390 ] && echo 2000 || echo 1400)
  shoot home / "$width" "$height"
  shoot search '/cerca?bisogno=salute&comune=Pinerolo' "$width" "$height"
  shoot card "$card?comune=pinerolo" "$width" "$height"
done
